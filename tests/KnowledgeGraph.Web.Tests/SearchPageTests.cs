using Microsoft.Playwright;

namespace KnowledgeGraph.Web.Tests;

[Collection(AppCollection.Name)]
public sealed class SearchPageTests(AppFixture app)
{
    [Theory]
    [InlineData("الصفدي", "en")]
    [InlineData("ايمن الصفدي", "ar")]
    [InlineData("Safadi", "en")]
    [InlineData("ayman", "ar")]
    public async Task Typing_part_of_a_name_in_either_script_finds_the_person(string typed, string language)
    {
        var key = (await app.QueryAsync("""{ person(name: "Ayman Safadi") { key } }""")).GetProperty("person").GetProperty("key").GetString();
        var page = await app.OpenAsync("/", language);
        // Typed a key at a time, as a person types: results follow the text without pressing anything.
        await page.Locator("#search").PressSequentiallyAsync(typed, new() { Delay = 30 });
        // The results of the whole text, not of a part of it still on screen while the last search runs.
        await Assertions.Expect(page.Locator("#results")).ToHaveAttributeAsync("data-for", typed);
        var hit = page.Locator($".hit[data-kind=person][data-key='{key}']");
        await Assertions.Expect(hit).ToBeVisibleAsync();
        await hit.Locator("a").ClickAsync();
        await Assertions.Expect(page.Locator("article.person-page")).ToHaveAttributeAsync("data-person", key!);
    }

    [Fact]
    public async Task Countries_and_offices_are_found_as_you_type_too_and_Enter_opens_the_first()
    {
        var page = await app.OpenAsync("/");
        await page.Locator("#search").PressSequentiallyAsync("الأردن", new() { Delay = 30 });
        await Assertions.Expect(page.Locator(".hit[data-kind=country][data-key=JO]")).ToBeVisibleAsync();
        await page.Locator("#search").PressAsync("Enter");
        await Assertions.Expect(page.Locator("article.country-page")).ToHaveAttributeAsync("data-country", "JO");
        await page.GoBackAsync();
        await page.Locator("#search").FillAsync("");
        await page.Locator("#search").PressSequentiallyAsync("foreign", new() { Delay = 30 });
        await Assertions.Expect(page.Locator(".hit[data-kind=office]").First).ToBeVisibleAsync();
        await app.ScreenshotAsync(page, "search");
    }

    [Fact]
    public async Task Enter_pressed_before_the_results_catch_up_opens_the_first_result_of_the_whole_text()
    {
        var page = await app.OpenAsync("/");
        await page.Locator("#search").PressSequentiallyAsync("ال", new() { Delay = 30 });
        await Assertions.Expect(page.Locator(".hit[data-kind=person]").First).ToBeVisibleAsync();
        // The rest typed and Enter pressed at once: the results on screen are still those of «ال», whose first is a person.
        await page.Locator("#search").PressSequentiallyAsync("أردن");
        await page.Locator("#search").PressAsync("Enter");
        await Assertions.Expect(page.Locator("article.country-page")).ToHaveAttributeAsync("data-country", "JO");
    }

    [Fact]
    public async Task An_office_found_by_its_Arabic_title_lists_its_holders_earliest_first()
    {
        var holders = (await app.QueryAsync("""{ officeHolders(title: "Foreign Minister", country: "EG") { items { person { key } firstSeen } } }"""))
            .GetProperty("officeHolders").GetProperty("items").EnumerateArray().Select(h => h.GetProperty("person").GetProperty("key").GetString()).ToList();
        Assert.NotEmpty(holders);
        var page = await app.OpenAsync("/", "ar");
        await page.Locator("#search").PressSequentiallyAsync("وزير الخارجية", new() { Delay = 30 });
        var egypt = page.Locator(".hit[data-kind=office]", new() { HasText = "مصر" });
        await egypt.Locator("a").ClickAsync();
        await Assertions.Expect(page.Locator(".office-page")).ToBeVisibleAsync();
        var shown = await page.Locator(".office-page a.person").EvaluateAllAsync<string[]>("links => links.map(a => decodeURIComponent(a.hash.split('/')[2]))");
        Assert.Equal(holders, shown);
        await app.ScreenshotAsync(page, "office");
    }

    [Fact]
    public async Task A_country_page_shows_its_office_holders_and_a_timeline_of_meetings_hosted_and_delegations_sent()
    {
        var meetings = (await app.QueryAsync("""{ meetings(country: "KW") { totalCount } }""")).GetProperty("meetings").GetProperty("totalCount").GetInt32();
        var page = await app.OpenAsync("/");
        await page.Locator("#search").PressSequentiallyAsync("الكويت", new() { Delay = 30 });
        await page.Locator(".hit[data-kind=country][data-key=KW] a").ClickAsync();
        await Assertions.Expect(page.Locator("article.country-page")).ToHaveAttributeAsync("data-country", "KW");
        await Assertions.Expect(page.Locator(".office-holders dd").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".timeline .event")).ToHaveCountAsync(meetings);
        await Assertions.Expect(page.Locator(".timeline .event .tag", new() { HasText = "hosted" })).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".timeline .event .tag", new() { HasText = "delegation" })).Not.ToHaveCountAsync(0);
        await app.ScreenshotAsync(page, "country");
    }
}
