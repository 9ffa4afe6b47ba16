namespace KnowledgeGraph.Extraction.Gazetteers;

/// <summary>
/// What a word before a name is: a courtesy form, a military rank, a royal style (Prince/الأمير, which can also name an
/// emir), what is said of the dead («الشهيد», «الراحل»), or a profession («اللاعب», «الصحفي») that is no office.
/// </summary>
public enum HonorificKind { Honorific, Rank, Royal, Memorial, Profession }
