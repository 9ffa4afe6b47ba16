using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>`kg serve` as a real process on a free port, over a SQLite store that `kg ingest` filled.</summary>
public sealed class ServeCommandTests : IAsyncLifetime
{
    private readonly Kg _kg = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private KgServer _server = null!;
    private Uri _base = new("http://127.0.0.1");

    public async Task InitializeAsync()
    {
        Assert.Equal(0, (await _kg.RunAsync("ingest", Kg.Samples)).ExitCode);
        _server = await KgServer.StartAsync(_kg, new Dictionary<string, string> { ["KG_API_KEYS"] = "writer-key:ingest,reader-key:reader" }, "--inbox", "inbox");
        _base = _server.Address;
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _kg.Dispose();
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string json, string accept = "application/json", string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_base, "/graphql")) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        using var response = await _http.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    [Fact]
    public async Task A_query_over_POST_answers_who_met_whom_in_Arabic_and_English()
    {
        var (status, body) = await PostAsync("""{"query":"query($id: ID!) { articlePersons(id: $id) { key name nameEn countries meetings { totalCount items { kind date city participants { name } } } } }","variables":{"id":"sample-001"}}""");
        Assert.Equal(HttpStatusCode.OK, status);
        var persons = body.GetProperty("data").GetProperty("articlePersons");
        Assert.Equal(2, persons.GetArrayLength());
        Assert.Equal("أيمن الصفدي", persons[0].GetProperty("name").GetString());
        var meeting = persons[0].GetProperty("meetings").GetProperty("items")[0];
        Assert.Equal(("meeting", "2025-03-11", "Cairo"), (meeting.GetProperty("kind").GetString(), meeting.GetProperty("date").GetString(), meeting.GetProperty("city").GetString()));
        Assert.Equal(2, meeting.GetProperty("participants").GetArrayLength());
    }

    [Fact]
    public async Task A_query_over_GET_works_and_a_mutation_over_GET_is_refused_with_405()
    {
        using var query = await _http.GetAsync(new Uri(_base, "/graphql?query=" + Uri.EscapeDataString("{ person(key: \"no-such\") { name } }")));
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        using var mutation = await _http.GetAsync(new Uri(_base, "/graphql?query=" + Uri.EscapeDataString("mutation { x }")));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.StatusCode);
        Assert.Equal("POST", mutation.Content.Headers.Allow.Count > 0 ? mutation.Content.Headers.Allow.First() : mutation.Headers.GetValues("Allow").First());
    }

    [Fact]
    public async Task Malformed_requests_get_the_status_codes_of_the_specification()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync("not json")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync("""{"variables":{}}""")).Status);
        var (status, body) = await PostAsync("""{"query":"{ person(key: "}""", "application/graphql-response+json");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.GetProperty("errors").GetArrayLength() > 0);
        var (legacy, _) = await PostAsync("""{"query":"{ nosuchfield }"}""");
        Assert.Equal(HttpStatusCode.OK, legacy);
    }

    [Fact]
    public async Task Counterparts_and_meetings_between_two_people_answer_who_met_whom()
    {
        var (_, persons) = await PostAsync("""{"query":"{ articlePersons(id: \"sample-003\") { key } }"}""");
        var keys = persons.GetProperty("data").GetProperty("articlePersons").EnumerateArray().Select(p => p.GetProperty("key").GetString()!).ToList();
        Assert.Equal(2, keys.Count);
        var query = JsonSerializer.Serialize(new
        {
            query = "query($a: ID!, $b: ID!) { person(key: $a) { counterparts(first: 5) { person { key } meetings lastMet } } meetingsBetween(a: $a, b: $b) { items { date city } } }",
            variables = new { a = keys[0], b = keys[1] },
        });
        var (status, body) = await PostAsync(query);
        Assert.Equal(HttpStatusCode.OK, status);
        var counterpart = Assert.Single(body.GetProperty("data").GetProperty("person").GetProperty("counterparts").EnumerateArray());
        Assert.Equal(keys[1], counterpart.GetProperty("person").GetProperty("key").GetString());
        Assert.Equal(1, counterpart.GetProperty("meetings").GetInt32());
        var meeting = Assert.Single(body.GetProperty("data").GetProperty("meetingsBetween").GetProperty("items").EnumerateArray());
        Assert.Equal(("2024-10-19", "Riyadh"), (meeting.GetProperty("date").GetString(), meeting.GetProperty("city").GetString()));
    }

    [Fact]
    public async Task Hostile_requests_get_clear_errors_and_the_server_keeps_serving()
    {
        var huge = JsonSerializer.Serialize(new { query = "{ person(key: \"x\") { name } }", variables = new { pad = new string('x', 400_000) } });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await PostAsync(huge)).Status);
        var deep = "{ person(key: \"x\") " + string.Concat(Enumerable.Repeat("{ meetings { items { participants ", 10)) + "{ name }" + new string('}', 31);
        var (status, body) = await PostAsync(JsonSerializer.Serialize(new { query = deep }), "application/graphql-response+json");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("depth", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(new Uri(_base, "/health/live"))).StatusCode);
    }

    [Fact]
    public async Task Writes_need_the_ingest_role_and_report_an_outcome_per_article()
    {
        var mutation = JsonSerializer.Serialize(new
        {
            query = "mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { id status reason } }",
            variables = new
            {
                a = new object[]
                {
                    new { id = "api-1", published = "2025-04-21", text = "استقبل أمير قطر الشيخ تميم بن حمد يوم الأحد في الدوحة الرئيس اللبناني جوزيف عون." },
                    new { id = "api-1", published = "2025-04-21", text = "نفس المقال مرة ثانية." },
                    new { id = "api-2", published = "2025-04-21", text = "   " },
                },
            },
        });
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(mutation)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(mutation, key: "reader-key")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(mutation, key: "no-such-key")).Status);
        var (status, body) = await PostAsync(mutation, key: "writer-key");
        Assert.Equal(HttpStatusCode.OK, status);
        var outcomes = body.GetProperty("data").GetProperty("ingestArticles").EnumerateArray().Select(o => o.GetProperty("status").GetString()).ToList();
        Assert.Equal(["ingested", "duplicate", "rejected"], outcomes);
        var (_, persons) = await PostAsync("""{"query":"{ articlePersons(id: \"api-1\") { name } }"}""", key: "reader-key");
        Assert.Equal(2, persons.GetProperty("data").GetProperty("articlePersons").GetArrayLength());
    }

    [Fact]
    public async Task Health_endpoints_report_live_and_ready()
    {
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(new Uri(_base, "/health/live"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(new Uri(_base, "/health/ready"))).StatusCode);
    }

    [Fact]
    public async Task A_subscriber_receives_the_articles_and_meetings_a_separate_kg_ingest_process_commits()
    {
        using var ws = new System.Net.WebSockets.ClientWebSocket();
        ws.Options.AddSubProtocol("graphql-transport-ws");
        await ws.ConnectAsync(new Uri($"ws://{_base.Authority}/graphql"), CancellationToken.None);
        async Task SendAsync(string json) => await ws.SendAsync(Encoding.UTF8.GetBytes(json), System.Net.WebSockets.WebSocketMessageType.Text, true, CancellationToken.None);
        async Task<JsonElement> ReceiveAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var buffer = new byte[64 * 1024];
            using var text = new MemoryStream();
            System.Net.WebSockets.WebSocketReceiveResult result;
            do
            {
                result = await ws.ReceiveAsync(buffer, timeout.Token);
                Assert.NotEqual(System.Net.WebSockets.WebSocketMessageType.Close, result.MessageType);
                text.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);
            return JsonDocument.Parse(text.ToArray()).RootElement.Clone();
        }
        await SendAsync("""{"type":"connection_init"}""");
        Assert.Equal("connection_ack", (await ReceiveAsync()).GetProperty("type").GetString());
        await SendAsync("""{"id":"a","type":"subscribe","payload":{"query":"subscription { articleIngested { id } }"}}""");
        await SendAsync("""{"id":"m","type":"subscribe","payload":{"query":"subscription { meetingAdded(country: \"SA\") { city participants { nameEn } } }"}}""");
        await SendAsync("""{"type":"ping"}""");
        Assert.Equal("pong", (await ReceiveAsync()).GetProperty("type").GetString());

        var file = Path.Combine(_kg.Folder, "new.jsonl");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new
        {
            id = "live-1", published = "2025-05-06", language = "ar",
            text = "استقبل ولي العهد السعودي الأمير محمد بن سلمان في الرياض أمس الاثنين وزير الخارجية الأمريكي ماركو روبيو.",
        }) + "\n");
        Assert.Equal(0, (await _kg.RunAsync("ingest", file)).ExitCode);

        var received = new Dictionary<string, JsonElement>();
        while (received.Count < 2)
        {
            var message = await ReceiveAsync();
            Assert.Equal("next", message.GetProperty("type").GetString());
            received[message.GetProperty("id").GetString()!] = message.GetProperty("payload").GetProperty("data");
        }
        Assert.Equal("live-1", received["a"].GetProperty("articleIngested").GetProperty("id").GetString());
        Assert.Equal("Riyadh", received["m"].GetProperty("meetingAdded").GetProperty("city").GetString());
    }

    [Fact]
    public async Task A_file_dropped_in_the_inbox_is_ingested_by_the_worker_and_kg_subscribe_prints_it()
    {
        using var subscriber = await KgSubscriber.StartAsync(_kg, _server.GraphQL, 1);

        // Written beside the inbox, then moved in whole, as the README says to.
        var staged = Path.Combine(_kg.Folder, "staged.jsonl");
        await File.WriteAllTextAsync(staged, JsonSerializer.Serialize(new
        {
            id = "inbox-1", published = "2025-06-02", language = "ar", title = "وزير الخارجية القطري في عمان",
            text = "التقى وزير الخارجية الأردني أيمن الصفدي في عمان أمس الأحد وزير الدولة القطري محمد الخليفي.",
        }) + "\n");
        File.Move(staged, Path.Combine(_kg.Folder, "inbox", "drop.jsonl"));

        var line = Assert.Single(await subscriber.EventsAsync());
        Assert.Equal("inbox-1", line.GetProperty("articleIngested").GetProperty("id").GetString());
        Assert.True(File.Exists(Path.Combine(_kg.Folder, "inbox", "done", "drop.jsonl")));
    }

    [Fact]
    public async Task Keys_are_never_written_to_the_log()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("""{"query":"mutation { ingestArticles(articles: []) { status } }"}""", key: "writer-key")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync("""{"query":"{ persons { totalCount } }"}""", key: "guessed-key-123")).Status);
        Assert.Contains("GraphQL on", _server.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("writer-key", _server.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("guessed-key-123", _server.Output, StringComparison.Ordinal);
    }
}
