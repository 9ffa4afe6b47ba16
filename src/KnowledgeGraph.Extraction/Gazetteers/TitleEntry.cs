namespace KnowledgeGraph.Extraction.Gazetteers;

public sealed record TitleEntry(string Form, string English, TitleKind Kind);
