using System.Text.Json;

namespace KnowledgeGraph.Api.Tests.Schema;

/// <summary>The relationship questions over real HTTP on the real app and a real SQLite file filled by the ingest pipeline.</summary>
public sealed class QueryTypeTests : IAsyncLifetime
{
    private const string First = "التقى وزير الخارجية الأردني أيمن الصفدي، أمس الثلاثاء في القاهرة، وزير الخارجية المصري بدر عبد العاطي.";
    private const string Second = "استقبل وزير الخارجية الأمريكي ماركو روبيو في واشنطن أمس الأربعاء وزير الخارجية المصري بدر عبد العاطي.";

    private ApiHost _host = null!;
    private GraphQLClient _graphql = null!;

    public async Task InitializeAsync()
    {
        _host = await ApiHost.StartAsync();
        await _host.WriteAsync([("a1", First, "2025-03-12"), ("a2", Second, "2025-04-03")]);
        _graphql = new GraphQLClient(_host.CreateClient());
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<string> KeyOfAsync(string name) =>
        (await _graphql.QueryAsync("query($n: String) { person(name: $n) { key } }", new { n = name })).GetProperty("person").GetProperty("key").GetString()!;

    [Theory]
    [InlineData("أيمن الصفدي")]
    [InlineData("ايمن الصفدي")]
    [InlineData("أيمنُ الصفدي")]
    [InlineData("Ayman Safadi")]
    [InlineData("ayman al-safadi")]
    public async Task A_person_is_found_by_any_form_of_the_name_and_by_the_English_name(string name)
    {
        var data = await _graphql.QueryAsync("query($n: String) { person(name: $n) { key name nameEn countries offices { title country } } }", new { n = name });
        var person = data.GetProperty("person");
        Assert.Equal("أيمن الصفدي", person.GetProperty("name").GetString());
        Assert.Equal(["JO"], person.GetProperty("countries").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("JO", person.GetProperty("offices")[0].GetProperty("country").GetString());
        var english = person.GetProperty("nameEn").GetString()!;
        Assert.Equal(person.GetProperty("key").GetString(), await KeyOfAsync(english.ToUpperInvariant()));
    }

    [Fact]
    public async Task Persons_are_searched_by_part_of_a_name_and_by_country_in_pages_with_cursors()
    {
        var page = (await _graphql.QueryAsync("{ persons(first: 2) { totalCount pageInfo { hasNextPage endCursor } items { key } } }")).GetProperty("persons");
        Assert.Equal(3, page.GetProperty("totalCount").GetInt32());
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var cursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var rest = (await _graphql.QueryAsync("query($c: String) { persons(first: 2, after: $c) { pageInfo { hasNextPage } items { key } } }", new { c = cursor })).GetProperty("persons");
        Assert.False(rest.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var keys = page.GetProperty("items").EnumerateArray().Concat(rest.GetProperty("items").EnumerateArray()).Select(p => p.GetProperty("key").GetString()).ToList();
        Assert.Equal(3, keys.Distinct().Count());

        var egyptians = (await _graphql.QueryAsync("""{ persons(country: "eg") { items { name } } }""")).GetProperty("persons").GetProperty("items");
        Assert.Equal(["بدر عبد العاطي"], egyptians.EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        var searched = (await _graphql.QueryAsync("""{ persons(search: "روبي") { items { name } } }""")).GetProperty("persons").GetProperty("items");
        Assert.Equal(["ماركو روبيو"], searched.EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Page_sizes_over_the_cap_and_foreign_cursors_get_clear_errors()
    {
        Assert.Contains("'first' must be between 0 and 100", await _graphql.ErrorOfAsync("{ persons(first: 1000) { totalCount } }"), StringComparison.Ordinal);
        Assert.Contains("not a cursor this API gave", await _graphql.ErrorOfAsync("""{ persons(after: "bm9wZQ==") { totalCount } }"""), StringComparison.Ordinal);
        Assert.Contains("YYYY", await _graphql.ErrorOfAsync("""{ meetings(from: "last week") { totalCount } }"""), StringComparison.Ordinal);
        Assert.Contains("maxHops", await _graphql.ErrorOfAsync("""{ connection(from: "a", to: "b", maxHops: 9) { meeting { key } } }"""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Meetings_are_filtered_by_participant_country_dates_and_kind()
    {
        var abdelatty = await KeyOfAsync("بدر عبد العاطي");
        var all = (await _graphql.QueryAsync("query($p: ID) { meetings(participant: $p) { totalCount items { date city kind participants { name } } } }", new { p = abdelatty })).GetProperty("meetings");
        Assert.Equal(2, all.GetProperty("totalCount").GetInt32());
        Assert.Equal(["Cairo", "Washington"], all.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("city").GetString()));
        var april = (await _graphql.QueryAsync("""{ meetings(from: "2025-04", to: "2025-04-30", kind: MEETING) { items { city } } }""")).GetProperty("meetings");
        Assert.Equal(["Washington"], april.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("city").GetString()));
        Assert.Equal(0, (await _graphql.QueryAsync("""{ meetings(kind: CALL) { totalCount } }""")).GetProperty("meetings").GetProperty("totalCount").GetInt32());
        var between = (await _graphql.QueryAsync("query($a: ID!, $b: ID!) { meetingsBetween(a: $a, b: $b) { totalCount items { city } } }", new { a = abdelatty, b = await KeyOfAsync("ماركو روبيو") }));
        Assert.Equal("Washington", Assert.Single(between.GetProperty("meetingsBetween").GetProperty("items").EnumerateArray()).GetProperty("city").GetString());
    }

    [Fact]
    public async Task The_shortest_chain_of_meetings_links_two_people_who_never_met()
    {
        var (safadi, rubio) = (await KeyOfAsync("أيمن الصفدي"), await KeyOfAsync("ماركو روبيو"));
        var chain = (await _graphql.QueryAsync("query($a: ID!, $b: ID!) { connection(from: $a, to: $b) { person { name } meeting { city date } } }", new { a = safadi, b = rubio }))
            .GetProperty("connection");
        Assert.Equal(["أيمن الصفدي", "بدر عبد العاطي", "ماركو روبيو"], chain.EnumerateArray().Select(s => s.GetProperty("person").GetProperty("name").GetString()));
        Assert.Equal(["Cairo", "Washington"], chain.EnumerateArray().Take(2).Select(s => s.GetProperty("meeting").GetProperty("city").GetString()));
        Assert.Equal(JsonValueKind.Null, chain[2].GetProperty("meeting").ValueKind);
        var none = await _graphql.QueryAsync("query($a: ID!, $b: ID!) { connection(from: $a, to: $b, maxHops: 1) { person { name } } }", new { a = safadi, b = rubio });
        Assert.Equal(JsonValueKind.Null, none.GetProperty("connection").ValueKind);
    }

    [Fact]
    public async Task Counterparts_office_holders_countries_and_articles_answer_with_evidence()
    {
        var abdelatty = await KeyOfAsync("بدر عبد العاطي");
        var counterparts = (await _graphql.QueryAsync("query($k: ID) { person(key: $k) { counterparts { person { name } meetings lastMet } } }", new { k = abdelatty }))
            .GetProperty("person").GetProperty("counterparts");
        Assert.Equal(["ماركو روبيو", "أيمن الصفدي"], counterparts.EnumerateArray().Select(c => c.GetProperty("person").GetProperty("name").GetString()));

        var holders = (await _graphql.QueryAsync("""{ officeHolders(title: "وزير الخارجية", country: "EG") { items { person { name } firstSeen lastSeen } } }""")).GetProperty("officeHolders");
        var term = Assert.Single(holders.GetProperty("items").EnumerateArray());
        Assert.Equal(("2025-03-12", "2025-04-03"), (term.GetProperty("firstSeen").GetString(), term.GetProperty("lastSeen").GetString()));

        var egypt = (await _graphql.QueryAsync("""{ country(code: "EG") { name nameAr persons { totalCount } offices { totalCount items { title } } meetingsHosted { items { city } } } }""")).GetProperty("country");
        Assert.Equal(("Egypt", "مصر", 1), (egypt.GetProperty("name").GetString(), egypt.GetProperty("nameAr").GetString(), egypt.GetProperty("persons").GetProperty("totalCount").GetInt32()));
        Assert.Equal(["Cairo"], egypt.GetProperty("meetingsHosted").GetProperty("items").EnumerateArray().Select(m => m.GetProperty("city").GetString()));

        var article = (await _graphql.QueryAsync("""{ article(id: "a1") { published persons { person { name } evidence { start end } } meetings { city evidence { start end } } } }""")).GetProperty("article");
        var mention = article.GetProperty("persons")[0];
        Assert.Equal("أيمن الصفدي", First[mention.GetProperty("evidence").GetProperty("start").GetInt32()..mention.GetProperty("evidence").GetProperty("end").GetInt32()]);
        var evidence = article.GetProperty("meetings")[0].GetProperty("evidence");
        Assert.Contains("التقى", First[evidence.GetProperty("start").GetInt32()..evidence.GetProperty("end").GetInt32()], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_meeting_lists_the_articles_that_report_it_with_the_sentence_that_says_so()
    {
        var meetings = (await _graphql.QueryAsync("""{ meetings { items { city reports { sentence evidence { start end } article { id title published } } } } }"""))
            .GetProperty("meetings").GetProperty("items");
        var cairo = meetings.EnumerateArray().Single(m => m.GetProperty("city").GetString() == "Cairo");
        var report = Assert.Single(cairo.GetProperty("reports").EnumerateArray());
        Assert.Equal(("a1", "2025-03-12"), (report.GetProperty("article").GetProperty("id").GetString(), report.GetProperty("article").GetProperty("published").GetString()));
        var (start, end) = (report.GetProperty("evidence").GetProperty("start").GetInt32(), report.GetProperty("evidence").GetProperty("end").GetInt32());
        Assert.Equal(First[start..end], report.GetProperty("sentence").GetString());
    }

    [Fact]
    public async Task Counterparts_are_counted_only_at_meetings_in_the_date_range_and_of_the_kind_asked()
    {
        var abdelatty = await KeyOfAsync("بدر عبد العاطي");
        async Task<string[]> NamesAsync(string arguments) =>
            [.. (await _graphql.QueryAsync($$"""query($k: ID) { person(key: $k) { counterparts({{arguments}}) { person { name } meetings lastMet } } }""", new { k = abdelatty }))
                .GetProperty("person").GetProperty("counterparts").EnumerateArray().Select(c => c.GetProperty("person").GetProperty("name").GetString()!)];
        Assert.Equal(["أيمن الصفدي"], await NamesAsync("""to: "2025-03" """));
        Assert.Equal(["ماركو روبيو"], await NamesAsync("""from: "2025-04-01", to: "2025-12-31" """));
        Assert.Equal(2, (await NamesAsync("kind: MEETING")).Length);
        Assert.Empty(await NamesAsync("kind: CALL"));
        var error = await _graphql.ErrorOfAsync($$"""{ person(key: "{{abdelatty}}") { counterparts(from: "March") { meetings } } }""");
        Assert.Contains("'from' must be YYYY, YYYY-MM or YYYY-MM-DD", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_persons_meetings_name_a_date_that_is_not_one()
    {
        var abdelatty = await KeyOfAsync("بدر عبد العاطي");
        var error = await _graphql.ErrorOfAsync($$"""{ person(key: "{{abdelatty}}") { meetings(to: "2025/03/01") { totalCount } } }""");
        Assert.Contains("'to' must be YYYY, YYYY-MM or YYYY-MM-DD; it was '2025/03/01'", error, StringComparison.Ordinal);
        var inRange = await _graphql.QueryAsync($$"""{ person(key: "{{abdelatty}}") { meetings(to: "2025-03") { totalCount } } }""");
        Assert.Equal(1, inRange.GetProperty("person").GetProperty("meetings").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("مصر")]
    [InlineData("egy")]
    [InlineData("EG")]
    public async Task Countries_the_graph_knows_are_searched_by_either_name_or_code(string search)
    {
        var countries = (await _graphql.QueryAsync("query($s: String!) { countries(search: $s) { code name nameAr } }", new { s = search })).GetProperty("countries");
        Assert.Equal(["EG"], countries.EnumerateArray().Select(c => c.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_search_that_many_states_match_asks_the_store_once()
    {
        _host.Calls.Clear();
        var countries = (await _graphql.QueryAsync("""{ countries(search: "an") { code } }""")).GetProperty("countries");
        Assert.Equal(["JO"], countries.EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        Assert.Equal(1, _host.Calls.GetValueOrDefault("CountriesByCodesAsync"));
        Assert.Equal(0, _host.Calls.GetValueOrDefault("FindCountryAsync"));
    }

    [Fact]
    public async Task Countries_no_article_mentions_are_not_offered()
    {
        var countries = (await _graphql.QueryAsync("""{ countries(search: "Japan") { code } }""")).GetProperty("countries");
        Assert.Equal(0, countries.GetArrayLength());
    }

    [Theory]
    [InlineData("وزير الخارجية")]
    [InlineData("foreign")]
    public async Task Offices_are_searched_by_their_title_in_either_script_with_their_holder_count(string search)
    {
        var offices = (await _graphql.QueryAsync("query($s: String!) { offices(search: $s) { title titleAr country holders } }", new { s = search })).GetProperty("offices");
        Assert.Equal(["EG", "JO", "US"], offices.EnumerateArray().Select(o => o.GetProperty("country").GetString()).Order());
        Assert.All(offices.EnumerateArray(), o => Assert.Equal(1, o.GetProperty("holders").GetInt32()));
    }

    [Theory]
    [InlineData("Foreign Minister")]
    [InlineData("Minister of Foreign Affairs")]
    [InlineData("وزير الخارجية")]
    public async Task Office_holders_are_found_by_any_usual_form_of_the_title(string title)
    {
        var holders = (await _graphql.QueryAsync("""query($t: String!) { officeHolders(title: $t, country: "EG") { items { person { name } } } }""", new { t = title }))
            .GetProperty("officeHolders").GetProperty("items");
        Assert.Equal(["بدر عبد العاطي"], holders.EnumerateArray().Select(h => h.GetProperty("person").GetProperty("name").GetString()));
    }
}
