using KnowledgeGraph.Api.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace KnowledgeGraph.Api;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>Traces and metrics of ASP.NET Core and of the API, exported over OTLP when an endpoint is set; structured logs.</summary>
    public static IServiceCollection AddKnowledgeGraphTelemetry(this IServiceCollection services, TelemetryOptions options)
    {
        services.AddLogging(logging =>
        {
            logging.ClearProviders();
            // A line per request would cost more than the request; requests are in the traces and metrics instead.
            logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
            if (options.JsonLogs)
            {
                logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
            }
            else
            {
                logging.AddSimpleConsole(o => o.SingleLine = true);
            }
        });
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(TelemetryOptions.ServiceName))
            .WithTracing(t => t.AddSource(ApiTelemetry.Name).AddAspNetCoreInstrumentation())
            .WithMetrics(m => m.AddMeter(ApiTelemetry.Name).AddAspNetCoreInstrumentation());
        if (options.OtlpEndpoint is { } endpoint)
        {
            telemetry.WithTracing(t => t.AddOtlpExporter(o => o.Endpoint = endpoint)).WithMetrics(m => m.AddOtlpExporter(o => o.Endpoint = endpoint));
        }
        return services;
    }
}
