using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Resolution;

/// <summary>
/// Maps one article's facts to graph identities: persons keyed by their English name, offices by title and
/// country, meetings by participants and date, so that the store merges what several articles report.
/// </summary>
public sealed class GraphResolver(Gazetteer gazetteer)
{
    public ArticleGraph Resolve(Article article, ArticleFacts facts, string contentHash)
    {
        var personKeys = facts.Persons.ToDictionary(p => p.Id, PersonKey);
        var persons = facts.Persons.Select(p => new PersonRecord(personKeys[p.Id], p.Name, p.NameEn, p.Aliases, p.Countries, p.Span))
            .GroupBy(p => p.Key).Select(g => g.First()).ToList();
        var codes = facts.Countries
            .Concat(facts.Persons.SelectMany(p => p.Countries))
            .Concat(facts.Offices.Select(o => o.Country).OfType<string>())
            .Concat(facts.Meetings.SelectMany(m => m.DelegationCountries.Append(m.Country ?? "")))
            .Where(c => c.Length > 0).Distinct(StringComparer.Ordinal);
        var countries = codes.Select(Country).ToList();
        var offices = facts.Offices.Select(o => new OfficeRecord(
            OfficeKey(o), o.TitleEn ?? o.Title, IsArabic(o.Title) ? o.Title : null, o.Country, personKeys[o.Person], o.Span)).ToList();
        var meetings = facts.Meetings.Select(m =>
        {
            var participants = m.Participants.Select(p => personKeys[p]).Distinct().Order(StringComparer.Ordinal).ToList();
            var delegations = m.DelegationCountries.Order(StringComparer.Ordinal).ToList();
            var key = "m-" + Keys.Digest([m.Date?.ToString() ?? "", .. participants, .. delegations.Select(d => "country:" + d)]);
            return new MeetingRecord(key, m.Kind, m.Date?.ToString(), m.Date?.Precision.ToString().ToLowerInvariant(), m.City, m.Country, participants, delegations, m.Evidence);
        }).GroupBy(m => m.Key).Select(g => g.First()).ToList();
        return new ArticleGraph(article, contentHash, persons, countries, offices, meetings);
    }

    private static string PersonKey(PersonFact p)
    {
        var slug = Keys.Slug(p.NameEn ?? "");
        return slug.Length > 0 ? slug : "ar-" + Keys.Digest(ArabicText.Normalize(p.Name));
    }

    private static string OfficeKey(OfficeFact o)
    {
        var title = Keys.Slug(o.TitleEn ?? "");
        if (title.Length == 0)
        {
            title = "ar-" + Keys.Digest(ArabicText.Normalize(o.Title));
        }
        return o.Country is null ? title : $"{title}@{o.Country.ToLowerInvariant()}";
    }

    private CountryRecord Country(string code) =>
        gazetteer.Countries.TryGetValue(code, out var c) ? new CountryRecord(code, c.NameEn, c.NameAr) : new CountryRecord(code, code, code);

    private static bool IsArabic(string s) => s.Any(ArabicText.IsArabicLetter);
}
