using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using KnowledgeGraph.Api.Telemetry;

namespace KnowledgeGraph.Api.Tests.Telemetry;

public sealed class ApiTelemetryTests
{
    [Fact]
    public async Task Operations_are_traced_and_counted_and_feed_events_measured()
    {
        var measured = new ConcurrentDictionary<string, long>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == ApiTelemetry.Name)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((instrument, value, _, _) => measured.AddOrUpdate(instrument.Name, value, (_, v) => v + value));
        meters.SetMeasurementEventCallback<double>((instrument, _, _, _) => measured.AddOrUpdate(instrument.Name, 1, (_, v) => v + 1));
        meters.Start();
        var spans = new ConcurrentBag<string>();
        using var traces = new ActivityListener
        {
            ShouldListenTo = s => s.Name == ApiTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = a => spans.Add(a.DisplayName),
        };
        ActivitySource.AddActivityListener(traces);

        await using var host = await ApiHost.StartAsync();
        await new GraphQLClient(host.CreateClient()).QueryAsync("{ persons { totalCount } }");
        await host.WriteAsync("a1", "التقى وزير الخارجية الأردني أيمن الصفدي، أمس الثلاثاء في القاهرة، وزير الخارجية المصري بدر عبد العاطي.");
        var clock = Stopwatch.StartNew();
        while (measured.GetValueOrDefault("kg.feed.events") < 4 && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20);
        }
        Assert.Contains("graphql query", spans);
        Assert.True(measured.GetValueOrDefault("kg.graphql.operations") >= 1);
        Assert.True(measured.GetValueOrDefault("kg.graphql.operation.duration") >= 1);
        Assert.True(measured.GetValueOrDefault("kg.feed.events") >= 4, "two persons, a meeting and an article");
        Assert.True(measured.GetValueOrDefault("kg.feed.delay") >= 4);
    }
}
