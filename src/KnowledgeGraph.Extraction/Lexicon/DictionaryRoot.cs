namespace KnowledgeGraph.Extraction.Lexicon;

/// <summary>A word of the list: the flags of the affixes it takes, and what its entries say it is (homonyms merged).</summary>
internal readonly record struct DictionaryRoot(int[] Flags, WordClass Class);
