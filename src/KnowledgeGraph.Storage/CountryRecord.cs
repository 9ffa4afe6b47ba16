namespace KnowledgeGraph.Storage;

public sealed record CountryRecord(string Code, string Name, string NameAr);
