using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace KnowledgeGraph.Web.Tests;

[Collection(AppCollection.Name)]
public sealed class ConnectionPageTests(AppFixture app)
{
    [Fact]
    public async Task Picking_two_people_draws_the_shortest_chain_of_meetings_between_them()
    {
        var data = await app.QueryAsync("""
            { a: person(name: "سيرغي لافروف") { key } b: person(name: "عبدالله اليحيا") { key } }
            """);
        var (from, to) = (data.GetProperty("a").GetProperty("key").GetString()!, data.GetProperty("b").GetProperty("key").GetString()!);
        var chain = (await app.QueryAsync("query($f: ID!, $t: ID!) { connection(from: $f, to: $t, maxHops: 6) { person { key } } }", new { f = from, t = to }))
            .GetProperty("connection").EnumerateArray().Select(s => s.GetProperty("person").GetProperty("key").GetString()).ToList();
        Assert.True(chain.Count >= 3, "the two should not have met directly");

        var page = await app.OpenAsync("/connection");
        await PickAsync(page, 0, "لافروف", from);
        await PickAsync(page, 1, "Yahia", to);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"#/connection/{Regex.Escape(from)}/{Regex.Escape(to)}$"));
        await page.WaitForFunctionAsync("() => document.querySelector('#chain')?.cy?.nodes().length > 0");
        var drawn = await page.EvaluateAsync<JsonElement>("() => document.querySelector('#chain').cy.nodes().map(n => n.id())");
        Assert.Equal(chain, drawn.EnumerateArray().Select(n => n.GetString()));
        var edges = await page.EvaluateAsync<int>("() => document.querySelector('#chain').cy.edges().length");
        Assert.Equal(chain.Count - 1, edges);
        await Assertions.Expect(page.Locator(".chain-steps li")).ToHaveCountAsync(chain.Count);
        await app.ScreenshotAsync(page, "connection");
    }

    private static async Task PickAsync(IPage page, int picker, string typed, string key)
    {
        var box = page.Locator(".picker").Nth(picker);
        await box.Locator("input").PressSequentiallyAsync(typed, new() { Delay = 30 });
        await box.Locator($".suggestions button[data-key='{key}']").ClickAsync();
    }
}
