namespace KnowledgeGraph.Extraction.Gazetteers;

/// <summary>How a title word combines: a head takes a complement, a complete title stands alone, a modifier qualifies the next title.</summary>
public enum TitleKind { Head, Complete, Modifier }
