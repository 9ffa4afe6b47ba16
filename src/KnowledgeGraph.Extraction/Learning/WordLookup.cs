using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Learning;

/// <summary>
/// What the gazetteers know of a word by itself: the part of a token's gazetteer features that does not depend on its
/// neighbours, which a tagger keeps per word. (Which phrase lists a word may start, the spelling keeps for every list:
/// <see cref="PhraseIndex{T}.MayStartWith"/>.)
/// </summary>
internal readonly record struct WordLookup(NerFeatures.Known Flags)
{
    public static WordLookup Of(Token t, Gazetteer g)
    {
        if (!t.IsWord)
        {
            return default;
        }
        var known = NerFeatures.Known.None;
        // An Arabic word the dictionary does not know is most often a name, foreign names above all («رامسفيلد»).
        if (!t.IsLatin && t.Kind != TokenKind.Number && t.Norm.Length > 1 && t.Norm.All(ArabicText.IsArabicLetter) && !g.Lexicon.Knows(t.Norm))
        {
            known |= NerFeatures.Known.Unlisted;
        }
        // A word the dictionary lists only as a verb («يلتقي», «وأكد»), alone or after its proclitics, is seldom a name
        // and often says one is near.
        if (!t.IsLatin && t.Kind != TokenKind.Number && t.Norm.Length > 1 && t.Forms.Any(g.Lexicon.IsListedOnlyAsVerb))
        {
            known |= NerFeatures.Known.Verb;
        }
        foreach (var f in t.Forms)
        {
            if (g.TaggerGivenNames.Contains(f))
            {
                known |= NerFeatures.Known.Given;
            }
            if (g.CoreArabicStopWords.Contains(f))
            {
                known |= NerFeatures.Known.Stop;
            }
            if (g.TaggerFigureSurnames.Contains(f))
            {
                known |= NerFeatures.Known.Surname;
            }
        }
        return new WordLookup(known);
    }
}
