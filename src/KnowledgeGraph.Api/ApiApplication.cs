using KnowledgeGraph.Api.App;
using KnowledgeGraph.Api.Feed;
using KnowledgeGraph.Api.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Api;

/// <summary>The API host: GraphQL on /graphql (HTTP, WebSocket, IDE), the web app at /, the change feed follower, health and telemetry.</summary>
public static class ApiApplication
{
    /// <summary>Where the caller's role (from its API key or token) is kept for the request.</summary>
    public const string RoleItem = "kg.role";

    public static WebApplication Build(ApiHostOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Urls);
        builder.Services.AddKnowledgeGraphTelemetry(options.Telemetry);
        builder.Services.AddKnowledgeGraphApi();
        builder.Services.AddScoped(_ => new StoreSession(options.OpenStore));
        builder.Services.AddSingleton(options.Callers);
        builder.Services.AddSingleton(options.WebSockets.Validate());
        builder.Services.AddSingleton(options.Feed.Validate());
        builder.Services.AddSingleton<EventHub>();
        builder.Services.AddSingleton(s => new ChangeFeedFollower(options.OpenFeedStore ?? options.OpenStore, s.GetRequiredService<EventHub>(),
            s.GetRequiredService<ChangeFeedOptions>(), s.GetRequiredService<ILogger<ChangeFeedFollower>>()));
        builder.Services.AddHostedService(s => s.GetRequiredService<ChangeFeedFollower>());
        builder.Services.AddSingleton<KnowledgeGraph.Ingestion.Pipeline.KnownGraph>();
        if (options.Queue is { } openQueue)
        {
            builder.Services.AddSingleton(openQueue);
            builder.Services.AddHostedService(s => new Worker.QueueWorkerService(openQueue, options.OpenStore, s.GetRequiredService<ILogger<Worker.QueueWorkerService>>()));
        }
        if (options.Inbox is { } inbox)
        {
            builder.Services.AddHostedService(s => new Worker.InboxWorker(inbox, options.OpenStore, s.GetRequiredService<ILogger<Worker.InboxWorker>>()));
        }
        options.Configure?.Invoke(builder);
        var app = builder.Build();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.Use(async (http, next) =>
        {
            // "Authorization: Bearer KEY-OR-TOKEN" or "X-Api-Key: KEY"; a credential that is refused gets 401, none reads anonymously.
            var header = http.Request.Headers.Authorization.ToString();
            var credential = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : http.Request.Headers["X-Api-Key"].ToString();
            if (credential.Length > 0)
            {
                if (await options.Callers.RoleOfAsync(credential) is not { } role)
                {
                    http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    http.Response.Headers.WWWAuthenticate = "Bearer";
                    await http.Response.WriteAsJsonAsync(new { errors = new[] { new { message = "Unknown API key or invalid token." } } });
                    return;
                }
                http.Items[RoleItem] = role;
            }
            await next(http);
        });
        app.MapGraphQL();
        app.MapWebApp();
        app.MapGet("/health/live", () => Results.Text("live"));
        app.MapGet("/health/ready", async (StoreSession session, ChangeFeedFollower follower, CancellationToken ct) =>
        {
            try
            {
                await (await session.GetAsync(ct)).GetStatsAsync(ct);
                return follower.Started.IsCompletedSuccessfully
                    ? Results.Text("ready")
                    : Results.Text("change feed not yet followed", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return Results.Text($"store unavailable: {e.Message}", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return app;
    }
}
