using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Loading;

/// <summary>The batch loaders of one request: a level of the response costs one store call per kind of thing it needs.</summary>
public sealed class Loaders(StoreSession session)
{
    public BatchLoader<PersonRecord?> Persons { get; } = new(async (keys, ct) =>
        (await (await session.GetAsync(ct)).PersonsByKeysAsync(keys, ct)).ToDictionary(p => p.Key, p => (PersonRecord?)p, StringComparer.Ordinal), null);

    public BatchLoader<IReadOnlyList<MeetingRecord>> MeetingsOfPerson { get; } = new(async (keys, ct) =>
    {
        var meetings = await (await session.GetAsync(ct)).MeetingsOfPersonsAsync(keys, ct);
        return keys.ToDictionary(k => k, k => (IReadOnlyList<MeetingRecord>)[.. meetings.Where(m => m.Participants.Contains(k))], StringComparer.Ordinal);
    }, []);

    public BatchLoader<IReadOnlyList<OfficeTermRecord>> OfficesOfPerson { get; } = new(async (keys, ct) =>
    {
        var terms = await (await session.GetAsync(ct)).OfficeTermsOfAsync(keys, ct);
        return terms.GroupBy(t => t.PersonKey).ToDictionary(g => g.Key, g => (IReadOnlyList<OfficeTermRecord>)[.. g], StringComparer.Ordinal);
    }, []);
}
