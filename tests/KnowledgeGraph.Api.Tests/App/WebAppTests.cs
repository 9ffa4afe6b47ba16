using System.Net;

namespace KnowledgeGraph.Api.Tests.App;

/// <summary>The web app's files as the real app serves them (its behaviour in a browser: KnowledgeGraph.Web.Tests).</summary>
public sealed class WebAppTests : IAsyncLifetime
{
    private ApiHost _host = null!;

    public async Task InitializeAsync() => _host = await ApiHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_page_at_the_root_loads_only_the_apps_own_files_under_a_strict_content_policy()
    {
        using var response = await _host.CreateClient().GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("""<script src="/app/app.js">""", page, StringComparison.Ordinal);
        Assert.DoesNotContain("http", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/app/app.js", "text/javascript")]
    [InlineData("/app/app.css", "text/css")]
    public async Task The_bundle_is_served_with_its_type_and_revalidated_by_its_tag(string path, string type)
    {
        var client = _host.CreateClient();
        using var first = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(type, first.Content.Headers.ContentType?.MediaType);
        Assert.True((await first.Content.ReadAsByteArrayAsync()).Length > 1000);
        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task The_bundle_speaks_only_to_its_own_server()
    {
        var script = await _host.CreateClient().GetStringAsync("/app/app.js");
        Assert.Contains("graphql-transport-ws", script, StringComparison.Ordinal);
        Assert.Contains("\"/graphql\"", script, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.", script, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("fonts.googleapis", script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/app/missing.js")]
    [InlineData("/app/..%2Fide.html")]
    [InlineData("/app/app.js.map")]
    public async Task Files_that_are_not_in_the_bundle_are_not_found(string path)
    {
        using var response = await _host.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
