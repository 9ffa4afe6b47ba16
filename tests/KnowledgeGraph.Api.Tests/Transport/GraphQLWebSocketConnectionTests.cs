using KnowledgeGraph.Api.Transport;

namespace KnowledgeGraph.Api.Tests.Transport;

/// <summary>The graphql-transport-ws protocol on the real app (TestServer WebSockets), message by message and close code by close code.</summary>
public sealed class GraphQLWebSocketConnectionTests : IAsyncLifetime
{
    private const string Meeting = "التقى وزير الخارجية الأردني أيمن الصفدي، أمس الثلاثاء في القاهرة، وزير الخارجية المصري بدر عبد العاطي.";

    private ApiHost _host = null!;

    // The deadline for connection_init is far beyond any test's own pace on a loaded machine; the tests of the deadline start hosts of their own.
    public async Task InitializeAsync() => _host = await ApiHost.StartAsync(webSockets: new GraphQLWebSocketOptions { InitTimeout = TimeSpan.FromSeconds(30) });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<ProtocolClient> ConnectAsync(string subprotocol = GraphQLWebSocketOptions.Subprotocol, string? key = null, ApiHost? host = null)
    {
        host ??= _host;
        var client = host.Server.CreateWebSocketClient();
        client.SubProtocols.Add(subprotocol);
        if (key is not null)
        {
            client.ConfigureRequest = r => r.Headers.Authorization = "Bearer " + key;
        }
        return new ProtocolClient(await client.ConnectAsync(new Uri(host.Server.BaseAddress, "graphql"), CancellationToken.None));
    }

