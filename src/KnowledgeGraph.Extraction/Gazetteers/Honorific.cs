namespace KnowledgeGraph.Extraction.Gazetteers;

/// <summary>A word that precedes a name and belongs to neither the name nor an office.</summary>
public sealed record Honorific(string Form, string English, HonorificKind Kind);
