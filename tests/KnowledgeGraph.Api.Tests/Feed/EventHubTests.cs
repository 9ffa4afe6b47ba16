using KnowledgeGraph.Api.Feed;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Tests.Feed;

public sealed class EventHubTests
{
    private static GraphEvent Event(long sequence) => new(new ChangeRecord(sequence, ChangeRecord.Article, "a" + sequence, "a" + sequence, "now"));

    [Fact]
    public async Task A_subscription_that_falls_behind_is_ended_and_the_others_get_every_event()
    {
        var hub = new EventHub(new ChangeFeedOptions { BufferPerSubscription = 10 });
        var (slow, slowRegistration) = hub.Register();
        var (fast, fastRegistration) = hub.Register();
        var received = new List<long>();
        var reader = Task.Run(async () =>
        {
            await foreach (var e in fast.ReadAllAsync())
            {
                received.Add(e.Change.Sequence);
            }
        });
        for (var i = 1; i <= 100; i++)
        {
            hub.Publish(Event(i));
            await Task.Yield();
            while (fast.Count > 5)
            {
                await Task.Delay(1);
            }
        }
        fastRegistration.Dispose();
        await reader.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(Enumerable.Range(1, 100).Select(i => (long)i), received);

        // The slow one kept its first ten events, then learns why it ended.
        var kept = new List<long>();
        var error = await Assert.ThrowsAsync<SubscriberFellBehindException>(async () =>
        {
            await foreach (var e in slow.ReadAllAsync())
            {
                kept.Add(e.Change.Sequence);
            }
        });
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), kept);
        Assert.Contains("subscribe again", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, hub.Count);
        slowRegistration.Dispose();
    }

    [Fact]
    public void Publishing_with_no_subscribers_is_harmless_and_options_are_validated()
    {
        new EventHub(new ChangeFeedOptions()).Publish(Event(1));
        Assert.Throws<ArgumentException>(() => new ChangeFeedOptions { BufferPerSubscription = 0 }.Validate());
        Assert.Throws<ArgumentException>(() => new ChangeFeedOptions { PollInterval = TimeSpan.Zero }.Validate());
    }
}
