namespace KnowledgeGraph.Api.Schema;

/// <summary>An office and how many persons the store knows to have held it.</summary>
public sealed record OfficeSummary(string Key, string Title, string? TitleAr, string? Country, int Holders);
