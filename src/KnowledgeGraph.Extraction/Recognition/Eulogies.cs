using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Recognition;

/// <summary>
/// «طيب الله ثراه», «رحمه الله», «رضي الله عنه», «عليه السلام», «حفظه الله»: the formulas Arabic writes right after the name
/// of the dead, of a prophet or a companion, or of a living ruler. They end the name before them («الملك الحسين طيب الله
/// ثراه» is «الحسين»).
/// </summary>
internal static class Eulogies
{
    // Each formula's words, normalised, by its first word: asked at every word of every name, so looked up, not scanned.
    private static readonly Dictionary<string, string[][]> ByFirstWord = new[]
    {
        "طيب الله ثراه", "طيب الله ثراها", "رحمه الله", "رحمها الله", "رحمهما الله", "رحمهم الله", "يرحمه الله", "يرحمها الله",
        "غفر الله له", "غفر الله لها", "رضي الله عنه", "رضي الله عنها", "رضي الله عنهما", "رضي الله عنهم", "كرم الله وجهه",
        "قدس سره", "قدس الله سره", "عليه السلام", "عليها السلام", "عليهم السلام", "عليه الصلاة والسلام", "صلى الله عليه وسلم",
        "صلى الله عليه وآله وسلم", "حفظه الله", "حفظها الله", "حفظهم الله", "رعاه الله", "أيده الله", "نصره الله", "أطال الله عمره",
        "أطال الله بقاءه",
    }.Select(p => p.Split(' ').Select(ArabicText.Normalize).ToArray())
        .GroupBy(words => words[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    /// <summary>Whether a eulogy starts at token <paramref name="k"/>.</summary>
    public static bool StartAt(IReadOnlyList<Token> tokens, int k)
    {
        if (!ByFirstWord.TryGetValue(tokens[k].Norm, out var phrases))
        {
            return false;
        }
        foreach (var words in phrases)
        {
            var i = 1;
            while (i < words.Length && k + i < tokens.Count && tokens[k + i].Norm == words[i])
            {
                i++;
            }
            if (i == words.Length)
            {
                return true;
            }
        }
        return false;
    }
}
