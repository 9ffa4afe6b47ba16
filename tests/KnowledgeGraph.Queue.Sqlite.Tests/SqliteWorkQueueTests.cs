namespace KnowledgeGraph.Queue.Sqlite.Tests;

/// <summary>The queue's promises on a real SQLite file; time is a manual clock, so nothing here sleeps.</summary>
public sealed class SqliteWorkQueueTests : IAsyncLifetime
{
    private static readonly QueueOptions Options = new() { LeaseTime = TimeSpan.FromSeconds(60), MaxAttempts = 3, RetryDelay = TimeSpan.FromSeconds(2) };

    private readonly string _folder = Directory.CreateTempSubdirectory("kg-queue-").FullName;
    private readonly ManualClock _clock = new();
    private SqliteWorkQueue _queue = null!;

    private string Path => System.IO.Path.Combine(_folder, "queue.db");

    public async Task InitializeAsync()
    {
        _queue = new SqliteWorkQueue(Path, Options, _clock);
        await _queue.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _queue.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Messages_are_leased_in_order_once_and_leave_when_acknowledged()
    {
        await _queue.EnqueueAsync(["a", "b", "c"]);
        var first = await _queue.LeaseAsync(2);
        Assert.Equal(["a", "b"], first.Select(l => l.Body));
        Assert.All(first, l => Assert.Equal(1, l.Attempt));
        Assert.Equal(["c"], (await _queue.LeaseAsync(10)).Select(l => l.Body));
        Assert.Empty(await _queue.LeaseAsync(10));
        await _queue.AckAsync(first);
        var stats = await _queue.StatsAsync();
        Assert.Equal((0L, 1L, 0L, 0L, 2L), (stats.Ready, stats.Leased, stats.Delayed, stats.DeadLetters, stats.Acknowledged));
        // The clock stands at a whole minute: two acknowledgements over the four minutes before it.
        Assert.Equal(2 / 240.0, stats.AcknowledgedPerSecond, 6);
        _clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(0, (await _queue.StatsAsync()).AcknowledgedPerSecond);
    }

    [Fact]
    public async Task Two_consumers_on_one_file_never_lease_the_same_message()
    {
        await _queue.EnqueueAsync([.. Enumerable.Range(0, 200).Select(i => $"m{i}")]);
        await using var other = new SqliteWorkQueue(Path, Options, _clock);
        await other.InitializeAsync();
        var taken = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? _queue : other).LeaseAsync(15)));
        var bodies = taken.SelectMany(t => t).Select(l => l.Body).ToList();
        Assert.Equal(200, bodies.Count);
        Assert.Equal(200, bodies.Distinct().Count());
    }

    [Fact]
    public async Task A_lease_not_acknowledged_in_time_is_delivered_again_and_the_late_ack_is_ignored()
    {
        await _queue.EnqueueAsync(["a"]);
        var first = Assert.Single(await _queue.LeaseAsync(1));
        _clock.Advance(TimeSpan.FromSeconds(61));
        var again = Assert.Single(await _queue.LeaseAsync(1));
        Assert.Equal((first.Id, 2), (again.Id, again.Attempt));
        await _queue.AckAsync([first]);
        Assert.Equal(1, (await _queue.StatsAsync()).Leased);
        await _queue.AckAsync([again]);
        Assert.Equal(0, (await _queue.StatsAsync()).Leased);
    }

    [Fact]
    public async Task A_failed_message_comes_back_after_a_growing_backoff_and_is_dead_lettered_with_its_reason()
    {
        await _queue.EnqueueAsync(["poison"]);
        await _queue.FailAsync(Assert.Single(await _queue.LeaseAsync(1)), "store unreachable", permanent: false);
        Assert.Equal(1, (await _queue.StatsAsync()).Delayed);
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Empty(await _queue.LeaseAsync(1));
        _clock.Advance(TimeSpan.FromSeconds(1));
        var second = Assert.Single(await _queue.LeaseAsync(1));
        await _queue.FailAsync(second, "store unreachable", permanent: false);
        _clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Empty(await _queue.LeaseAsync(1));
        _clock.Advance(TimeSpan.FromSeconds(1));
        var third = Assert.Single(await _queue.LeaseAsync(1));
        Assert.Equal(3, third.Attempt);
        await _queue.FailAsync(third, "extraction failed: boom", permanent: false);

        var dead = Assert.Single(await _queue.DeadLettersAsync(10));
        Assert.Equal(("poison", 3, "extraction failed: boom"), (dead.Body, dead.Attempts, dead.Reason));
        var stats = await _queue.StatsAsync();
        Assert.Equal((0L, 1L, 1L), (stats.Ready + stats.Leased + stats.Delayed, stats.DeadLetters, stats.DeadLettered));
    }

    [Fact]
    public async Task A_permanent_failure_is_dead_lettered_at_once_and_can_be_requeued()
    {
        await _queue.EnqueueAsync(["not json", "fine"]);
        var leases = await _queue.LeaseAsync(2);
        await _queue.FailAsync(leases[0], "line 1: not JSON", permanent: true);
        await _queue.AckAsync([leases[1]]);
        var dead = Assert.Single(await _queue.DeadLettersAsync(10));
        Assert.Equal("line 1: not JSON", dead.Reason);

        Assert.Equal(1, await _queue.RequeueAsync([dead.Id]));
        Assert.Empty(await _queue.DeadLettersAsync(10));
        var back = Assert.Single(await _queue.LeaseAsync(1));
        Assert.Equal(("not json", 1), (back.Body, back.Attempt));
        Assert.Equal(0, await _queue.RequeueAsync(null));
    }

    [Fact]
    public async Task A_message_whose_consumers_keep_dying_is_dead_lettered_after_its_attempts()
    {
        await _queue.EnqueueAsync(["kills its worker"]);
        for (var i = 0; i < Options.MaxAttempts; i++)
        {
            Assert.Single(await _queue.LeaseAsync(1));
            _clock.Advance(TimeSpan.FromSeconds(61));
        }
        Assert.Empty(await _queue.LeaseAsync(1));
        Assert.Contains("never acknowledged", Assert.Single(await _queue.DeadLettersAsync(10)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_survive_reopening_and_the_lag_is_the_age_of_the_oldest_ready_one()
    {
        await _queue.EnqueueAsync(["a"]);
        _clock.Advance(TimeSpan.FromSeconds(30));
        await _queue.EnqueueAsync(["b"]);
        await _queue.DisposeAsync();
        _queue = new SqliteWorkQueue(Path, Options, _clock);
        await _queue.InitializeAsync();
        var stats = await _queue.StatsAsync();
        Assert.Equal((2L, TimeSpan.FromSeconds(30)), (stats.Ready, stats.Lag));
        Assert.Throws<ArgumentException>(() => new SqliteWorkQueue(_folder));
        Assert.Throws<ArgumentException>(() => new QueueOptions { MaxAttempts = 0 }.Validate());
    }

    [Fact]
    public async Task Messages_given_back_untried_come_back_after_the_delay_without_spending_an_attempt()
    {
        await _queue.EnqueueAsync(["a"]);
        for (var i = 0; i < 10; i++)
        {
            var lease = Assert.Single(await _queue.LeaseAsync(1));
            Assert.Equal(1, lease.Attempt);
            await _queue.ReleaseAsync([lease], TimeSpan.FromSeconds(30));
            Assert.Empty(await _queue.LeaseAsync(1));
            _clock.Advance(TimeSpan.FromSeconds(30));
        }
        Assert.Empty(await _queue.DeadLettersAsync(10));
    }
}
