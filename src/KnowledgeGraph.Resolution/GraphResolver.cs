using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Names;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Resolution;

/// <summary>
/// Maps one article's facts to graph identities: a person already known (by any form of the name, in either
/// script) keeps its key, a new one is keyed by its English name; offices by title and country; a meeting already
/// known (same participants, agreeing dates) keeps its key. The indexes grow as articles are resolved.
/// </summary>
public sealed class GraphResolver(Gazetteer gazetteer, PersonIndex knownPersons, MeetingIndex knownMeetings)
{
    public GraphResolver(Gazetteer gazetteer)
        : this(gazetteer, new PersonIndex(), new MeetingIndex())
    {
    }

    public ArticleGraph Resolve(Article article, ArticleFacts facts, string contentHash)
    {
        var personKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in facts.Persons)
        {
            // The English spelling (known forms of given names, the rest by rule) is one more form to be recognised by.
            var forms = p.NameEn is { Length: > 0 } en && en != p.Name ? p.Aliases.Append(en).ToList() : [.. p.Aliases];
            // A lone surname («الصفدي», "Safadi") names a public figure when the gazetteer lists only one by it: their full
            // name is one more form, so the mention joins the figure's node instead of starting a one-word node.
            if (LoneSurnameOf(p.Name) is { } figure)
            {
                forms.Add(figure);
            }
            // "Tayyip Erdogan", "Ahmad al-Sharaa": a listed figure's English name cut short or spelt another way is joined to
            // the figure by his listed name.
            else if (!p.Name.Any(ArabicText.IsArabicLetter) && gazetteer.FigureNamesLoose.GetValueOrDefault(string.Join(' ', NameSkeleton.Words(p.Name))) is { } listed
                && listed != p.Name)
            {
                forms.Add(listed);
            }
            var key = knownPersons.Find(p.Name, forms, [.. p.Countries]) ?? knownPersons.FreeKey(PersonKey(p));
            knownPersons.Add(key, p.Name, forms, p.Countries);
            personKeys[p.Id] = key;
        }
        var persons = facts.Persons.Select(p => new PersonRecord(personKeys[p.Id], p.Name, p.NameEn, p.Aliases, p.Countries, p.Span))
            .GroupBy(p => p.Key).Select(g => g.First()).ToList();
        var codes = facts.Countries
            .Concat(facts.Persons.SelectMany(p => p.Countries))
            .Concat(facts.Offices.Select(o => o.Country).OfType<string>())
            .Concat(facts.Meetings.SelectMany(m => m.DelegationCountries.Append(m.Country ?? "")))
            .Where(c => c.Length > 0).Distinct(StringComparer.Ordinal);
        var countries = codes.Select(Country).ToList();
        var offices = facts.Offices.Select(o =>
        {
            var titleEn = o.TitleEn is { } en ? OfficeTitles.Canonical(en) : null;
            return new OfficeRecord(OfficeKey(o, titleEn), titleEn ?? o.Title, IsArabic(o.Title) ? o.Title : null, o.Country, personKeys[o.Person], o.Span);
        }).ToList();
        var meetings = facts.Meetings.Select(m =>
        {
            var participants = m.Participants.Select(p => personKeys[p]).Distinct().Order(StringComparer.Ordinal).ToList();
            var delegations = m.DelegationCountries.Order(StringComparer.Ordinal).ToList();
            var key = participants.Count > 0 ? knownMeetings.Find(participants, m.Date) : null;
            key ??= "m-" + Keys.Digest([m.Date?.ToString() ?? "", .. participants, .. delegations.Select(d => "country:" + d)]);
            if (participants.Count > 0)
            {
                knownMeetings.Add(key, participants, m.Date);
            }
            return new MeetingRecord(key, m.Kind, m.Date?.ToString(), m.Date?.Precision.ToString().ToLowerInvariant(), m.City, m.Country, participants, delegations, m.Evidence);
        }).GroupBy(m => m.Key).Select(g => g.First()).ToList();
        return new ArticleGraph(article, contentHash, persons, countries, offices, meetings);
    }

    private string? LoneSurnameOf(string name)
    {
        // The gazetteer's key folds both scripts the same way («الصفدي», "safadi").
        var key = Gazetteer.Key(name);
        // A surname, or a lineage alone («بن فرحان»), names the one figure whose name ends with it; «بن زايد» is Khalifa,
        // Mohamed or Abdullah.
        return (!key.Contains(' ', StringComparison.Ordinal) || key.Split(' ') is ["بن", _])
            && gazetteer.FiguresEndingWith.TryGetValue(key, out var figures) && figures is [var figure] ? figure : null;
    }

    private static string PersonKey(PersonFact p)
    {
        var slug = Keys.Slug(p.NameEn ?? "");
        return slug.Length > 0 ? slug : "ar-" + Keys.Digest(ArabicText.Normalize(p.Name));
    }

    private static string OfficeKey(OfficeFact o, string? titleEn)
    {
        var title = Keys.Slug(titleEn ?? "");
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
