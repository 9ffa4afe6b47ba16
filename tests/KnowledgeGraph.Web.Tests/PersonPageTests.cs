using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace KnowledgeGraph.Web.Tests;

[Collection(AppCollection.Name)]
public sealed class PersonPageTests(AppFixture app)
{
    [Fact]
    public async Task The_person_page_draws_everyone_they_met_inside_the_network_view()
    {
        var (key, met) = await app.PersonAndCounterpartsAsync("أيمن الصفدي");
        Assert.True(met.Length >= 3, $"the demo should give Safadi several counterparts, not {met.Length}");
        var page = await app.OpenAsync($"/person/{key}");
        var nodes = await DrawnNode.AllAsync(page, "#network");
        Assert.Equal([key, .. met], nodes.Select(n => n.Id));
        Assert.All(nodes, n => Assert.False(string.IsNullOrWhiteSpace(n.Label)));
        var box = (await page.Locator("#network").BoundingBoxAsync())!;
        Assert.All(nodes, n => Assert.True(n.X > box.X && n.X < box.X + box.Width && n.Y > box.Y && n.Y < box.Y + box.Height, $"{n.Label} is drawn outside the view"));
        Assert.Equal(nodes.Length, nodes.Select(n => (Math.Round(n.X), Math.Round(n.Y))).Distinct().Count());
        await app.ScreenshotAsync(page, "person");
    }

    [Fact]
    public async Task Clicking_a_neighbour_in_the_network_opens_their_page()
    {
        var (key, met) = await app.PersonAndCounterpartsAsync("أيمن الصفدي");
        var page = await app.OpenAsync($"/person/{key}");
        var neighbour = (await DrawnNode.AllAsync(page, "#network")).First(n => n.Id == met[0]);
        await page.Mouse.ClickAsync((float)neighbour.X, (float)neighbour.Y);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"#/person/{Regex.Escape(Uri.EscapeDataString(neighbour.Id))}$"));
        await Assertions.Expect(page.Locator("article.person-page")).ToHaveAttributeAsync("data-person", neighbour.Id);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(neighbour.Label);
    }

    [Fact]
    public async Task Arabic_evidence_reads_right_to_left_and_English_evidence_left_to_right()
    {
        var (key, _) = await app.PersonAndCounterpartsAsync("أيمن الصفدي");
        var page = await app.OpenAsync($"/person/{key}");
        var arabic = page.Locator(".evidence[lang=ar]").First;
        await Assertions.Expect(arabic).ToBeVisibleAsync();
        Assert.Equal("rtl", await arabic.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        Assert.True(await arabic.EvaluateAsync<bool>("e => e.matches(':dir(rtl)')"));
        // Right to left on the screen too: the highlighted sentence starts at the right edge of its quote.
        var quote = (await arabic.BoundingBoxAsync())!;
        var firstLine = await arabic.EvaluateAsync<JsonElement>("e => { const r = e.querySelector('mark').getClientRects()[0]; return { right: r.right, left: r.left }; }");
        Assert.True(quote.X + quote.Width - firstLine.GetProperty("right").GetDouble() < 20, "the Arabic sentence does not start at the right");
        var english = page.Locator(".evidence[lang=en]").First;
        Assert.Equal("ltr", await english.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
    }

    [Fact]
    public async Task A_meetings_report_links_to_its_article_with_the_sentence_highlighted()
    {
        var (key, _) = await app.PersonAndCounterpartsAsync("أيمن الصفدي");
        var page = await app.OpenAsync($"/person/{key}");
        var report = page.Locator(".report").First;
        var sentence = await report.Locator(".evidence mark").InnerTextAsync();
        await report.Locator("a.article-link").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("#/article/."));
        await Assertions.Expect(page.Locator(".article-page .evidence mark").First).ToBeVisibleAsync();
        Assert.Contains(sentence, await page.Locator(".article-page .evidence mark").AllInnerTextsAsync());
        await Assertions.Expect(page.Locator(".article-page a.person", new() { HasText = "Safadi" })).Not.ToHaveCountAsync(0);
        await app.ScreenshotAsync(page, "article");
    }

    [Fact]
    public async Task The_Arabic_interface_lays_the_page_out_right_to_left_with_the_names_in_Arabic()
    {
        var (key, _) = await app.PersonAndCounterpartsAsync("أيمن الصفدي");
        var page = await app.OpenAsync($"/person/{key}", "ar");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("أيمن الصفدي");
        await Assertions.Expect(page.Locator("nav a").First).ToHaveTextAsync("بحث");
        await DrawnNode.AllAsync(page, "#network");
        // The timeline's dates stand on the right of their events.
        var date = (await page.Locator(".event .when").First.BoundingBoxAsync())!;
        var what = (await page.Locator(".event .what").First.BoundingBoxAsync())!;
        Assert.True(date.X > what.X, "in Arabic the date column should be on the right");
        await app.ScreenshotAsync(page, "person-ar");
    }

    [Fact]
    public async Task Filtering_by_dates_keeps_only_the_people_met_in_that_range()
    {
        var (key, _) = await app.PersonAndCounterpartsAsync("أيمن الصفدي");
        var inRange = (await app.QueryAsync("""query($k: ID!) { person(key: $k) { counterparts(from: "2025-06", to: "2025-12") { person { key } } } }""", new { k = key }))
            .GetProperty("person").GetProperty("counterparts").EnumerateArray().Select(c => c.GetProperty("person").GetProperty("key").GetString()).ToList();
        var page = await app.OpenAsync($"/person/{key}");
        await DrawnNode.AllAsync(page, "#network");
        await page.FillAsync("input[name=from]", "2025-06-01");
        await page.FillAsync("input[name=to]", "2025-12-31");
        await page.ClickAsync(".filters button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]from=2025-06-01"));
        await page.WaitForFunctionAsync($"() => document.querySelector('#network')?.cy?.nodes().length === {inRange.Count + 1}");
        Assert.Equal([key, .. inRange], (await DrawnNode.AllAsync(page, "#network")).Select(n => n.Id));
    }
}
