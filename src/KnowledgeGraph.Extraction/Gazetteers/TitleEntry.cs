namespace KnowledgeGraph.Extraction.Gazetteers;

/// <summary>A title word or phrase; <see cref="Country"/> is set for posts only one state has ("Secretary of State").</summary>
public sealed record TitleEntry(string Form, string English, TitleKind Kind, string? Country = null);
