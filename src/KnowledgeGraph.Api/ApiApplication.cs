using KnowledgeGraph.Api.Transport;
using KnowledgeGraph.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api;

/// <summary>The API host: GraphQL on /graphql and the health endpoints, over the store the caller opens.</summary>
public static class ApiApplication
{
    public static WebApplication Build(string urls, Func<IGraphStore> openStore)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls);
        builder.Services.AddKnowledgeGraphApi();
        builder.Services.AddScoped(_ => new StoreSession(openStore));
        var app = builder.Build();
        app.MapGraphQL();
        app.MapGet("/health/live", () => Results.Text("live"));
        app.MapGet("/health/ready", async (StoreSession session, CancellationToken ct) =>
        {
            try
            {
                await (await session.GetAsync(ct)).GetStatsAsync(ct);
                return Results.Text("ready");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return Results.Text($"store unavailable: {e.Message}", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return app;
    }
}
