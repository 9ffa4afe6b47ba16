namespace KnowledgeGraph.Queue.Sqlite.Tests;

/// <summary>Time that moves only when the test says, so that leases and backoffs are tested without sleeping.</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
