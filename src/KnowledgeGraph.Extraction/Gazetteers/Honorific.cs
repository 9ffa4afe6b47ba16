namespace KnowledgeGraph.Extraction.Gazetteers;

/// <summary>
/// A courtesy form or rank that precedes a name; <see cref="Royal"/> marks Prince/الأمير, which can also name an emir;
/// <see cref="Memorial"/> marks what is said of the dead («الشهيد», «الراحل»).
/// </summary>
public sealed record Honorific(string Form, string English, bool IsRank, bool Royal, bool Memorial = false);
