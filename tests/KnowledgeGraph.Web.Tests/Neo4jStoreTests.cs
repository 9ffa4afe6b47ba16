using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KnowledgeGraph.Web.Tests;

/// <summary>The app over the production store: the same pages from a Neo4j-backed `kg serve`.</summary>
public sealed class Neo4jStoreTests(Neo4jAppFixture app, ITestOutputHelper output) : IClassFixture<Neo4jAppFixture>
{
    [Fact]
    public async Task On_Neo4j_the_person_page_draws_the_network_and_each_reports_sentence()
    {
        var (key, met) = await app.PersonAndCounterpartsAsync("Ayman Safadi");
        var page = await app.OpenAsync($"/person/{key}");
        Assert.Equal([key, .. met], (await DrawnNode.AllAsync(page, "#network")).Select(n => n.Id));
        var arabic = page.Locator(".evidence[lang=ar] mark").First;
        await Assertions.Expect(arabic).ToContainTextAsync("الصفدي");
        await app.ScreenshotAsync(page, "person-neo4j");
    }

    [Fact]
    public Task On_Neo4j_an_article_ingested_by_another_process_appears_in_the_live_view_without_a_reload() =>
        LivePageTests.ArrivesLiveAsync(app, "live-neo4j", output);
}
