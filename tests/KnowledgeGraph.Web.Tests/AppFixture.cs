using System.Net.Http.Json;
using System.Text.Json;
using KnowledgeGraph.Cli.Tests;
using Microsoft.Playwright;

namespace KnowledgeGraph.Web.Tests;

/// <summary>
/// A real `kg serve --demo` (the sample articles in a SQLite file, on a free port) and a real headless Chromium
/// (Debian's `chromium`, which .ci/run installs; another at KG_CHROMIUM) driven by Playwright, shared by the tests of
/// the collection. Screenshots go to KG_SCREENSHOTS, or `screenshots` beside the tests.
/// </summary>
public class AppFixture : IAsyncLifetime
{
    private static readonly string Chromium = Environment.GetEnvironmentVariable("KG_CHROMIUM") ?? "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Kg Kg { get; } = new();

    public KgServer Server { get; private set; } = null!;

    /// <summary>The store arguments the server was started with, for other `kg` processes on the same store.</summary>
    public string[] Store { get; private set; } = [];

    public string Screenshots { get; } = Environment.GetEnvironmentVariable("KG_SCREENSHOTS") ?? Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>What `kg serve --demo` is given besides: the store to use (the embedded SQLite file unless a subclass says).</summary>
    protected virtual Task<string[]> StoreArgumentsAsync() => Task.FromResult<string[]>([]);

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"Chromium is not installed ({Chromium} is missing): `apt-get install chromium`, as .ci/run does, or set KG_CHROMIUM.");
        }
        Directory.CreateDirectory(Screenshots);
        Store = await StoreArgumentsAsync();
        Server = await KgServer.StartAsync(Kg, null, ["--demo", .. Store]);
        _playwright = await Playwright.CreateAsync();
        // Waits for the page, not speed targets: on a slow shared host a page may take longer than Playwright's 5 s default.
        Assertions.SetDefaultExpectTimeout(15_000);
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            // Without the background-networking flags Chromium keeps calling Google's hosts, which this network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser page at <paramref name="path"/> (after the #), its interface in <paramref name="language"/>.</summary>
    public async Task<IPage> OpenAsync(string path, string language = "en")
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.Address.ToString(),
            Locale = language,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        await page.GotoAsync($"/#{path}");
        return page;
    }

    public async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    /// <summary>Asks the server directly, as any client would, what the page should show.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        using var http = new HttpClient { BaseAddress = Server.Address };
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data");
    }

    /// <summary>A person's key and the keys of the 25 people they met most, as the person page asks for them.</summary>
    public async Task<(string Key, string[] Met)> PersonAndCounterpartsAsync(string name)
    {
        var person = (await QueryAsync("query($n: String) { person(name: $n) { key counterparts(first: 25) { person { key } } } }", new { n = name })).GetProperty("person");
        return (person.GetProperty("key").GetString()!,
            [.. person.GetProperty("counterparts").EnumerateArray().Select(c => c.GetProperty("person").GetProperty("key").GetString()!)]);
    }

    public virtual async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
        Kg.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "web app";
}
