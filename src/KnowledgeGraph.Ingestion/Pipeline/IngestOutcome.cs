namespace KnowledgeGraph.Ingestion.Pipeline;

public enum IngestStatus { Ingested, Duplicate, Rejected, Queued }

/// <summary>What became of one submitted article; <see cref="Reason"/> says why it was rejected.</summary>
public sealed record IngestOutcome(string? Id, IngestStatus Status, string? Reason);
