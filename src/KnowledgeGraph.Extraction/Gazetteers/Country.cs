namespace KnowledgeGraph.Extraction.Gazetteers;

/// <summary>A state as the gazetteer knows it: ISO code, names, and capital.</summary>
public sealed record Country(string Code, string NameEn, string NameAr, string? CapitalEn);
