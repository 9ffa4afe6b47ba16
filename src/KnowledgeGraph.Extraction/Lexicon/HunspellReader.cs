using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Lexicon;

/// <summary>
/// Reads a Hunspell affix file and word list, folding every word, affix and condition as extraction folds text. Flags
/// become small numbers; a flag alias (AF) stands for its set wherever a word or an affix names it.
/// </summary>
internal static class HunspellReader
{
    public static (Dictionary<string, DictionaryRoot> Roots, List<Affix> Prefixes, List<Affix> Suffixes) Read(TextReader affixFile, TextReader wordFile)
    {
        var flagIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var aliases = new List<int[]>();
        var morphology = new List<string>();
        var longFlags = false;
        var prefixes = new List<Affix>();
        var suffixes = new List<Affix>();
        var cross = new Dictionary<(string Kind, string Flag), bool>();
        var lineNumber = 0;
        var file = "Affix file";

        // Where the affix file defines aliases (AF), words and affixes name their flags by alias number.
        int[] Flags(string text)
        {
            if (aliases.Count > 0)
            {
                return int.TryParse(text, out var alias) && alias >= 1 && alias <= aliases.Count
                    ? aliases[alias - 1]
                    : throw new FormatException($"{file}: flag alias '{text}' is not one of the {aliases.Count} aliases (line {lineNumber}).");
            }
            return Literal(text);
        }

        int[] Literal(string text)
        {
            var step = longFlags ? 2 : 1;
            var ids = new List<int>();
            for (var i = 0; i + step <= text.Length; i += step)
            {
                ids.Add(Id(text.Substring(i, step)));
            }
            return [.. ids];
        }

        int Id(string flag)
        {
            if (!flagIds.TryGetValue(flag, out var id))
            {
                flagIds[flag] = id = flagIds.Count;
            }
            return id;
        }

        while (affixFile.ReadLine() is { } line)
        {
            lineNumber++;
            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || parts[0].StartsWith('#'))
            {
                continue;
            }
            switch (parts[0])
            {
                case "FLAG" when parts[1] == "long":
                    longFlags = true;
                    break;
                case "FLAG":
                    throw new FormatException($"Affix file: flag type '{parts[1]}' is not supported, only 'long' and single letters (line {lineNumber}).");
                case "AF" when !int.TryParse(parts[1], out _):
                    aliases.Add(Literal(parts[1]));
                    break;
                case "AM" when !int.TryParse(parts[1], out _):
                    morphology.Add(string.Join(' ', parts.Skip(1)));
                    break;
                case "PFX" or "SFX" when parts.Length == 4 && parts[2] is "Y" or "N":
                    cross[(parts[0], parts[1])] = parts[2] == "Y";
                    break;
                case "PFX" or "SFX" when parts.Length >= 5:
                    var kind = parts[0];
                    var slash = parts[3].IndexOf('/', StringComparison.Ordinal);
                    var add = slash < 0 ? parts[3] : parts[3][..slash];
                    var rule = new Affix(
                        Id(parts[1]),
                        cross.GetValueOrDefault((kind, parts[1])),
                        Word(parts[2]),
                        Word(add),
                        slash < 0 ? [] : Flags(parts[3][(slash + 1)..]),
                        AffixCondition.Parse(parts[4], Word));
                    (kind == "PFX" ? prefixes : suffixes).Add(rule);
                    break;
            }
        }

        var roots = new Dictionary<string, DictionaryRoot>(StringComparer.Ordinal);
        lineNumber = 0;
        file = "Word list";
        while (wordFile.ReadLine() is { } line)
        {
            lineNumber++;
            var columns = line.Split('\t', 2);
            var entry = columns[0].Trim();
            if (lineNumber == 1 && int.TryParse(entry, out _) || entry.Length == 0)
            {
                continue;
            }
            var slash = entry.IndexOf('/', StringComparison.Ordinal);
            // «ترکمنستان»: an entry spelt with a Persian letter is a slip in an Arabic word list; folded, it would make the
            // dictionary know a name it never listed.
            if (entry.AsSpan(0, slash < 0 ? entry.Length : slash).IndexOfAny(Orthography.PersianAndKurdishLetters) >= 0)
            {
                continue;
            }
            var word = Word(slash < 0 ? entry : entry[..slash]);
            if (word.Length == 0)
            {
                continue;
            }
            var flags = slash < 0 ? [] : Flags(entry[(slash + 1)..]);
            var fields = columns.Length < 2 ? "" : columns[1].Trim();
            // Where the affix file defines morphological aliases (AM), an entry names its fields by alias number.
            if (morphology.Count > 0 && int.TryParse(fields, out var morph) && morph >= 1 && morph <= morphology.Count)
            {
                fields = morphology[morph - 1];
            }
            var kind = fields.Split(' ').Contains("po:verb") ? WordClass.Verb : WordClass.Other;
            // Homonyms («قال» the verb and the noun) carry their flags and classes together.
            roots[word] = roots.TryGetValue(word, out var earlier) ? new DictionaryRoot([.. earlier.Flags.Union(flags)], earlier.Class | kind) : new DictionaryRoot(flags, kind);
        }
        return (roots, prefixes, suffixes);
    }

    // "0" is Hunspell's empty affix.
    private static string Word(string text) => text == "0" ? "" : ArabicText.Normalize(text);
}
