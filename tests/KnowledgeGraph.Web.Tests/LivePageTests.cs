using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KnowledgeGraph.Web.Tests;

[Collection(AppCollection.Name)]
public sealed class LivePageTests(AppFixture app, ITestOutputHelper output)
{
    [Fact]
    public Task An_article_ingested_by_another_process_appears_in_the_live_view_without_a_reload() => ArrivesLiveAsync(app, "live", output);

    /// <summary>
    /// Opens the live page, has another `kg ingest` process write an article to the app's store, and waits for it and its
    /// meeting on the page. The delay is printed, not asserted: on a shared host a busy minute, with Neo4j beside the
    /// tests, took it past two seconds where it is usually a fraction of one; ten seconds tell a push from a page that
    /// never shows it.
    /// </summary>
    private const float ArrivalTimeout = 10_000;

    internal static async Task ArrivesLiveAsync(AppFixture app, string screenshot, ITestOutputHelper output)
    {
        var page = await app.OpenAsync("/live");
        await Assertions.Expect(page.Locator("#live-status")).ToHaveAttributeAsync("data-state", "open");
        var id = $"live-{Guid.NewGuid():N}";
        var article = JsonSerializer.Serialize(new
        {
            id,
            language = "ar",
            published = "2025-11-20",
            title = "وزير الخارجية العماني يلتقي نظيره الأردني في مسقط",
            text = "مسقط – التقى وزير الخارجية العماني بدر البوسعيدي، يوم الأربعاء في مسقط، وزير الخارجية الأردني أيمن الصفدي، وبحث الجانبان العلاقات الثنائية.",
        });
        var file = Path.Combine(app.Kg.Folder, $"{id}.jsonl");
        await File.WriteAllTextAsync(file, article + "\n", Encoding.UTF8);

        // Another process writes to the store the server reads; the article is committed when it exits.
        var (exit, _, error) = await app.Kg.RunAsync(["ingest", file, .. app.Store]);
        Assert.True(exit == 0, error);
        var clock = Stopwatch.StartNew();
        await Assertions.Expect(page.Locator($"[data-article='{id}']")).ToBeVisibleAsync(new() { Timeout = ArrivalTimeout });
        await Assertions.Expect(page.Locator(".live-meeting .who", new() { HasText = "Ayman" })).ToBeVisibleAsync(new() { Timeout = ArrivalTimeout - (float)clock.Elapsed.TotalMilliseconds });
        output.WriteLine($"the article and its meeting were on the page {clock.ElapsedMilliseconds} ms after the ingesting process exited");
        var evidence = page.Locator(".live-meeting .evidence").First;
        Assert.Equal("rtl", await evidence.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        await app.ScreenshotAsync(page, screenshot);
    }
}
