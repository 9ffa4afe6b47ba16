using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Polly;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Neo4j over HTTP: discovers the server (GET /), then runs statements atomically through the Query API v2 (explicit
/// transaction) where offered, else the transactional endpoint (/db/{db}/tx/commit, or /db/data/transaction/commit on 3.x).
/// Every call goes through the resilience pipeline; errors are read from the body, whatever the HTTP status.
/// </summary>
public sealed class Neo4jHttpClient : IDisposable
{
    private const string AffinityHeader = "neo4j-cluster-affinity";
    private readonly HttpClient _http;
    private readonly Neo4jOptions _options;
    private readonly ResiliencePipeline _pipeline;
    private Neo4jServer? _server;

    public Neo4jHttpClient(Neo4jOptions options, HttpMessageHandler? handler = null, Action<ResiliencePipelineBuilder>? resilience = null)
    {
        options.Validate();
        _options = options;
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.BaseAddress = options.Uri;
        _http.Timeout = Timeout.InfiniteTimeSpan;
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (options.Password is not null)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
        }
        _pipeline = Neo4jResilience.Build(options, resilience);
    }

    public async Task<Neo4jServer> DiscoverAsync(CancellationToken cancellationToken = default)
    {
        if (_server is not null)
        {
            return _server;
        }
        return _server = await _pipeline.ExecuteAsync(async ct =>
        {
            using var root = await GetJsonAsync(new Uri("/", UriKind.Relative), ct);
            var r = root.RootElement;
            if (r.TryGetProperty("neo4j_version", out var version))
            {
                var db = Uri.EscapeDataString(_options.Database);
                if (r.TryGetProperty("query", out _))
                {
                    return new Neo4jServer(version.GetString()!, Neo4jProtocol.QueryApi, new Uri($"/db/{db}/query/v2", UriKind.Relative));
                }
                return new Neo4jServer(version.GetString()!, Neo4jProtocol.Transactional, new Uri($"/db/{db}/tx/commit", UriKind.Relative));
            }
            // Neo4j 3.x: the service root points at /db/data/, which knows the version.
            if (r.TryGetProperty("data", out var data))
            {
                using var service = await GetJsonAsync(new Uri(new Uri(data.GetString()!).AbsolutePath, UriKind.Relative), ct);
                var v = service.RootElement.GetProperty("neo4j_version").GetString()!;
                return new Neo4jServer(v, Neo4jProtocol.Transactional, new Uri("/db/data/transaction/commit", UriKind.Relative));
            }
            throw new Neo4jUnavailableException($"{_options.Uri} answered GET / but not as a Neo4j server.");
        }, cancellationToken);
    }

    /// <summary>Runs the statements in one transaction, retried as a whole on transient failures (the statements must be idempotent).</summary>
    public async Task<IReadOnlyList<StatementResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
    {
        var server = await DiscoverAsync(cancellationToken);
        return await _pipeline.ExecuteAsync(async ct => server.Protocol == Neo4jProtocol.QueryApi
            ? await RunQueryApiAsync(server, statements, ct)
            : await RunTransactionalAsync(server, statements, ct), cancellationToken);
    }

    public async Task<StatementResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken = default) =>
        (await RunAsync([statement], cancellationToken))[0];

    private async Task<IReadOnlyList<StatementResult>> RunTransactionalAsync(Neo4jServer server, IReadOnlyList<CypherStatement> statements, CancellationToken ct)
    {
        var body = new { statements = statements.Select(s => new { statement = s.Text, parameters = s.Parameters }) };
        using var response = await PostAsync(server.Endpoint, body, null, ct);
        using var json = await ReadAsync(response, ct);
        ThrowOnErrors(json.RootElement);
        return [.. json.RootElement.GetProperty("results").EnumerateArray().Select(r => new StatementResult(
            [.. r.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!)],
            [.. r.GetProperty("data").EnumerateArray().Select(d => d.GetProperty("row").EnumerateArray().Select(v => v.Clone()).ToArray())]))];
    }

    private async Task<IReadOnlyList<StatementResult>> RunQueryApiAsync(Neo4jServer server, IReadOnlyList<CypherStatement> statements, CancellationToken ct)
    {
        if (statements.Count == 1)
        {
            return [await QueryAsync(server.Endpoint, statements[0], null, ct)];
        }
        // Several statements: one explicit transaction, committed at the end, rolled back on any error.
        var results = new List<StatementResult>(statements.Count);
        var open = await PostAsync(new Uri(server.Endpoint + "/tx", UriKind.Relative), Body(statements[0]), null, ct);
        string? affinity = open.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
        string id;
        using (open)
        using (var json = await ReadAsync(open, ct))
        {
            ThrowOnErrors(json.RootElement);
            id = json.RootElement.GetProperty("transaction").GetProperty("id").GetString()!;
            results.Add(Result(json.RootElement));
        }
        var tx = new Uri($"{server.Endpoint}/tx/{Uri.EscapeDataString(id)}", UriKind.Relative);
        try
        {
            foreach (var statement in statements.Skip(1))
            {
                results.Add(await QueryAsync(tx, statement, affinity, ct));
            }
            using var commit = await PostAsync(new Uri(tx + "/commit", UriKind.Relative), new { }, affinity, ct);
            using var committed = await ReadAsync(commit, ct);
            ThrowOnErrors(committed.RootElement);
            return results;
        }
        catch
        {
            await RollbackAsync(tx, affinity);
            throw;
        }
    }

    private async Task RollbackAsync(Uri tx, string? affinity)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Delete, tx);
            if (affinity is not null)
            {
                request.Headers.Add(AffinityHeader, affinity);
            }
            using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            using var _ = await _http.SendAsync(request, cancel.Token);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            // The server drops the transaction when it expires; nothing was committed.
        }
    }

    private async Task<StatementResult> QueryAsync(Uri endpoint, CypherStatement statement, string? affinity, CancellationToken ct)
    {
        using var response = await PostAsync(endpoint, Body(statement), affinity, ct);
        using var json = await ReadAsync(response, ct);
        ThrowOnErrors(json.RootElement);
        return Result(json.RootElement);
    }

    private static object Body(CypherStatement s) => new { statement = s.Text, parameters = s.Parameters };

    private static StatementResult Result(JsonElement root)
    {
        if (!root.TryGetProperty("data", out var data))
        {
            return new StatementResult([], []);
        }
        return new StatementResult(
            [.. data.GetProperty("fields").EnumerateArray().Select(c => c.GetString()!)],
            [.. data.GetProperty("values").EnumerateArray().Select(row => row.EnumerateArray().Select(v => v.Clone()).ToArray())]);
    }

    private async Task<HttpResponseMessage> PostAsync(Uri uri, object body, string? affinity, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        if (affinity is not null)
        {
            request.Headers.Add(AffinityHeader, affinity);
        }
        return await SendAsync(request, ct);
    }

    private async Task<JsonDocument> GetJsonAsync(Uri uri, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        using var response = await SendAsync(request, ct);
        return await ReadAsync(response, ct);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, ct);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jUnavailableException($"Neo4j at {_options.Uri} cannot be reached: {e.Message}", e);
        }
        if ((int)response.StatusCode >= 500)
        {
            var status = response.StatusCode;
            response.Dispose();
            throw new Neo4jUnavailableException($"Neo4j at {_options.Uri} answered {(int)status} {status}.");
        }
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            response.Dispose();
            throw new Neo4jException("Neo.ClientError.Security.Unauthorized", $"Neo4j at {_options.Uri} refused the credentials of user '{_options.User}' (set KG_NEO4J_PASSWORD).");
        }
        return response;
    }

    private static async Task<JsonDocument> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        try
        {
            return JsonDocument.Parse(text.Length == 0 ? "{}" : text);
        }
        catch (JsonException)
        {
            throw new Neo4jUnavailableException($"Neo4j answered {(int)response.StatusCode} with a body that is not JSON.");
        }
    }

    private static void ThrowOnErrors(JsonElement root)
    {
        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            throw new Neo4jException(
                first.TryGetProperty("code", out var code) ? code.GetString() ?? "Neo.DatabaseError.Unknown" : "Neo.DatabaseError.Unknown",
                first.TryGetProperty("message", out var message) ? message.GetString() ?? "" : "");
        }
    }

    public void Dispose() => _http.Dispose();
}
