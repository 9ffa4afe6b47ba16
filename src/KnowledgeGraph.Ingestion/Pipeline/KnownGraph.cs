using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Resolution;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Ingestion.Pipeline;

/// <summary>
/// What resolution must know of the store (its persons and meetings), kept between batches by a long-lived ingester
/// (a worker, the API): read whole once, then brought up to date from the store's change feed, which also names what
/// other writers added meanwhile. One ingest at a time uses it (<see cref="UseAsync"/>), under the store's writer lease.
/// </summary>
public sealed class KnownGraph : IDisposable
{
    /// <summary>How long a writer that died keeps others waiting: longer than any batch takes to resolve and write.</summary>
    public static readonly TimeSpan WriterLease = TimeSpan.FromSeconds(30);

    private readonly string _holder = Guid.NewGuid().ToString("N");

    private readonly SemaphoreSlim _gate = new(1, 1);
    private GraphResolver? _resolver;
    private PersonIndex _persons = new();
    private MeetingIndex _meetings = new();
    private long _position;

    /// <summary>Runs <paramref name="work"/> with a resolver that knows everything committed before it started.</summary>
    public async Task<T> UseAsync<T>(IGraphStore store, Func<GraphResolver, Task<T>> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Other processes write too: under the store's writer lease, catching up shows all they committed.
            await using var lease = await store.LockWritesAsync(_holder, WriterLease, cancellationToken);
            await CatchUpAsync(store, cancellationToken);
            return await work(_resolver!);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task CatchUpAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        if (_resolver is null)
        {
            // The position first: whatever is committed while the store is read comes again from the feed, harmlessly.
            _position = await store.LastChangeAsync(cancellationToken);
            (_persons, _meetings) = await ReadAsync(store, cancellationToken);
            _resolver = new GraphResolver(Gazetteer.Default, _persons, _meetings);
        }
        while (await store.ChangesAfterAsync(_position, 1_000, cancellationToken) is { Count: > 0 } changes)
        {
            var persons = changes.Where(c => c.Kind == ChangeRecord.Person).Select(c => c.Key).ToList();
            foreach (var p in await store.PersonsByKeysAsync(persons, cancellationToken))
            {
                _persons.Add(p.Key, p.Name, KnownForms(p), p.Countries);
            }
            // Persons another writer named again gained names there: take them as they stand now.
            foreach (var change in changes.Where(c => c.Kind == ChangeRecord.Article))
            {
                foreach (var p in await store.PersonsOfArticleAsync(change.Key, cancellationToken))
                {
                    _persons.Add(p.Key, p.Name, KnownForms(p), p.Countries);
                }
            }
            foreach (var change in changes.Where(c => c.Kind == ChangeRecord.Meeting))
            {
                if (await store.FindMeetingAsync(change.Key, cancellationToken) is { } meeting)
                {
                    Add(_meetings, meeting);
                }
            }
            _position = changes[^1].Sequence;
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>
    /// The forms a stored person is recognised by: its aliases and its English name, as the resolver itself records
    /// them, so that a resolver read back from the store decides as the one that wrote it did.
    /// </summary>
    public static IEnumerable<string> KnownForms(PersonRecord p) =>
        p.NameEn is { Length: > 0 } en && en != p.Name ? p.Aliases.Append(en) : p.Aliases;

    /// <summary>Every person and meeting the store holds now, as resolution indexes them.</summary>
    public static async Task<(PersonIndex Persons, MeetingIndex Meetings)> ReadAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var (persons, meetings) = (new PersonIndex(), new MeetingIndex());
        await foreach (var p in store.PersonsAsync(cancellationToken))
        {
            persons.Add(p.Key, p.Name, KnownForms(p), p.Countries);
        }
        await foreach (var m in store.MeetingsAsync(cancellationToken))
        {
            Add(meetings, m);
        }
        return (persons, meetings);
    }

    private static void Add(MeetingIndex meetings, MeetingRecord m)
    {
        if (m.Participants.Count > 0)
        {
            meetings.Add(m.Key, m.Participants, PartialDate.TryParse(m.Date, out var d) ? d : null);
        }
    }
}
