namespace KnowledgeGraph.Api.Feed;

/// <summary>
/// The events of the hub that <paramref name="select"/> keeps, as the observable a GraphQL subscription field returns.
/// Each observer gets its own registration, made when it subscribes.
/// </summary>
public sealed class EventStream<T>(EventHub hub, Func<GraphEvent, T?> select) : IObservable<T>
    where T : class
{
    public IDisposable Subscribe(IObserver<T> observer)
    {
        var (events, registration) = hub.Register();
        var stop = new CancellationTokenSource();
        _ = Task.Run(async () =>
        {
            try
            {
                await foreach (var e in events.ReadAllAsync(stop.Token))
                {
                    if (select(e) is { } value)
                    {
                        observer.OnNext(value);
                    }
                }
                observer.OnCompleted();
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The observer unsubscribed.
            }
            catch (Exception e)
            {
                observer.OnError(e);
            }
            finally
            {
                registration.Dispose();
            }
        });
        return new Unsubscriber(stop, registration);
    }

    private sealed class Unsubscriber(CancellationTokenSource stop, IDisposable registration) : IDisposable
    {
        public void Dispose()
        {
            stop.Cancel();
            registration.Dispose();
        }
    }
}
