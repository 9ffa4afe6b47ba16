using System.Net;
using Polly.Simmy;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>The Query API v2 client on the exchanges Neo4j documents (see <see cref="DocumentedQueryApi"/>).</summary>
public sealed class QueryApiTests
{
    private static Neo4jHttpClient Client(DocumentedQueryApi api, string password = "secret") =>
        new(new Neo4jOptions { Uri = new Uri("http://localhost:7474"), Password = password, RetryBaseDelay = TimeSpan.Zero }, api);

    [Fact]
    public async Task Discovery_prefers_the_Query_API_of_a_5x_server()
    {
        var api = new DocumentedQueryApi();
        using var client = Client(api);
        var server = await client.DiscoverAsync();
        Assert.Equal((Neo4jProtocol.QueryApi, 5), (server.Protocol, server.Major));
        Assert.Equal("/db/neo4j/query/v2", server.Endpoint.ToString());
    }

    [Fact]
    public async Task One_statement_is_one_implicit_transaction_with_parameters()
    {
        var api = new DocumentedQueryApi();
        using var client = Client(api);
        var result = await client.RunAsync(CypherStatement.Of("MATCH (p:Person {key: $key}) RETURN p", ("key", "anas-khattab")));
        Assert.Equal("MATCH (p:Person {key: $key}) RETURN p", result.Rows[0][0].GetString());
        var post = api.Requests.Single(r => r.Method == HttpMethod.Post);
        Assert.Equal("/db/neo4j/query/v2", post.Path);
        Assert.Contains("\"key\":\"anas-khattab\"", post.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_statements_run_in_an_explicit_transaction_that_keeps_its_cluster_affinity()
    {
        var api = new DocumentedQueryApi();
        using var client = Client(api);
        var results = await client.RunAsync([CypherStatement.Of("RETURN 1 AS n"), CypherStatement.Of("RETURN 2"), CypherStatement.Of("RETURN 3")]);
        Assert.Equal(3, results.Count);
        var posts = api.Requests.Where(r => r.Method == HttpMethod.Post).Select(r => (r.Path, r.Affinity)).ToList();
        Assert.Equal(
            [("/db/neo4j/query/v2/tx", null), ("/db/neo4j/query/v2/tx/a1b2c3", "MjQ6MmFkYjUxNjktYjQ5Mi00"),
             ("/db/neo4j/query/v2/tx/a1b2c3", "MjQ6MmFkYjUxNjktYjQ5Mi00"), ("/db/neo4j/query/v2/tx/a1b2c3/commit", "MjQ6MmFkYjUxNjktYjQ5Mi00")],
            posts);
    }

    [Fact]
    public async Task A_transient_error_sent_as_HTTP_400_is_retried_by_its_code()
    {
        var api = new DocumentedQueryApi();
        api.Scripted.Enqueue((HttpStatusCode.BadRequest, """{"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"ForsetiClient can't acquire lock"}]}"""));
        using var client = Client(api);
        var result = await client.RunAsync(CypherStatement.Of("RETURN 1"));
        Assert.Equal("RETURN 1", result.Rows[0][0].GetString());
        Assert.Equal(2, api.Requests.Count(r => r.Method == HttpMethod.Post));
    }

    [Fact]
    public async Task A_client_error_fails_at_once_with_its_code()
    {
        var api = new DocumentedQueryApi();
        api.Scripted.Enqueue((HttpStatusCode.BadRequest, """{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input"}]}"""));
        using var client = Client(api);
        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(CypherStatement.Of("RETRUN 1")));
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Single(api.Requests, r => r.Method == HttpMethod.Post);
    }

    [Fact]
    public async Task A_failed_statement_in_an_explicit_transaction_rolls_it_back()
    {
        var api = new DocumentedQueryApi();
        using var client = Client(api);
        await client.DiscoverAsync();
        api.Scripted.Enqueue((HttpStatusCode.Accepted, """{"data":{"fields":["n"],"values":[[1]]},"transaction":{"id":"t9","expires":"2025-01-01T00:00:30Z"}}"""));
        api.Scripted.Enqueue((HttpStatusCode.BadRequest, """{"errors":[{"code":"Neo.ClientError.Schema.ConstraintValidationFailed","message":"already exists"}]}"""));
        await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync([CypherStatement.Of("RETURN 1"), CypherStatement.Of("CREATE (:Person {key: 'x'})")]));
        Assert.Contains(api.Requests, r => r.Method == HttpMethod.Delete && r.Path == "/db/neo4j/query/v2/tx/t9");
        Assert.DoesNotContain(api.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Wrong_credentials_fail_with_a_clear_message_and_no_retry()
    {
        var api = new DocumentedQueryApi();
        using var client = Client(api, password: "wrong");
        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.DiscoverAsync());
        Assert.Contains("KG_NEO4J_PASSWORD", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong", error.Message, StringComparison.Ordinal);
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task Injected_faults_are_survived_by_the_retries()
    {
        var api = new DocumentedQueryApi();
        var injected = 0;
        using var client = new Neo4jHttpClient(
            new Neo4jOptions { Uri = new Uri("http://localhost:7474"), Password = "secret", RetryBaseDelay = TimeSpan.Zero, MaxAttempts = 10 },
            api,
            builder => builder.AddChaosFault(new Polly.Simmy.Fault.ChaosFaultStrategyOptions
            {
                // Below the breaker's failure ratio: faults to retry through, not a dead server.
                InjectionRate = 0.2,
                Randomizer = new Random(7).NextDouble,
                FaultGenerator = _ => { injected++; return new ValueTask<Exception?>(new Neo4jUnavailableException("chaos: connection reset")); },
            }));
        for (var i = 0; i < 20; i++)
        {
            await client.RunAsync(CypherStatement.Of("RETURN 1"));
        }
        Assert.True(injected > 0, "the chaos strategy injected no fault");
    }

    [Fact]
    public async Task A_dead_server_opens_the_circuit_and_later_calls_fail_fast()
    {
        using var client = new Neo4jHttpClient(new Neo4jOptions
        {
            Uri = new Uri("http://127.0.0.1:1"), RetryBaseDelay = TimeSpan.Zero, MaxAttempts = 1, BreakerMinimumThroughput = 2,
            BreakerFailureRatio = 0.5, BreakerBreakDuration = TimeSpan.FromMinutes(1),
        });
        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => client.DiscoverAsync());
        }
        await Assert.ThrowsAsync<Polly.CircuitBreaker.BrokenCircuitException>(() => client.DiscoverAsync());
    }
}
