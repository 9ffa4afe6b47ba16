using KnowledgeGraph.Api.Access;
using KnowledgeGraph.Api.Feed;
using KnowledgeGraph.Api.Transport;
using KnowledgeGraph.Ingestion.Input;
using KnowledgeGraph.Ingestion.Pipeline;
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

    /// <summary>The calls the API's requests made on their stores (the change feed follower's are not counted) since <see cref="Calls"/> was last cleared, by method.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, int> Calls { get; } = new(StringComparer.Ordinal);

    public IGraphStore OpenStore() => new SqliteGraphStore(new SqliteStoreOptions { Path = DatabasePath });

    public HttpClient CreateClient() => Server.CreateClient();

    public static async Task<ApiHost> StartAsync(string keys = "writer-key:ingest,reader-key:reader", GraphQLWebSocketOptions? webSockets = null, JwtOptions? jwt = null, bool worker = false)
    {
        var host = new ApiHost();
        host._app = ApiApplication.Build(new ApiHostOptions
        {
            Urls = "http://127.0.0.1:0",
            OpenStore = () => CountingStore.Wrap(host.OpenStore(), host.Calls),
            OpenFeedStore = host.OpenStore,
            Callers = new Callers(ApiKeys.Parse(keys), jwt),
            Feed = new ChangeFeedOptions { PollInterval = TimeSpan.FromMilliseconds(50) },
            WebSockets = webSockets ?? new GraphQLWebSocketOptions(),
            Configure = b => b.WebHost.UseTestServer(),
            Queue = worker ? () => new KnowledgeGraph.Queue.Sqlite.SqliteWorkQueue(Path.Combine(host._folder, "queue.db")) : null,
        });
        await host._app.StartAsync();
        await host._app.Services.GetRequiredService<ChangeFeedFollower>().Started.WaitAsync(TimeSpan.FromSeconds(30));
        return host;
    }

    public Task WriteAsync(string id, string text, string published = "2025-03-12") => WriteAsync([(id, text, published)]);

    /// <summary>Ingests articles as `kg ingest` does (extract, resolve against what the store holds, write).</summary>
    public async Task WriteAsync(IEnumerable<(string Id, string Text, string Published)> articles)
    {
        var lines = articles.Select((a, i) => ArticleParser.Parse(new InputLine("test", i + 1,
            System.Text.Json.JsonSerializer.Serialize(new { id = a.Id, text = a.Text, published = a.Published, language = "ar" }), null))).ToList();
        await using var store = OpenStore();
        await store.InitializeAsync();
        await new IngestPipeline(store, new IngestOptions { RejectsPath = Path.Combine(_folder, "rejects.jsonl") }).IngestAsync(lines, CancellationToken.None);
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
