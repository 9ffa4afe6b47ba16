using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Extraction.Dates;

/// <summary>A date expression found in the text, tokens [Start, End), resolved against the published date.</summary>
public sealed record DateMention(int Start, int End, PartialDate Date);
