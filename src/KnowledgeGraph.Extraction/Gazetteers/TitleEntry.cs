namespace KnowledgeGraph.Extraction.Gazetteers;

/// <summary>
/// A title word or phrase; <see cref="Country"/> is set for posts only one state has ("Secretary of State"). A title the
/// rules read but the tagger does not (<see cref="RulesOnly"/>) leaves the trained model as it is.
/// </summary>
public sealed record TitleEntry(string Form, string English, TitleKind Kind, string? Country = null, bool RulesOnly = false);
