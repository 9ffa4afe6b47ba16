using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction.Dates;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Learning;
using KnowledgeGraph.Extraction.Meetings;
using KnowledgeGraph.Extraction.Recognition;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Extraction.Transliteration;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Text and published date in, facts out: persons, countries, offices and meetings with their spans.
/// Pure and deterministic: no I/O beyond the embedded gazetteers loaded once.
/// </summary>
public sealed class ArticleExtractor(Gazetteer gazetteer, PersonTagger? tagger)
{
    public ArticleExtractor()
        : this(Gazetteer.Default, PersonTagger.Default)
    {
    }

    public ArticleFacts Extract(Article article)
    {
        var tokens = Tokenizer.Tokenize(article.Text);
        var context = new TextContext(article.Text, tokens, gazetteer);
        var countries = CountryRecognizer.Find(context);
        var english = IsEnglish(article, tokens);
        var mentions = english ? new EnglishMentionFinder(context, countries).Find() : new ArabicMentionFinder(context, countries, tagger is null ? null : tagger.IsCommonWordTest).Find();
        if (!english && tagger is not null)
        {
            TaggedNames.Add(context, mentions, tagger);
        }
        var persons = new PersonResolver(context).Resolve(mentions);
        var dates = DateResolver.Find(tokens, article.Published);
        var meetings = new MeetingRecognizer(context, mentions, countries, dates).Find(out var delegationMembers);
        // «الدوحة /قنا/ اجتمع …»: a report that names no day at all tells of the day it is published.
        if (dates.Count == 0)
        {
            foreach (var meeting in meetings.Where(m => m.Date is null && !m.Undated))
            {
                meeting.Date = PartialDate.Of(article.Published);
                meeting.DateInferred = true;
            }
        }
        foreach (var (code, members) in delegationMembers)
        {
            foreach (var member in members)
            {
                persons[member].Country ??= code;
            }
        }
        PersonStates.Infer(context, persons, countries, mentions, meetings);
        Counterparts.AddPosts(context, persons, mentions);

        var ids = persons.Select(p => "p" + (p.Index + 1)).ToArray();
        var personFacts = persons.Select(p => new PersonFact(
            ids[p.Index],
            p.Name,
            [.. p.Aliases.Where(a => a != p.Name)],
            english ? p.Name : p.NameEn ?? Transliterator.ToLatin(p.Name, gazetteer),
            p.Country is null ? [] : [p.Country],
            p.Span)).ToList();
        // «الرئيس قيس سعيّد يستقبل …» and «استقبل رئيس الجمهورية قيس سعيّد»: one office said two ways, kept in its fullest wording.
        // A party's post is no state's, whatever the holder's: "member of the Political Bureau of the CPC Central Committee".
        var offices = persons.SelectMany(p => p.Posts.Select(post => new OfficeFact(ids[p.Index], post.Title, post.TitleEn,
                post.Country ?? (PersonStates.OfAParty(post) ? null : p.Country), post.Span)))
            .GroupBy(o => (o.Person, o.TitleEn, o.Country))
            .Select(g => g.MaxBy(o => o.Title.Length)!)
            .ToList();
        var names = new SpanCover(mentions.Where(m => !m.IsTitleOnly).Select(m => (m.Span.Start, m.Span.End)));
        // «وهنأ ولي العهد السوداني بنجاح …» in an article about «محمد شياع السوداني»: a one-word nisba that is the surname
        // of someone named in full, with no name after it, is he, not his namesake state.
        var surnames = persons.Where(p => p.Words.Count >= 2).Select(p => p.Words[^1]).ToHashSet(StringComparer.Ordinal);
        var countryCodes = countries
            .Where(c => !names.Covers(tokens[c.Start].Start, tokens[c.End - 1].End)
                && !(c.IsNationality && c.End == c.Start + 1 && surnames.Contains(tokens[c.Start].Norm) && !mentions.Any(m => m.Start == c.End && !m.IsTitleOnly))
                // «التوافق الذي تم التوصل إليه في بوسان»: a city that is no capital names its state only as a meeting's place.
                && !(c.Place == PlaceKind.City && !meetings.Any(m => m.City == c.CityEn)))
            .Select(c => c.Code).Distinct().ToList();
        var meetingFacts = meetings.Select(m => new MeetingFact(
            m.Kind,
            [.. m.Participants.Select(p => ids[p])],
            [.. m.Delegations],
            m.Date,
            m.City,
            m.Country,
            m.Evidence)).ToList();
        return new ArticleFacts(article.Id, personFacts, countryCodes, offices, meetingFacts);
    }

    private static bool IsEnglish(Article article, IReadOnlyList<Token> tokens)
    {
        if (article.Language is { Length: > 0 } language)
        {
            return language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        }
        var words = tokens.Where(t => t.IsWord).Take(200).ToList();
        return words.Count > 0 && words.Count(t => t.IsLatin) * 2 > words.Count;
    }
}
