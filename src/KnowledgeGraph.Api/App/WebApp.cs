using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KnowledgeGraph.Api.App;

/// <summary>
/// The analyst's web app (src/KnowledgeGraph.Web, its built bundle embedded here): the page at /, its files under
/// /app/. It is one more client of /graphql; nothing else is served for it and nothing is fetched from elsewhere.
/// </summary>
public static class WebApp
{
    private const string Prefix = "app/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    }.ToFrozenDictionary();

    private static readonly Lazy<FrozenDictionary<string, (byte[] Body, string ETag)>> Files = new(() =>
    {
        var files = typeof(WebApp).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).ToDictionary(
            n => n[Prefix.Length..],
            n => Tagged(EmbeddedFile.Read(n)));
        return files.ContainsKey("index.html") && files.ContainsKey("app.js")
            ? files.ToFrozenDictionary(StringComparer.Ordinal)
            : throw new InvalidOperationException("The web app's bundle (index.html, app.js) is missing from the assembly: run `npm ci && npm run build` in src/KnowledgeGraph.Web.");
    });

    public static IEndpointRouteBuilder MapWebApp(this IEndpointRouteBuilder endpoints)
    {
        _ = Files.Value; // fail at start, not at the first visit
        endpoints.MapGet("/", (HttpContext http) => ServeAsync(http, "index.html"));
        endpoints.MapGet("/app/{file}", (HttpContext http, string file) => ServeAsync(http, file));
        return endpoints;
    }

    private static Task ServeAsync(HttpContext http, string name)
    {
        var response = http.Response;
        if (!Files.Value.TryGetValue(name, out var file) || !ContentTypes.TryGetValue(Path.GetExtension(name), out var type))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        // Revalidated on every load, so a new kg is never shown with an old bundle; unchanged files cost a 304.
        response.Headers.CacheControl = "no-cache";
        response.Headers.ETag = file.ETag;
        response.Headers.XContentTypeOptions = "nosniff";
        if (name.EndsWith(".html", StringComparison.Ordinal))
        {
            response.Headers.ContentSecurityPolicy =
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' ws: wss:; frame-ancestors 'none'";
        }
        if (http.Request.Headers.IfNoneMatch == file.ETag)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }
        response.ContentType = type;
        return response.Body.WriteAsync(file.Body).AsTask();
    }

    private static (byte[], string) Tagged(byte[] body) => (body, $"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..16]}\"");
}
