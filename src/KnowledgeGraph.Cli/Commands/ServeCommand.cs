using System.CommandLine;
using KnowledgeGraph.Api;
using KnowledgeGraph.Ingestion.Pipeline;
using Microsoft.Extensions.Hosting;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>`kg serve [--urls …]`: the GraphQL API over the chosen store, on 127.0.0.1:5080 by default.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var stores = new StoreOptions();
        var urls = new Option<string>("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var demo = new Option<bool>("--demo") { Description = "Load the bundled sample articles first when the store is empty." };
        var command = new Command("serve", "Serve the GraphQL API (POST/GET /graphql, /health/live, /health/ready).") { urls, demo };
        stores.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandFailure.RunAsync("serve", async () =>
        {
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
            var keys = ApiKeys.Parse(Environment.GetEnvironmentVariable("KG_API_KEYS"));
            var app = ApiApplication.Build(result.GetValue(urls)!, () => stores.Open(result), keys);
            await app.StartAsync(cancellationToken);
            Console.WriteLine($"kg serve: GraphQL on {string.Join(", ", app.Urls)}/graphql");
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        }));
        return command;
    }
}
