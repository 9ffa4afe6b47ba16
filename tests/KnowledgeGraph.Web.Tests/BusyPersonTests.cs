using Microsoft.Playwright;

namespace KnowledgeGraph.Web.Tests;

public sealed class BusyPersonTests(BusyAppFixture app) : IClassFixture<BusyAppFixture>
{
    [Fact]
    public async Task A_person_with_hundreds_of_meetings_opens_with_the_first_hundred_and_shows_more_on_demand()
    {
        var busiest = (await app.QueryAsync("{ persons(first: 100) { items { key meetings(first: 0) { totalCount } } } }"))
            .GetProperty("persons").GetProperty("items").EnumerateArray()
            .Select(p => (Key: p.GetProperty("key").GetString()!, Meetings: p.GetProperty("meetings").GetProperty("totalCount").GetInt32()))
            .MaxBy(p => p.Meetings);
        Assert.True(busiest.Meetings > 200, $"the busiest person has only {busiest.Meetings} meetings");
        var page = await app.OpenAsync($"/person/{busiest.Key}");
        var events = page.Locator(".timeline .event");
        await Assertions.Expect(events).ToHaveCountAsync(100);
        await page.ClickAsync("button.more");
        await Assertions.Expect(events).ToHaveCountAsync(200);
        var dates = await page.Locator(".timeline .event .when time").AllInnerTextsAsync();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.True(await DrawnNode.AllAsync(page, "#network") is { Length: > 1 });
    }
}