    [Fact]
    public async Task Init_is_acknowledged_and_a_ping_gets_a_pong()
    {
        using var ws = await ConnectAsync();
        Assert.Equal(GraphQLWebSocketOptions.Subprotocol, ws.Socket.SubProtocol);
        await ws.InitAsync();
        await ws.SendAsync("""{"type":"ping"}""");
        Assert.Equal("pong", (await ws.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_client_that_never_sends_init_is_closed_with_4408()
    {
        await using var host = await ApiHost.StartAsync(webSockets: new GraphQLWebSocketOptions { InitTimeout = TimeSpan.FromMilliseconds(300) });
        using var ws = await ConnectAsync(host: host);
        Assert.Equal(CloseCodes.InitTimeout, await ws.ClosedWithAsync());
    }

    [Fact]
    public async Task A_client_racing_the_init_deadline_gets_the_ack_or_the_close_code_never_a_dropped_connection()
    {
        // The deadline and the client's init arrive together: whichever the server takes first, the client must read its
        // answer, never a connection cut under it (an acknowledgement queued behind the close frame once aborted the socket).
        await using var host = await ApiHost.StartAsync(webSockets: new GraphQLWebSocketOptions { InitTimeout = TimeSpan.FromMilliseconds(1) });
        for (var i = 0; i < 1500; i++)
        {
            using var ws = await ConnectAsync(host: host);
            await ws.SendAsync("""{"type":"connection_init"}""");
            var (message, close) = await ws.NextAsync(ProtocolClient.Patience);
            Assert.True(close == CloseCodes.InitTimeout || message?.GetProperty("type").GetString() == "connection_ack", $"answered {message}, closed with {close}");
        }
    }

    [Fact]
    public async Task Subscribing_before_the_ack_is_closed_with_4401()
    {
        using var ws = await ConnectAsync();
        await ws.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"subscription { articleIngested { id } }"}}""");
        Assert.Equal(CloseCodes.Unauthorized, await ws.ClosedWithAsync());
    }

    [Fact]
    public async Task A_second_init_is_closed_with_4429()
    {
        using var ws = await ConnectAsync();
        await ws.InitAsync();
        await ws.SendAsync("""{"type":"connection_init"}""");
        Assert.Equal(CloseCodes.TooManyInitRequests, await ws.ClosedWithAsync());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"type":"no-such-type"}""")]
    [InlineData("""[1,2,3]""")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ person(key: \"x\") { name } }"}}""")]
    [InlineData("""{"id":"1","type":"subscribe","payload":{"variables":{}}}""")]
    public async Task A_malformed_message_is_closed_with_4400(string message)
    {
        using var ws = await ConnectAsync();
        await ws.InitAsync();
        await ws.SendAsync(message);
        Assert.Equal(CloseCodes.BadMessage, await ws.ClosedWithAsync());
    }

    [Fact]
    public async Task A_client_without_the_subprotocol_is_closed_with_4406()
    {
        using var ws = await ConnectAsync(subprotocol: "graphql-ws");
        Assert.Equal(CloseCodes.SubprotocolNotAcceptable, await ws.ClosedWithAsync());
    }

    [Fact]
    public async Task Two_operations_with_one_id_are_closed_with_4409()
    {
        using var ws = await ConnectAsync();
        await ws.InitAsync();
        await ws.SendAsync("""{"id":"same","type":"subscribe","payload":{"query":"subscription { articleIngested { id } }"}}""");
        await ws.SendAsync("""{"id":"same","type":"subscribe","payload":{"query":"subscription { personAdded { key } }"}}""");
        Assert.Equal(CloseCodes.DuplicateSubscriber, await ws.ClosedWithAsync());
    }

    [Fact]
    public async Task An_unknown_key_in_init_is_closed_with_4403()
    {
        using var ws = await ConnectAsync();
        await ws.SendAsync("""{"type":"connection_init","payload":{"apiKey":"stolen"}}""");
        Assert.Equal(CloseCodes.Forbidden, await ws.ClosedWithAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("""{"apiKey":"reader-key"}""")]
    public async Task A_mutation_without_the_ingest_role_is_closed_with_4403(string? init)
    {
        using var ws = await ConnectAsync();
        await ws.InitAsync(init);
        await ws.SendAsync("""{"id":"w","type":"subscribe","payload":{"query":"mutation { ingestArticles(articles: []) { status } }"}}""");
        Assert.Equal(CloseCodes.Forbidden, await ws.ClosedWithAsync());
    }

    [Fact]
    public async Task A_mutation_with_an_ingest_key_runs_and_completes()
    {
        using var ws = await ConnectAsync(key: "writer-key");
        await ws.InitAsync();
        await ws.SendAsync("""{"id":"w","type":"subscribe","payload":{"query":"mutation { ingestArticles(articles: []) { status } }"}}""");
        var next = await ws.ReceiveAsync();
        Assert.Equal(("next", "w"), (next.GetProperty("type").GetString(), next.GetProperty("id").GetString()));
        Assert.Equal(0, next.GetProperty("payload").GetProperty("data").GetProperty("ingestArticles").GetArrayLength());
        Assert.Equal("complete", (await ws.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_query_gets_one_next_and_a_complete_and_an_invalid_one_an_error()
    {
        using var ws = await ConnectAsync();
        await ws.InitAsync();
        await ws.SendAsync("""{"id":"q","type":"subscribe","payload":{"query":"{ person(key: \"nobody\") { name } }"}}""");
        var next = await ws.ReceiveAsync();
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, next.GetProperty("payload").GetProperty("data").GetProperty("person").ValueKind);
        Assert.Equal("complete", (await ws.ReceiveAsync()).GetProperty("type").GetString());

        await ws.SendAsync("""{"id":"bad","type":"subscribe","payload":{"query":"{ noSuchField }"}}""");
        var error = await ws.ReceiveAsync();
        Assert.Equal(("error", "bad"), (error.GetProperty("type").GetString(), error.GetProperty("id").GetString()));
        Assert.Contains("noSuchField", error.GetProperty("payload")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_meeting_written_by_another_store_instance_reaches_its_subscribers_and_only_theirs()
    {
        using var ws = await ConnectAsync();
        await ws.InitAsync();
        await ws.SendAsync("""{"id":"eg","type":"subscribe","payload":{"query":"subscription { meetingAdded(country: \"EG\") { kind date city participants { name nameEn } } }"}}""");
        await ws.SendAsync("""{"id":"fr","type":"subscribe","payload":{"query":"subscription { meetingAdded(country: \"FR\") { kind } }"}}""");
        await ws.SendAsync("""{"id":"a","type":"subscribe","payload":{"query":"subscription { articleIngested { id published persons { person { name } evidence { start end } } } }"}}""");
        // Operations are handled in order: the pong means all three are registered.
        await ws.SendAsync("""{"type":"ping"}""");
        Assert.Equal("pong", (await ws.ReceiveAsync()).GetProperty("type").GetString());

        await _host.WriteAsync("a1", Meeting);

        var received = new Dictionary<string, System.Text.Json.JsonElement>();
        while (received.Count < 2)
        {
            var message = await ws.ReceiveAsync();
            Assert.Equal("next", message.GetProperty("type").GetString());
            received.Add(message.GetProperty("id").GetString()!, message.GetProperty("payload").GetProperty("data"));
        }
        var meeting = received["eg"].GetProperty("meetingAdded");
        Assert.Equal(("meeting", "2025-03-11", "Cairo"), (meeting.GetProperty("kind").GetString(), meeting.GetProperty("date").GetString(), meeting.GetProperty("city").GetString()));
        Assert.Equal(2, meeting.GetProperty("participants").GetArrayLength());
        Assert.Equal("a1", received["a"].GetProperty("articleIngested").GetProperty("id").GetString());
        Assert.Equal(2, received["a"].GetProperty("articleIngested").GetProperty("persons").GetArrayLength());

        // The FR subscription saw nothing; completing it is answered by nothing, and the connection lives on.
        await ws.SendAsync("""{"id":"fr","type":"complete"}""");
        await ws.SendAsync("""{"type":"ping"}""");
        Assert.Equal("pong", (await ws.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_completed_subscription_receives_nothing_more()
    {
        using var ws = await ConnectAsync();
        await ws.InitAsync();
        await ws.SendAsync("""{"id":"p","type":"subscribe","payload":{"query":"subscription { personAdded { key } }"}}""");
        await ws.SendAsync("""{"id":"p","type":"complete"}""");
        await ws.SendAsync("""{"type":"ping"}""");
        Assert.Equal("pong", (await ws.ReceiveAsync()).GetProperty("type").GetString());
        Assert.Equal(0, _host.Hub.Count);
        await _host.WriteAsync("a1", Meeting);
        await Task.Delay(500);
        await ws.SendAsync("""{"type":"ping"}""");
        Assert.Equal("pong", (await ws.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task The_server_answers_the_clients_close_frame()
    {
        using var ws = await ConnectAsync();
        await ws.InitAsync();
        await ws.Socket.CloseOutputAsync(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        Assert.Equal(1000, await ws.ClosedWithAsync());
    }
}
