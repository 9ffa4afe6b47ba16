using KnowledgeGraph.Api.Feed;
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
    /// <summary>Where the caller's role (from its API key) is kept for the request.</summary>
    public const string RoleItem = "kg.role";

    public static WebApplication Build(string urls, Func<IGraphStore> openStore, ApiKeys keys, ChangeFeedOptions? feed = null, GraphQLWebSocketOptions? webSockets = null,
        Action<WebApplicationBuilder>? configure = null, Func<IGraphStore>? openFeedStore = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls);
        configure?.Invoke(builder);
        builder.Services.AddKnowledgeGraphApi();
        builder.Services.AddScoped(_ => new StoreSession(openStore));
        builder.Services.AddSingleton(keys);
        builder.Services.AddSingleton((webSockets ?? new GraphQLWebSocketOptions()).Validate());
        builder.Services.AddSingleton((feed ?? new ChangeFeedOptions()).Validate());
        builder.Services.AddSingleton<EventHub>();
        builder.Services.AddSingleton(s => new ChangeFeedFollower(openFeedStore ?? openStore, s.GetRequiredService<EventHub>(), s.GetRequiredService<ChangeFeedOptions>(),
            s.GetRequiredService<Microsoft.Extensions.Logging.ILogger<ChangeFeedFollower>>()));
        builder.Services.AddHostedService(s => s.GetRequiredService<ChangeFeedFollower>());
        var app = builder.Build();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.Use(async (http, next) =>
        {
            // "Authorization: Bearer KEY" or "X-Api-Key: KEY"; an unknown key is refused, no key reads anonymously.
            var header = http.Request.Headers.Authorization.ToString();
            var key = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : http.Request.Headers["X-Api-Key"].ToString();
            if (key.Length > 0)
            {
                if (keys.RoleOf(key) is not { } role)
                {
                    http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    http.Response.Headers.WWWAuthenticate = "Bearer";
                    await http.Response.WriteAsJsonAsync(new { errors = new[] { new { message = "Unknown API key." } } });
                    return;
                }
                http.Items[RoleItem] = role;
            }
            await next(http);
        });
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
