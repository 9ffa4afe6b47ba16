using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Which meetings a listing returns (null means any): attended by <see cref="Participant"/>; held in
/// <see cref="Country"/> or attended by its delegation (held there only, with <see cref="HeldInOnly"/>); dated within
/// [<see cref="From"/>, <see cref="To"/>] (YYYY, YYYY-MM or YYYY-MM-DD; a meeting dated to the month is within a range
/// that overlaps that month); of <see cref="Kind"/>.
/// </summary>
public sealed record MeetingFilter(
    string? Participant = null, string? Country = null, bool HeldInOnly = false, string? From = null, string? To = null, MeetingKind? Kind = null);
