namespace KnowledgeGraph.Extraction.Lexicon;

/// <summary>
/// One prefix or suffix rule of a Hunspell affix file: remove <see cref="Add"/> from a word, put back
/// <see cref="Strip"/>, and the root must carry <see cref="Flag"/> and meet <see cref="Condition"/>.
/// </summary>
internal sealed record Affix(int Flag, bool Cross, string Strip, string Add, int[] Continuation, AffixCondition Condition)
{
    public bool Continues(int flag) => Array.IndexOf(Continuation, flag) >= 0;
}
