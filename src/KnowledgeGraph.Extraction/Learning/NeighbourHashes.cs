using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Learning;

/// <summary>
/// A word's share of its neighbours' context features (<see cref="NerFeatures"/>: the word or its stem one or two places
/// before or after a token, and the first half of the word pairs), hashed once per word rather than once per neighbour.
/// </summary>
internal sealed class NeighbourHashes
{
    private NeighbourHashes(string word, string stem)
    {
        Word = word;
        AsPrevious = FeatureHash.Of("w-1=", word);
        AsNext = FeatureHash.Of("w+1=", word);
        AsSecondPrevious = FeatureHash.Of("w-2=", word);
        AsSecondNext = FeatureHash.Of("w+2=", word);
        StemAsPrevious = FeatureHash.Of("s-1=", stem);
        StemAsNext = FeatureHash.Of("s+1=", stem);
        PairAsPrevious = FeatureHash.Pair("w-1w=", word);
        PairAsCurrent = FeatureHash.Pair("ww+1=", word);
    }

    /// <summary>Before a sentence's first token.</summary>
    public static NeighbourHashes Start { get; } = new("<s>", "-");

    /// <summary>After a sentence's last token.</summary>
    public static NeighbourHashes End { get; } = new("</s>", "-");

    /// <summary>The word as the features read it: normalised, or «P» and the mark for punctuation.</summary>
    public string Word { get; }

    public long AsPrevious { get; }

    public long AsNext { get; }

    public long AsSecondPrevious { get; }

    public long AsSecondNext { get; }

    public long StemAsPrevious { get; }

    public long StemAsNext { get; }

    /// <summary>The pair (this word, the token after it) as far as this word.</summary>
    public ulong PairAsPrevious { get; }

    /// <summary>The pair (this token, the word after it) as far as this token.</summary>
    public ulong PairAsCurrent { get; }

    public static NeighbourHashes Of(Token token) =>
        new(token.Kind == TokenKind.Punct ? "P" + token.Text : token.Norm, token.IsWord ? token.Forms[^1] : token.Text);
}
