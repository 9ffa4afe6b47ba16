namespace KnowledgeGraph.Extraction.Gazetteers;

public enum PlaceKind { Country, Capital, City }
