namespace KnowledgeGraph.Storage;

/// <summary>A person holding an office, as the articles show it: first and last publication dates that report it.</summary>
public sealed record OfficeTermRecord(string OfficeKey, string Title, string? TitleAr, string? Country, string PersonKey, string FirstSeen, string LastSeen);
