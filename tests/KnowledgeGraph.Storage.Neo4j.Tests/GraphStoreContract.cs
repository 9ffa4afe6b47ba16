using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Resolution;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>What every store must do; each store's test class runs these against a real server or file.</summary>
public abstract class GraphStoreContract
{
    protected const string Meeting = "التقى وزير الخارجية الأردني أيمن الصفدي، أمس الثلاثاء في القاهرة، وزير الخارجية المصري بدر عبد العاطي.";

    protected abstract Task<IGraphStore> OpenAsync();

    protected static ArticleGraph Graph(string id, string text, string published = "2025-03-12")
    {
        var article = new Article(id, text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), "ar");
        return new GraphResolver(Gazetteer.Default).Resolve(article, new ArticleExtractor().Extract(article), "hash-" + id);
    }

    [Fact]
    public async Task A_new_store_is_empty_and_initialising_again_is_harmless()
    {
        await using var store = await OpenAsync();
        await store.InitializeAsync();
        Assert.Equal(new GraphStats(0, 0, 0, 0, 0), await store.GetStatsAsync());
    }

    [Fact]
    public async Task Writing_the_same_article_twice_changes_nothing()
    {
        await using var store = await OpenAsync();
        Assert.Equal(1, await store.WriteAsync([Graph("a1", Meeting)]));
        var first = await store.GetStatsAsync();
        Assert.Equal(0, await store.WriteAsync([Graph("a1", Meeting)]));
        Assert.Equal(first, await store.GetStatsAsync());
        Assert.Equal(new GraphStats(2, 2, 2, 1, 1), first);
    }

    [Fact]
    public async Task The_same_meeting_in_two_articles_is_one_node()
    {
        await using var store = await OpenAsync();
        await store.WriteAsync([Graph("a1", Meeting), Graph("a2", "القاهرة – " + Meeting + " وقال الصفدي إن اللقاء كان مثمرا.")]);
        var stats = await store.GetStatsAsync();
        Assert.Equal((2L, 2L, 1L), (stats.Articles, stats.Persons, stats.Meetings));
    }

    [Fact]
    public async Task Aliases_accumulate_and_the_fullest_name_wins()
    {
        await using var store = await OpenAsync();
        var first = Graph("a1", Meeting);
        var key = first.Persons[0].Key;
        await store.WriteAsync([first]);
        await store.WriteAsync([Graph("a2", "استقبل وزير الخارجية الأردني أيمن الصفدي وفدا قطريا. وأكد الصفدي أهمية التعاون.")]);
        var person = await store.FindPersonAsync(key);
        Assert.NotNull(person);
        Assert.Equal("أيمن الصفدي", person.Name);
        Assert.Contains("الصفدي", person.Aliases);
        Assert.Equal(["JO"], person.Countries);
    }

    [Fact]
    public async Task Meetings_of_a_person_list_participants_date_and_place()
    {
        await using var store = await OpenAsync();
        var graph = Graph("a1", Meeting);
        await store.WriteAsync([graph]);
        var meeting = Assert.Single(await store.MeetingsOfAsync(graph.Persons[0].Key));
        Assert.Equal(("2025-03-11", "day", "Cairo", "EG"), (meeting.Date, meeting.DatePrecision, meeting.City, meeting.Country));
        Assert.Equal(graph.Persons.Select(p => p.Key).Order(StringComparer.Ordinal), meeting.Participants);
        Assert.Equal(MeetingKind.Meeting, meeting.Kind);
    }

    [Fact]
    public async Task Persons_of_an_article_and_all_persons_and_meetings_are_readable()
    {
        await using var store = await OpenAsync();
        var graph = Graph("a1", Meeting);
        await store.WriteAsync([graph]);
        Assert.Equal(graph.Persons.Select(p => p.Key).Order(StringComparer.Ordinal), (await store.PersonsOfArticleAsync("a1")).Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(2, await store.PersonsAsync().CountAsync());
        Assert.Equal(1, await store.MeetingsAsync().CountAsync());
        Assert.Equal(["a1"], await store.ExistingArticlesAsync(["a1", "a2"]));
    }

    [Fact]
    public async Task The_change_feed_names_new_persons_and_meetings_and_each_article_once_in_order()
    {
        await using var store = await OpenAsync();
        Assert.Equal(0, await store.LastChangeAsync());
        var first = Graph("a1", Meeting);
        await store.WriteAsync([first, Graph("a2", "القاهرة – " + Meeting)]);
        var changes = await store.ChangesAfterAsync(0, 100);
        var personKeys = first.Persons.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(
            [.. first.Persons.Select(_ => "person"), "meeting", "article", "article"],
            changes.Select(c => c.Kind));
        Assert.Equal(personKeys, changes.Where(c => c.Kind == "person").Select(c => c.Key).ToHashSet(StringComparer.Ordinal));
        Assert.Equal(first.Meetings[0].Key, changes.Single(c => c.Kind == "meeting").Key);
        Assert.Equal(["a1", "a2"], changes.Where(c => c.Kind == "article").Select(c => c.Key));
        Assert.Equal(changes.Select(c => c.Sequence).Order(), changes.Select(c => c.Sequence));
        Assert.Equal(changes.Count, changes.Select(c => c.Sequence).Distinct().Count());
        Assert.Equal(changes[^1].Sequence, await store.LastChangeAsync());

        // Writing the same articles again appends nothing; a new article about known people appends only itself.
        await store.WriteAsync([first]);
        await store.WriteAsync([Graph("a3", "وأكد أيمن الصفدي أهمية التعاون مع مصر.")]);
        var later = await store.ChangesAfterAsync(changes[^1].Sequence, 100);
        Assert.Equal(["article"], later.Select(c => c.Kind));
        Assert.Equal("a3", later[0].ArticleId);
        Assert.Equal(2, (await store.ChangesAfterAsync(0, 2)).Count);
    }

    [Fact]
    public async Task A_meeting_and_an_article_are_found_by_key()
    {
        await using var store = await OpenAsync();
        var graph = Graph("a1", Meeting);
        await store.WriteAsync([graph]);
        var meeting = await store.FindMeetingAsync(graph.Meetings[0].Key);
        Assert.NotNull(meeting);
        Assert.Equal(("2025-03-11", "EG", 2), (meeting.Date, meeting.Country, meeting.Participants.Count));
        Assert.Null(await store.FindMeetingAsync("no-such-meeting"));
        var article = await store.FindArticleAsync("a1");
        Assert.Equal(new ArticleRecord("a1", null, null, "2025-03-12", "ar"), article);
        Assert.Null(await store.FindArticleAsync("a9"));
    }

    [Fact]
    public async Task Persons_are_found_by_any_name_form_in_either_script_and_listed_in_pages()
    {
        await using var store = await OpenAsync();
        var graph = Graph("a1", Meeting);
        await store.WriteAsync([graph]);
        var safadi = graph.Persons.Single(p => p.Name == "أيمن الصفدي");

        // Hamza on the alef or not, the English name in any case: one person.
        foreach (var name in new[] { "أيمن الصفدي", "ايمن الصفدي", "أيمنُ  الصفدي", safadi.NameEn!.ToUpperInvariant() })
        {
            var found = await store.FindPersonsAsync(PersonFilter.Of(name, null, null), 10, null);
            Assert.Equal([safadi.Key], found.Persons.Select(p => p.Key));
            Assert.Equal(1, found.TotalCount);
        }
        Assert.Empty((await store.FindPersonsAsync(PersonFilter.Of("أيمن", null, null), 10, null)).Persons);
        // Another spelling, another script: found by sound.
        Assert.Equal([safadi.Key], (await store.FindPersonsAsync(PersonFilter.BySound("Ayman Safadi")!, 10, null)).Persons.Select(p => p.Key));
        Assert.Empty((await store.FindPersonsAsync(PersonFilter.Of(null, "~", null), 10, null)).Persons);
        Assert.Equal([safadi.Key], (await store.FindPersonsAsync(PersonFilter.Of(null, "صفد", null), 10, null)).Persons.Select(p => p.Key));
        Assert.Equal([safadi.Key], (await store.FindPersonsAsync(PersonFilter.Of(null, null, "jo"), 10, null)).Persons.Select(p => p.Key));

        // Two persons, one a page: the cursor walks through them in key order.
        var first = await store.FindPersonsAsync(PersonFilter.Of(null, null, null), 1, null);
        Assert.Equal((1, 2L, true), (first.Persons.Count, first.TotalCount, first.HasMore));
        var second = await store.FindPersonsAsync(PersonFilter.Of(null, null, null), 1, first.Persons[0].Key);
        Assert.Equal((1, 2L, false), (second.Persons.Count, second.TotalCount, second.HasMore));
        Assert.Equal(graph.Persons.Select(p => p.Key).Order(StringComparer.Ordinal), [first.Persons[0].Key, second.Persons[0].Key]);
        Assert.Equal(["JO"], (await store.FindPersonsAsync(PersonFilter.Of(null, "صفد", null), 10, null)).Persons[0].Countries);
    }

    private static ArticleGraph Naming(string id, string name, string nameEn) =>
        new(new Article(id, name, new DateOnly(2025, 3, 12), "ar"), "hash-" + id,
            [new PersonRecord("ayman-al-safdi", name, nameEn, [], [], new TextSpan(0, name.Length))], [], [], []);

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public async Task A_person_named_in_both_scripts_keeps_the_Arabic_name_and_the_first_English_spelling_seen_in_text(bool arabicFirst, bool oneBatch)
    {
        await using var store = await OpenAsync();
        var arabic = Naming("a1", "أيمن الصفدي", "Ayman Al-Safdi"); // the English spelling made by rule
        var english = new[] { Naming("a2", "Ayman Safadi", "Ayman Safadi"), Naming("a3", "Ayman al-Safadi Jr", "Ayman al-Safadi Jr") };
        ArticleGraph[] all = arabicFirst ? [arabic, .. english] : [.. english, arabic];
        foreach (var batch in oneBatch ? [all] : all.Select(g => new[] { g }))
        {
            await store.WriteAsync(batch);
        }
        var person = (await store.FindPersonAsync("ayman-al-safdi"))!;
        Assert.Equal(("أيمن الصفدي", "Ayman Safadi"), (person.Name, person.NameEn));
        Assert.Contains("Ayman al-Safadi Jr", person.Aliases);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_office_first_reported_in_English_gets_its_Arabic_title_from_a_later_report(bool oneBatch)
    {
        await using var store = await OpenAsync();
        ArticleGraph Report(string id, string? titleAr)
        {
            var graph = Naming(id, "أيمن الصفدي", "Ayman Safadi");
            return graph with
            {
                Countries = [new CountryRecord("JO", "Jordan", "الأردن")],
                Offices = [new OfficeRecord("minister-of-foreign-affairs@jo", "Minister of Foreign Affairs", titleAr, "JO", "ayman-al-safdi", new TextSpan(0, 5))],
            };
        }
        ArticleGraph[] reports = [Report("a1", null), Report("a2", "وزير الخارجية")];
        foreach (var batch in oneBatch ? [reports] : reports.Select(r => new[] { r }))
        {
            await store.WriteAsync(batch);
        }
        var term = Assert.Single(await store.OfficeTermsOfAsync(["ayman-al-safdi"]));
        Assert.Equal(("Minister of Foreign Affairs", "وزير الخارجية"), (term.Title, term.TitleAr));
    }

    private const string SecondMeeting = "استقبل وزير الخارجية الأمريكي ماركو روبيو في واشنطن أمس الأربعاء وزير الخارجية المصري بدر عبد العاطي.";

    private async Task<(IGraphStore Store, ArticleGraph First, ArticleGraph Second)> TwoMeetingsAsync()
    {
        var store = await OpenAsync();
        var first = Graph("a1", Meeting);
        var second = Graph("a2", SecondMeeting, "2025-04-03");
        await store.WriteAsync([first, second]);
        return (store, first, second);
    }

    private static string KeyOf(ArticleGraph graph, string name) => graph.Persons.Single(p => p.Name == name).Key;

    [Fact]
    public async Task Meetings_are_listed_by_participant_country_dates_and_kind_in_date_order_and_pages()
    {
        var (store, first, second) = await TwoMeetingsAsync();
        await using var _ = store;
        var abdelatty = KeyOf(first, "بدر عبد العاطي");
        var all = await store.FindMeetingsAsync(new MeetingFilter(Participant: abdelatty), 10, null);
        Assert.Equal(["2025-03-11", "2025-04-02"], all.Meetings.Select(m => m.Date));
        Assert.Equal((2L, false), (all.TotalCount, all.HasMore));

        Assert.Equal(["Cairo"], (await store.FindMeetingsAsync(new MeetingFilter(Country: "EG", HeldInOnly: true), 10, null)).Meetings.Select(m => m.City));
        Assert.Equal(["Washington"], (await store.FindMeetingsAsync(new MeetingFilter(Country: "US"), 10, null)).Meetings.Select(m => m.City));
        Assert.Equal(["2025-04-02"], (await store.FindMeetingsAsync(new MeetingFilter(From: "2025-04"), 10, null)).Meetings.Select(m => m.Date));
        Assert.Equal(["2025-03-11"], (await store.FindMeetingsAsync(new MeetingFilter(To: "2025-03"), 10, null)).Meetings.Select(m => m.Date));
        Assert.Equal(2, (await store.FindMeetingsAsync(new MeetingFilter(From: "2025", To: "2025-12-31"), 10, null)).Meetings.Count);
        Assert.Empty((await store.FindMeetingsAsync(new MeetingFilter(Kind: MeetingKind.Call), 10, null)).Meetings);

        var page = await store.FindMeetingsAsync(new MeetingFilter(), 1, null);
        Assert.Equal((1, 2L, true), (page.Meetings.Count, page.TotalCount, page.HasMore));
        var rest = await store.FindMeetingsAsync(new MeetingFilter(), 1, MeetingPage.PositionOf(page.Meetings[0]));
        Assert.Equal(("2025-04-02", false), (rest.Meetings.Single().Date, rest.HasMore));

        var safadi = KeyOf(first, "أيمن الصفدي");
        var pages = await store.MeetingPagesOfPersonsAsync([safadi, abdelatty, abdelatty, "nobody"], null, null, 1, null);
        Assert.Equal((1L, false), (pages[safadi].TotalCount, pages[safadi].HasMore));
        Assert.Equal((2L, true, "2025-03-11"), (pages[abdelatty].TotalCount, pages[abdelatty].HasMore, pages[abdelatty].Meetings.Single().Date));
        Assert.Empty(pages["nobody"].Meetings);
        var next = await store.MeetingPagesOfPersonsAsync([abdelatty], null, null, 1, MeetingPage.PositionOf(pages[abdelatty].Meetings[0]));
        Assert.Equal(("2025-04-02", false), (next[abdelatty].Meetings.Single().Date, next[abdelatty].HasMore));
        Assert.Equal(1L, (await store.MeetingPagesOfPersonsAsync([abdelatty], "2025-04", null, 5, null))[abdelatty].TotalCount);
        Assert.Equal(2, (await store.MeetingPagesOfPersonsAsync([abdelatty], null, null, 5, null))[abdelatty].Meetings[1].Participants.Count);

        var counterparts = await store.CounterpartsOfAsync([abdelatty, safadi]);
        Assert.Equal(3, counterparts.Count);
        Assert.Contains(new CounterpartRecord(safadi, abdelatty, 1, "2025-03-11"), counterparts);
        Assert.Equal(second.Meetings[0].Key, (await store.MeetingsOfArticleAsync("a2")).Single().Key);
        Assert.True((await store.MeetingsOfArticleAsync("a2")).Single().Evidence.Length > 20);
    }

    [Fact]
    public async Task Each_meeting_lists_the_articles_reporting_it_with_the_sentence_that_says_so()
    {
        var (store, first, second) = await TwoMeetingsAsync();
        await using var _ = store;
        var (one, two) = (first.Meetings[0], second.Meetings[0]);
        var reports = await store.ReportsOfMeetingsAsync([two.Key, one.Key, one.Key, "no-such-meeting"]);
        Assert.Equal([(one.Key, "a1"), (two.Key, "a2")], reports.Select(r => (r.MeetingKey, r.Article.Id)));
        var report = reports[0];
        Assert.Equal(first.Article.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), report.Article.Published);
        Assert.Equal(one.Evidence, report.Evidence);
        Assert.Equal(first.Article.Text[one.Evidence.Start..one.Evidence.End], report.Sentence);
        Assert.Contains("الصفدي", report.Sentence, StringComparison.Ordinal);
        Assert.Empty(await store.ReportsOfMeetingsAsync([]));
    }

    [Fact]
    public async Task The_shortest_chain_of_meetings_links_two_people_within_the_hops_allowed()
    {
        var (store, first, second) = await TwoMeetingsAsync();
        await using var _ = store;
        var (safadi, abdelatty, rubio) = (KeyOf(first, "أيمن الصفدي"), KeyOf(first, "بدر عبد العاطي"), KeyOf(second, "ماركو روبيو"));
        var chain = await store.ShortestChainAsync(safadi, rubio, 6);
        Assert.NotNull(chain);
        Assert.Equal([safadi, abdelatty, rubio], chain.Persons);
        Assert.Equal([first.Meetings[0].Key, second.Meetings[0].Key], chain.Meetings);
        Assert.Null(await store.ShortestChainAsync(safadi, rubio, 1));
        Assert.Equal([safadi], (await store.ShortestChainAsync(safadi, safadi, 6))!.Persons);
        Assert.Null(await store.ShortestChainAsync(safadi, "nobody", 6));
    }

    [Fact]
    public async Task Offices_their_holders_countries_and_article_facts_are_readable()
    {
        var (store, first, _) = await TwoMeetingsAsync();
        await using var __ = store;
        var safadi = KeyOf(first, "أيمن الصفدي");
        var terms = await store.OfficeTermsOfAsync([safadi]);
        var term = Assert.Single(terms);
        Assert.Equal(("JO", "2025-03-12", "2025-03-12"), (term.Country, term.FirstSeen, term.LastSeen));
        Assert.Contains("Foreign", term.Title, StringComparison.Ordinal);
        Assert.Equal(2, (await store.OfficeTermsAsync("EG")).Concat(await store.OfficeTermsAsync("JO")).Select(t => t.PersonKey).Distinct().Count());
        Assert.Equal(3, (await store.OfficeTermsAsync(null)).Select(t => t.PersonKey).Distinct().Count());
        Assert.Equal(new CountryRecord("EG", "Egypt", "مصر"), await store.FindCountryAsync("EG"));
        Assert.Null(await store.FindCountryAsync("ZZ"));
        Assert.Equal(["EG", "JO", "US"], (await store.CountriesByCodesAsync(["US", "EG", "ZZ", "JO", "EG"])).Select(c => c.Code).Order());
        Assert.Empty(await store.CountriesByCodesAsync([]));
        var persons = await store.PersonsOfArticleAsync("a1");
        Assert.Equal("أيمن الصفدي", Meeting[persons[0].Span.Start..persons[0].Span.End]);
        Assert.Equal(2, (await store.PersonsByKeysAsync([.. persons.Select(p => p.Key).Append("nobody")])).Count);
    }

    [Fact]
    public async Task The_writer_lease_is_held_by_one_store_at_a_time()
    {
        await using var a = await OpenAsync();
        await using var b = await OpenAsync();
        var held = await a.LockWritesAsync("a", TimeSpan.FromMinutes(1));
        var waiting = b.LockWritesAsync("b", TimeSpan.FromMinutes(1));
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted, "a second writer got the lease while the first held it");
        await held.DisposeAsync();
        await using var second = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
