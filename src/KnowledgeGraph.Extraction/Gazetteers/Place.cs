namespace KnowledgeGraph.Extraction.Gazetteers;

/// <summary>What a place name may refer to: a state by name, or a city (a capital or another) with its English name.</summary>
public sealed record Place(string Code, PlaceKind Kind, string? CityEn);
