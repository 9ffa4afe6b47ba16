using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Api.Ide;

/// <summary>
/// The page a browser gets at GET /graphql: an editor with example questions in Arabic and English that runs queries
/// over POST and subscriptions over graphql-transport-ws. One embedded file; nothing is fetched from elsewhere.
/// </summary>
public static class GraphQLIde
{
    private static readonly Lazy<byte[]> Page = new(() => EmbeddedFile.Read("ide.html"));

    /// <summary>A browser asking for a page (HTML accepted, no query given).</summary>
    public static bool IsWanted(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("query")
        && request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    public static Task WriteAsync(HttpResponse response)
    {
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy = "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self' ws: wss:";
        return response.Body.WriteAsync(Page.Value).AsTask();
    }
}
