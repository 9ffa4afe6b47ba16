using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Extraction.Meetings;

/// <summary>A word that reports an encounter, tokens [Start, End).</summary>
public sealed record Trigger(int Start, int End, MeetingKind Kind);
