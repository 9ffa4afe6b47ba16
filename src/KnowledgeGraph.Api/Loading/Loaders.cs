using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Loading;

/// <summary>The batch loaders of one request: a level of the response costs one store call per kind of thing it needs.</summary>
public sealed class Loaders(StoreSession session)
{
    public BatchLoader<PersonRecord?> Persons { get; } = new(async (keys, ct) =>
        (await (await session.GetAsync(ct)).PersonsByKeysAsync(keys, ct)).ToDictionary(p => p.Key, p => (PersonRecord?)p, StringComparer.Ordinal), null);

    public BatchLoader<IReadOnlyList<CounterpartRecord>> CounterpartsOfPerson { get; } = new(async (keys, ct) =>
    {
        var counterparts = await (await session.GetAsync(ct)).CounterpartsOfAsync(keys, ct);
        return counterparts.GroupBy(c => c.PersonKey).ToDictionary(g => g.Key, g => (IReadOnlyList<CounterpartRecord>)[.. g], StringComparer.Ordinal);
    }, []);

    public BatchLoader<IReadOnlyList<ReportRecord>> ReportsOfMeeting { get; } = new(async (keys, ct) =>
    {
        var reports = await (await session.GetAsync(ct)).ReportsOfMeetingsAsync(keys, ct);
        return reports.GroupBy(r => r.MeetingKey).ToDictionary(g => g.Key, g => (IReadOnlyList<ReportRecord>)[.. g], StringComparer.Ordinal);
    }, []);

    private readonly Dictionary<(string? From, string? To, int First, string? After), BatchLoader<MeetingPage>> _meetingPages = [];

    /// <summary>
    /// Pages of persons' meetings, one loader per set of page arguments: the persons of one level ask with the same
    /// arguments, so the level costs one store call.
    /// </summary>
    public BatchLoader<MeetingPage> MeetingPagesOfPerson(string? from, string? to, int first, string? after)
    {
        lock (_meetingPages)
        {
            if (!_meetingPages.TryGetValue((from, to, first, after), out var loader))
            {
                _meetingPages[(from, to, first, after)] = loader = new(async (keys, ct) =>
                    await (await session.GetAsync(ct)).MeetingPagesOfPersonsAsync(keys, from, to, first, after, ct), new MeetingPage([], 0, false));
            }
            return loader;
        }
    }

    public BatchLoader<IReadOnlyList<OfficeTermRecord>> OfficesOfPerson { get; } = new(async (keys, ct) =>
    {
        var terms = await (await session.GetAsync(ct)).OfficeTermsOfAsync(keys, ct);
        return terms.GroupBy(t => t.PersonKey).ToDictionary(g => g.Key, g => (IReadOnlyList<OfficeTermRecord>)[.. g], StringComparer.Ordinal);
    }, []);
}
