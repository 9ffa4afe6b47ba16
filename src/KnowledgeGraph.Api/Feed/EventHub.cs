using System.Threading.Channels;

namespace KnowledgeGraph.Api.Feed;

/// <summary>
/// Hands every event to every subscription through a bounded buffer of its own. Publishing never waits: a subscription
/// whose buffer is full is ended with <see cref="SubscriberFellBehindException"/>, so one slow reader slows no one.
/// </summary>
public sealed class EventHub(ChangeFeedOptions options)
{
    private readonly Lock _gate = new();
    private readonly List<Channel<GraphEvent>> _subscriptions = [];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _subscriptions.Count;
            }
        }
    }

    /// <summary>
    /// Registers a subscription at once (events published after this call are in its buffer) and gives its events;
    /// disposing the registration ends it.
    /// </summary>
    public (ChannelReader<GraphEvent> Events, IDisposable Registration) Register()
    {
        var channel = Channel.CreateBounded<GraphEvent>(new BoundedChannelOptions(options.BufferPerSubscription) { SingleReader = true, SingleWriter = true });
        lock (_gate)
        {
            _subscriptions.Add(channel);
        }
        return (channel.Reader, new Registration(this, channel));
    }

    private sealed class Registration(EventHub hub, Channel<GraphEvent> channel) : IDisposable
    {
        public void Dispose()
        {
            hub.Remove(channel);
            channel.Writer.TryComplete();
        }
    }

    /// <summary>Called by one publisher (the follower) at a time.</summary>
    public void Publish(GraphEvent e)
    {
        Channel<GraphEvent>[] targets;
        lock (_gate)
        {
            targets = [.. _subscriptions];
        }
        foreach (var channel in targets)
        {
            if (!channel.Writer.TryWrite(e))
            {
                channel.Writer.TryComplete(new SubscriberFellBehindException(options.BufferPerSubscription));
                Telemetry.ApiTelemetry.SubscribersDropped.Add(1);
                Remove(channel);
            }
        }
    }

    private void Remove(Channel<GraphEvent> channel)
    {
        lock (_gate)
        {
            _subscriptions.Remove(channel);
        }
    }
}
