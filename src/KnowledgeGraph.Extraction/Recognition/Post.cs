using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Extraction.Recognition;

/// <summary>One office title as written (nationality adjective left out), with its English form and country if stated.</summary>
public sealed record Post(string Title, string TitleEn, string Head, string? Country, TextSpan Span)
{
    /// <summary>A monarch's title, after which a regnal number belongs to the name («الملك عبد الله الثاني»).</summary>
    public bool IsMonarchs => Head is "King" or "Queen" or "Sultan" or "Pope" or "Emir" or "Emperor" or "Empress" or "Shah";
}
