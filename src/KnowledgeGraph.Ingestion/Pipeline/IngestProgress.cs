namespace KnowledgeGraph.Ingestion.Pipeline;

/// <summary>Where an ingest run stands; <see cref="Elapsed"/> is wall-clock time since it began.</summary>
public sealed record IngestProgress(long Read, long Ingested, long Duplicates, long Rejected, TimeSpan Elapsed, long BytesRead, long? BytesTotal)
{
    /// <summary>Time the store spent writing, summed over batches (writes overlap the next batch's extraction).</summary>
    public TimeSpan Writing { get; init; }

    public double Rate => Elapsed.TotalSeconds > 0 ? Read / Elapsed.TotalSeconds : 0;
}
