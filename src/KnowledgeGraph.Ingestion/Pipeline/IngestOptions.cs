namespace KnowledgeGraph.Ingestion.Pipeline;

/// <summary>How `kg ingest` batches and where it puts rejected lines. Defaults: 500 articles a transaction, 1 MB of text an article.</summary>
public sealed record IngestOptions
{
    public int BatchSize { get; init; } = 500;

    public int MaxTextChars { get; init; } = Input.ArticleParser.DefaultMaxTextChars;

    /// <summary>A JSON line per rejected input line: source, line number, id when known, reason.</summary>
    public required string RejectsPath { get; init; }

    /// <summary>Where the run records how far it has committed (`--resume` reads it); none by default.</summary>
    public string? CheckpointPath { get; init; }

    /// <summary>Skip what the checkpoint says was committed by an earlier run of the same inputs.</summary>
    public bool Resume { get; init; }

    public void Validate()
    {
        if (BatchSize is < 1 or > 100_000)
        {
            throw new ArgumentException($"--batch-size must be between 1 and 100000, not {BatchSize}.");
        }
        if (MaxTextChars < 1)
        {
            throw new ArgumentException("The text limit must be positive.");
        }
        if (Resume && CheckpointPath is null)
        {
            throw new ArgumentException("--resume needs a checkpoint file.");
        }
        if (string.IsNullOrWhiteSpace(RejectsPath))
        {
            throw new ArgumentException("--rejects needs a file path.");
        }
    }
}
