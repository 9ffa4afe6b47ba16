using System.Net;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>
/// A stand-in for a Neo4j 5 server's Query API v2 that answers with the exchanges Neo4j documents (discovery,
/// implicit query, explicit transaction with cluster affinity, errors in the body). No Neo4j 5 can run here (no
/// Docker engine), so this is the one boundary the tests fake; requests are recorded for the assertions.
/// </summary>
internal sealed class DocumentedQueryApi : HttpMessageHandler
{
    public List<(HttpMethod Method, string Path, string Body, string? Affinity)> Requests { get; } = [];

    /// <summary>Answers to give to query POSTs, in order, before the default success.</summary>
    public Queue<(HttpStatusCode Status, string Body)> Scripted { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var path = request.RequestUri!.AbsolutePath;
        Requests.Add((request.Method, path, body, request.Headers.TryGetValues("neo4j-cluster-affinity", out var a) ? a.First() : null));
        if (request.Headers.Authorization?.Parameter != Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:secret")))
        {
            return Json(HttpStatusCode.Unauthorized, """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"Invalid username or password."}]}""");
        }
        if (request.Method == HttpMethod.Get && path == "/")
        {
            return Json(HttpStatusCode.OK, """
                {"bolt_routing":"neo4j://localhost:7687","query":"http://localhost:7474/db/{databaseName}/query/v2",
                 "transaction":"http://localhost:7474/db/{databaseName}/tx","bolt_direct":"bolt://localhost:7687",
                 "neo4j_version":"5.26.0","neo4j_edition":"community"}
                """);
        }
        if (request.Method == HttpMethod.Delete)
        {
            return Json(HttpStatusCode.OK, "{}");
        }
        if (Scripted.TryDequeue(out var scripted))
        {
            return Json(scripted.Status, scripted.Body);
        }
        if (path.EndsWith("/query/v2/tx", StringComparison.Ordinal))
        {
            var open = Json(HttpStatusCode.Accepted, """
                {"data":{"fields":["n"],"values":[[1]]},"bookmarks":[],
                 "transaction":{"id":"a1b2c3","expires":"2025-01-01T00:00:30Z"}}
                """);
            open.Headers.Add("neo4j-cluster-affinity", "MjQ6MmFkYjUxNjktYjQ5Mi00");
            return open;
        }
        if (path.EndsWith("/commit", StringComparison.Ordinal))
        {
            return Json(HttpStatusCode.OK, """{"bookmarks":["FB:kcwQ"]}""");
        }
        var statement = JsonDocument.Parse(body).RootElement.GetProperty("statement").GetString();
        return Json(HttpStatusCode.Accepted, JsonSerializer.Serialize(new { data = new { fields = new[] { "echo" }, values = new[] { new object[] { statement! } } }, bookmarks = Array.Empty<string>() }));
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
