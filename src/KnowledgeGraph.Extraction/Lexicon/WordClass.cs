namespace KnowledgeGraph.Extraction.Lexicon;

/// <summary>
/// What the dictionary's entries make of a word: a verb where an entry's morphological field says so (Ayaspell lists
/// every verb form with «po:verb»), anything else otherwise; a word read through several entries may be both.
/// </summary>
[Flags]
internal enum WordClass
{
    None = 0,
    Verb = 1,
    Other = 2,
}
