using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.Extraction.Recognition;

/// <summary>A state referred to by name, nationality adjective or city, tokens [Start, End).</summary>
public sealed record CountryMention(int Start, int End, string Code, PlaceKind? Place, string? CityEn)
{
    public bool IsNationality => Place is null;

    public bool IsCity => Place is PlaceKind.Capital or PlaceKind.City;
}
