using System.CommandLine;
using KnowledgeGraph.Api;
using KnowledgeGraph.Api.Access;
using KnowledgeGraph.Api.Feed;
using KnowledgeGraph.Ingestion.Pipeline;
using Microsoft.Extensions.Hosting;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg serve [--urls …] [--demo]`: the web app and the GraphQL API (HTTP, WebSocket subscriptions, IDE) over the chosen store, on
/// 127.0.0.1:5080 by default. Access, feed and telemetry settings come from the environment or appsettings.json
/// (see the README's table); an invalid one stops the start with a message that names it.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var stores = new StoreOptions();
        var urls = new Option<string>("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => Settings.Get("KG_URLS", "Urls") ?? "http://127.0.0.1:5080" };
        var demo = new Option<bool>("--demo") { Description = "Load the bundled sample articles first when the store is empty." };
        var inbox = new Option<string?>("--inbox")
        {
            Description = "A folder whose JSON Lines files the worker ingests, then moves to its done/ folder (default: no worker).",
            DefaultValueFactory = _ => Settings.Get("KG_INBOX", "Inbox"),
        };
        var worker = new Option<bool>("--worker") { Description = "Run a queue worker in this process; the ingestArticles mutation then queues articles for it." };
        var command = new Command("serve", "Serve the web app (/), the GraphQL API (POST/GET/WebSocket /graphql, /health/live, /health/ready) and the inbox worker.") { urls, demo, inbox, worker };
        stores.AddTo(command);
        var queue = new QueueSettings();
        queue.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandFailure.RunAsync("serve", async () =>
        {
            var options = Options(result.GetValue(urls)!, () => stores.Open(result)) with
            {
                Inbox = result.GetValue(inbox) is { Length: > 0 } folder ? new Api.Worker.InboxOptions(folder) : null,
                Queue = result.GetValue(worker) ? () => queue.Open(result) : null,
            };
            await using (var probe = stores.Open(result))
            {
                await probe.InitializeAsync(cancellationToken);
                if (result.GetValue(demo) && (await probe.GetStatsAsync(cancellationToken)).Articles == 0)
                {
                    var samples = Path.Combine(AppContext.BaseDirectory, "samples", "articles.jsonl");
                    var summary = await new IngestPipeline(probe, new IngestOptions { RejectsPath = stores.DefaultRejects(result) }).RunAsync([samples], null, cancellationToken: cancellationToken);
                    Console.WriteLine($"kg serve: loaded {summary.Ingested} sample articles");
                }
            }
            var app = ApiApplication.Build(options);
            await app.StartAsync(cancellationToken);
            var address = app.Urls.First().TrimEnd('/');
            Console.WriteLine($"kg serve: the web app on {address}/ (open it in a browser); GraphQL on {address}/graphql (its IDE in a browser)");
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        }));
        return command;
    }

    private static ApiHostOptions Options(string urls, Func<KnowledgeGraph.Storage.IGraphStore> openStore)
    {
        var keys = ApiKeys.Parse(Settings.Get("KG_API_KEYS", "Api:Keys"));
        if (Settings.Get("KG_API_KEYS_FILE", "Api:KeysFile") is { } file)
        {
            keys = keys.With(ApiKeys.ParseFile(file));
        }
        var jwt = Settings.Get("KG_JWT_SIGNING_KEY", "Api:Jwt:SigningKey") is { } signingKey
            ? new JwtOptions(signingKey, Settings.Get("KG_JWT_ISSUER", "Api:Jwt:Issuer"), Settings.Get("KG_JWT_AUDIENCE", "Api:Jwt:Audience")).Validate()
            : null;
        var otlp = Settings.Get("KG_OTLP_ENDPOINT", "Telemetry:OtlpEndpoint") ?? Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT");
        if (otlp is not null && !Uri.TryCreate(otlp, UriKind.Absolute, out _))
        {
            throw new ArgumentException($"KG_OTLP_ENDPOINT '{otlp}' is not an absolute address such as http://localhost:4317.");
        }
        var logFormat = Settings.Get("KG_LOG_FORMAT", "Telemetry:LogFormat") ?? "text";
        if (logFormat is not ("text" or "json"))
        {
            throw new ArgumentException($"KG_LOG_FORMAT must be text or json, not '{logFormat}'.");
        }
        return new ApiHostOptions
        {
            Urls = urls,
            OpenStore = openStore,
            Callers = new Callers(keys, jwt),
            Feed = new ChangeFeedOptions
            {
                PollInterval = TimeSpan.FromMilliseconds(Settings.Number("KG_FEED_POLL_MS", "Feed:PollMilliseconds", 200)),
                BufferPerSubscription = (int)Settings.Number("KG_FEED_BUFFER", "Feed:BufferPerSubscription", 1_000),
            }.Validate(),
            Telemetry = new TelemetryOptions { OtlpEndpoint = otlp is null ? null : new Uri(otlp), JsonLogs = logFormat == "json" },
        };
    }
}
