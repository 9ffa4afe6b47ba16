namespace KnowledgeGraph.Ingestion.Worker;

/// <summary>What a worker has done since it started.</summary>
public sealed record WorkerProgress(long Ingested, long Duplicates, long DeadLettered, long Retried);
