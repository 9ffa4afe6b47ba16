using System.Diagnostics;

namespace KnowledgeGraph.Queue.RabbitMq.Tests;

/// <summary>The work queue's promises on a real RabbitMQ server; each test has a queue of its own.</summary>
[Collection(RabbitMqCollection.Name)]
public sealed class RabbitMqWorkQueueTests(RabbitMqServerFixture server) : IAsyncLifetime
{
    private static readonly QueueOptions Options = new() { MaxAttempts = 3, RetryDelay = TimeSpan.FromMilliseconds(200), MaxRetryDelay = TimeSpan.FromSeconds(1) };

    private readonly string _name = "kg.test." + Guid.NewGuid().ToString("N")[..8];
    private readonly List<RabbitMqWorkQueue> _opened = [];

    private async Task<RabbitMqWorkQueue> OpenAsync()
    {
        var queue = new RabbitMqWorkQueue(new RabbitMqOptions(server.Uri) { Queue = _name, HoldTime = TimeSpan.FromMilliseconds(300), ManagementUri = server.ManagementUri }, Options);
        await queue.InitializeAsync();
        _opened.Add(queue);
        return queue;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var queue in _opened)
        {
            await queue.DisposeAsync();
        }
    }

    /// <summary>Leases until <paramref name="count"/> messages came, or fails after 10 s.</summary>
    private static async Task<List<Lease>> LeaseAsync(IWorkQueue queue, int count)
    {
        var leases = new List<Lease>();
        var clock = Stopwatch.StartNew();
        while (leases.Count < count)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"only {leases.Count} of {count} messages came");
            leases.AddRange(await queue.LeaseAsync(count - leases.Count));
        }
        return leases;
    }

    [Fact]
    public async Task Published_messages_are_confirmed_leased_in_order_and_leave_when_acknowledged()
    {
        var queue = await OpenAsync();
        await queue.EnqueueAsync(["a", "b", "c"]);
        Assert.Equal(3, (await queue.StatsAsync()).Ready);
        var leases = await LeaseAsync(queue, 3);
        Assert.Equal(["a", "b", "c"], leases.Select(l => l.Body));
        Assert.All(leases, l => Assert.Equal(1, l.Attempt));
        await queue.AckAsync(leases);
        var other = await OpenAsync();
        Assert.Empty(await other.LeaseAsync(10));

        // The same queue declared with other settings is refused with a message that says so.
        await using var changed = new RabbitMqWorkQueue(new RabbitMqOptions(server.Uri) { Queue = _name, HoldTime = TimeSpan.FromMinutes(1) }, Options);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => changed.InitializeAsync());
        Assert.Contains("other settings", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_of_a_consumer_that_goes_away_unacknowledged_go_to_another()
    {
        var first = await OpenAsync();
        await first.EnqueueAsync(["a", "b"]);
        var taken = await LeaseAsync(first, 2);
        await first.DisposeAsync();
        _opened.Remove(first);
        var second = await OpenAsync();
        var again = await LeaseAsync(second, 2);
        Assert.Equal(taken.Select(l => l.Id).Order(), again.Select(l => l.Id).Order());
        Assert.All(again, l => Assert.Equal(2, l.Attempt));
        await second.AckAsync(again);
    }

    [Fact]
    public async Task A_failed_message_comes_back_and_is_dead_lettered_with_its_reason_when_its_attempts_are_spent()
    {
        var queue = await OpenAsync();
        await queue.EnqueueAsync(["poison"]);
        for (var attempt = 1; attempt <= Options.MaxAttempts; attempt++)
        {
            var lease = Assert.Single(await LeaseAsync(queue, 1));
            Assert.Equal(attempt, lease.Attempt);
            await queue.FailAsync(lease, $"failure {attempt}", permanent: false);
        }
        var dead = Assert.Single(await queue.DeadLettersAsync(10));
        Assert.Equal(("poison", "failure 3"), (dead.Body, dead.Reason));
        Assert.Single(await queue.DeadLettersAsync(10)); // reading them leaves them there

        Assert.Equal(1, await queue.RequeueAsync([dead.Id]));
        var back = Assert.Single(await LeaseAsync(queue, 1));
        Assert.Equal(("poison", 1), (back.Body, back.Attempt));
        await queue.FailAsync(back, "not an article", permanent: true);
        Assert.Equal("not an article", Assert.Single(await queue.DeadLettersAsync(10)).Reason);
        Assert.Equal((0L, 1L), ((await queue.StatsAsync()).Ready, (await queue.StatsAsync()).DeadLetters));
    }

    [Fact]
    public async Task Messages_given_back_untried_come_again_without_spending_an_attempt()
    {
        var queue = await OpenAsync();
        await queue.EnqueueAsync(["a"]);
        for (var i = 0; i < 4; i++)
        {
            var lease = Assert.Single(await LeaseAsync(queue, 1));
            Assert.Equal(1, lease.Attempt);
            await queue.ReleaseAsync([lease], TimeSpan.FromSeconds(1));
        }
        Assert.Empty(await queue.DeadLettersAsync(10));
    }

    [Fact]
    public async Task Two_consumers_share_the_messages_and_never_get_the_same_one()
    {
        var producer = await OpenAsync();
        await producer.EnqueueAsync([.. Enumerable.Range(0, 100).Select(i => $"m{i}")]);
        var (a, b) = (await OpenAsync(), await OpenAsync());
        var all = new List<Lease>();
        var clock = Stopwatch.StartNew();
        while (all.Count < 100 && clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            foreach (var q in new[] { a, b })
            {
                var got = await q.LeaseAsync(10);
                all.AddRange(got);
                await q.AckAsync(got);
            }
        }
        Assert.Equal(100, all.Select(l => l.Body).Distinct().Count());
        Assert.Equal(100, all.Count);
    }

    [Fact]
    public async Task With_the_management_plugin_stats_tell_leases_totals_and_rates()
    {
        var queue = await OpenAsync();
        await queue.EnqueueAsync(["a", "b", "c"]);
        var leases = await LeaseAsync(queue, 3);
        await queue.AckAsync([leases[0]]);
        await queue.FailAsync(leases[1], "not an article", permanent: true);
        // The plugin gathers its statistics every 500 ms here.
        var clock = Stopwatch.StartNew();
        QueueStats stats;
        while (!((stats = await queue.StatsAsync()) is { Leased: 1, Acknowledged: 2, DeadLettered: 1, DeadLetters: 1 }))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"stats stayed {stats}");
            await Task.Delay(200);
        }
        Assert.Equal(0, stats.Ready);
        Assert.Equal(TimeSpan.Zero, stats.Lag);
    }
}
