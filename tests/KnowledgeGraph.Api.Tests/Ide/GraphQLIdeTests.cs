using System.Net;

namespace KnowledgeGraph.Api.Tests.Ide;

public sealed class GraphQLIdeTests : IAsyncLifetime
{
    private ApiHost _host = null!;

    public async Task InitializeAsync() => _host = await ApiHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");
        return await _host.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task A_browser_gets_the_IDE_with_Arabic_and_English_examples_and_nothing_from_elsewhere()
    {
        using var response = await GetAsync("/graphql");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("أيمن الصفدي", page, StringComparison.Ordinal);
        Assert.Contains("Ayman Safadi", page, StringComparison.Ordinal);
        Assert.Contains("graphql-transport-ws", page, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", page, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_that_gives_a_query_gets_the_answer_not_the_page()
    {
        using var response = await GetAsync("/graphql?query=%7B%20persons%20%7B%20totalCount%20%7D%20%7D");
        Assert.Contains("\"totalCount\":0", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
