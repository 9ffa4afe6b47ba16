namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>Counts the statement requests that reach the real server.</summary>
internal sealed class CountingHandler() : DelegatingHandler(new HttpClientHandler())
{
    public int Posts { get; private set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Post)
        {
            Posts++;
        }
        return base.SendAsync(request, cancellationToken);
    }
}
