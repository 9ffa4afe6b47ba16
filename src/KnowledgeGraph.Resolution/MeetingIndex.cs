using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Resolution;

/// <summary>
/// The meetings the graph already knows, by their participants: a meeting reported again (the same persons, dates
/// agreeing within their precision) gets the known key, so that it is one node with every article as provenance.
/// </summary>
public sealed class MeetingIndex
{
    private readonly Dictionary<string, List<(string Key, PartialDate? Date)>> _byParticipants = new(StringComparer.Ordinal);

    public string? Find(IEnumerable<string> participants, PartialDate? date)
    {
        if (!_byParticipants.TryGetValue(Signature(participants), out var known))
        {
            return null;
        }
        foreach (var (key, knownDate) in known)
        {
            // Without a date on either side there is nothing to tell two encounters of the same people apart.
            if (date is null && knownDate is null || date is { } d && knownDate is { } k && k.Agrees(d))
            {
                return key;
            }
        }
        return null;
    }

    public void Add(string key, IEnumerable<string> participants, PartialDate? date)
    {
        var signature = Signature(participants);
        if (!_byParticipants.TryGetValue(signature, out var list))
        {
            _byParticipants[signature] = list = [];
        }
        if (!list.Any(e => e.Key == key))
        {
            list.Add((key, date));
        }
    }

    private static string Signature(IEnumerable<string> participants) => string.Join('|', participants.Distinct().Order(StringComparer.Ordinal));
}
