using KnowledgeGraph.Api.Feed;
using KnowledgeGraph.Api.Transport;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Resolution;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// The real API in process (ASP.NET Core's TestServer, which also carries WebSockets) over a real SQLite file in a
/// folder of its own. <see cref="WriteAsync"/> writes through a second store instance, as another process would.
/// </summary>
public sealed class ApiHost : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kg-api-").FullName;
    private WebApplication? _app;

    public string DatabasePath => Path.Combine(_folder, "kg.db");

    public TestServer Server => _app!.GetTestServer();

    public EventHub Hub => _app!.Services.GetRequiredService<EventHub>();

    public IGraphStore OpenStore() => new SqliteGraphStore(new SqliteStoreOptions { Path = DatabasePath });

    public static async Task<ApiHost> StartAsync(string keys = "writer-key:ingest,reader-key:reader", GraphQLWebSocketOptions? webSockets = null)
    {
        var host = new ApiHost();
        host._app = ApiApplication.Build("http://127.0.0.1:0", host.OpenStore, ApiKeys.Parse(keys),
            new ChangeFeedOptions { PollInterval = TimeSpan.FromMilliseconds(50) }, webSockets, b => b.WebHost.UseTestServer());
        await host._app.StartAsync();
        await host._app.Services.GetRequiredService<ChangeFeedFollower>().Started.WaitAsync(TimeSpan.FromSeconds(30));
        return host;
    }

    public async Task WriteAsync(string id, string text, string published = "2025-03-12")
    {
        var article = new Article(id, text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), "ar");
        var graph = new GraphResolver(Gazetteer.Default).Resolve(article, new ArticleExtractor().Extract(article), "hash-" + id);
        await using var store = OpenStore();
        await store.InitializeAsync();
        await store.WriteAsync([graph]);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
