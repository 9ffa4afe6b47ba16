using System.CommandLine;
using KnowledgeGraph.Api;
using Microsoft.Extensions.Hosting;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>`kg serve [--urls …]`: the GraphQL API over the chosen store, on 127.0.0.1:5080 by default.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var stores = new StoreOptions();
        var urls = new Option<string>("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var command = new Command("serve", "Serve the GraphQL API (POST/GET /graphql, /health/live, /health/ready).") { urls };
        stores.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandFailure.RunAsync("serve", async () =>
        {
            await using (var probe = stores.Open(result))
            {
                await probe.InitializeAsync(cancellationToken);
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
