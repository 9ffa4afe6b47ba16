using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Learning;

/// <summary>
/// What the gazetteers know of a word by itself, and which phrase lists have an entry that starts with it: the part of a
/// token's gazetteer features that does not depend on its neighbours. A tagger keeps it per word, and matches a list's
/// phrases only at the words that may start one; most words start none, and each match is several look-ups.
/// </summary>
internal readonly record struct WordLookup(NerFeatures.Known Flags, WordLookup.Lists Starts)
{
    [Flags]
    internal enum Lists : byte
    {
        None = 0, Honorific = 1, Title = 2, Place = 4, Nationality = 8, Figure = 16, Organisation = 32,
    }

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
            if (g.GivenNames.ContainsKey(f))
            {
                known |= NerFeatures.Known.Given;
            }
            if (g.ArabicStopWords.Contains(f))
            {
                known |= NerFeatures.Known.Stop;
            }
            if (g.FigureSurnames.ContainsKey(f))
            {
                known |= NerFeatures.Known.Surname;
            }
        }
        var starts = Lists.None;
        Mark(g.Honorifics.MayStartWith(t), Lists.Honorific);
        Mark(g.TaggerTitles.MayStartWith(t), Lists.Title);
        Mark(g.Places.MayStartWith(t), Lists.Place);
        Mark(g.Nationalities.MayStartWith(t), Lists.Nationality);
        Mark(g.PublicFigures.MayStartWith(t), Lists.Figure);
        Mark(g.Organisations.MayStartWith(t), Lists.Organisation);
        return new WordLookup(known, starts);

        void Mark(bool may, Lists list) => starts |= may ? list : Lists.None;
    }
}
