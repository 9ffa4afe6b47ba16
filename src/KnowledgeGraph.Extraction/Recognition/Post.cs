using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Extraction.Recognition;

/// <summary>One office title as written (nationality adjective left out), with its English form and country if stated.</summary>
public sealed record Post(string Title, string TitleEn, string Head, string? Country, TextSpan Span);
