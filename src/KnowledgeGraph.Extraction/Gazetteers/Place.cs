namespace KnowledgeGraph.Extraction.Gazetteers;

/// <summary>
/// What a place name may refer to: a state by name, or a city (a capital or another) with its English name;
/// <see cref="Landmark"/> when the name is a seat of power standing for its city («قصر اليمامة», "Downing Street");
/// <see cref="RulesOnly"/> when the tagger's place feature leaves the name out (the cities added after its training).
/// </summary>
public sealed record Place(string Code, PlaceKind Kind, string? CityEn, bool Landmark = false, bool RulesOnly = false);
