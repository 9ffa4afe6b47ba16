namespace KnowledgeGraph.Ingestion.Pipeline;

/// <summary>Where an ingest run stands; <see cref="Elapsed"/> is wall-clock time since it began.</summary>
public sealed record IngestProgress(long Read, long Ingested, long Duplicates, long Rejected, TimeSpan Elapsed, long BytesRead, long? BytesTotal)
{
    public double Rate => Elapsed.TotalSeconds > 0 ? Read / Elapsed.TotalSeconds : 0;
}
