using System.Text;
using KnowledgeGraph.Domain.Names;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Transliteration;

/// <summary>
/// Arabic names in their usual English spelling: public figures and known given names from the gazetteer, the rest
/// letter by letter.
/// </summary>
public static class Transliterator
{
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['ا'] = "a", ['ب'] = "b", ['ت'] = "t", ['ث'] = "th", ['ج'] = "j", ['ح'] = "h", ['خ'] = "kh", ['د'] = "d",
        ['ذ'] = "dh", ['ر'] = "r", ['ز'] = "z", ['س'] = "s", ['ش'] = "sh", ['ص'] = "s", ['ض'] = "d", ['ط'] = "t",
        ['ظ'] = "z", ['ع'] = "", ['غ'] = "gh", ['ف'] = "f", ['ق'] = "q", ['ك'] = "k", ['ل'] = "l", ['م'] = "m",
        ['ن'] = "n", ['ه'] = "h", ['و'] = "w", ['ي'] = "y", ['ء'] = "", ['ة'] = "a", ['ى'] = "a",
    };

    public static string ToLatin(string arabicName, Gazetteer gazetteer)
    {
        // "Albert Einstein" in an Arabic article is spelt as the article writes it, capitals and all.
        if (!arabicName.Any(ArabicText.IsArabicLetter))
        {
            return arabicName;
        }
        // A public figure is spelt as the English press spells them: «سيرغي لافروف» is Sergey Lavrov.
        if (gazetteer.PublicFigures.TryGet(Gazetteer.Key(arabicName), out var figure))
        {
            return figure;
        }
        var words = ArabicText.Normalize(arabicName).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A monarch's regnal number after the given name: «عبدالله الثاني» is Abdullah II, «محمد السادس» Mohammed VI, and a
        // foreign given name is spelt by rule («فيليبي السادس», Filibi VI, not "Filibi Al-Sads"); so is his son's lineage
        // («الحسين بن عبدالله الثاني», Al-Hussein bin Abdullah II).
        if (words.Length >= 2 && RegnalNumber.AtEnd(words.Length >= 3 ? words[^2] : null, words[^1]) is var (regnal, ordinalWords)
            && (words.Length - ordinalWords is 1 or 2 || words.Length - ordinalWords >= 3 && words[^(ordinalWords + 2)] is "بن" or "ابن" or "بنت"))
        {
            var name = string.Join(' ', words[..^ordinalWords]);
            return $"{(gazetteer.GivenNames.TryGetValue(name, out var given) ? given : ToLatin(name, gazetteer))} {RegnalNumber.ToRoman(regnal)}";
        }
        var parts = new List<string>(words.Length);
        // The article is written with a bare alif; «ألباريس», «ألينا» open with a hamza and are no «ال» + word.
        var written = arabicName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            var hamzaAl = written.Length == words.Length && written[i].Length > 2 && written[i][0] is 'أ' or 'إ' && written[i][1] == 'ل';
            if (w == "عبد" && i + 1 < words.Length && gazetteer.GivenNames.TryGetValue("عبد " + words[i + 1], out var compound))
            {
                parts.Add(compound);
                i++;
                continue;
            }
            // «عبد العاطي»: "Abdel" and the divine name without its article.
            if (w == "عبد" && i + 1 < words.Length && ArabicText.StartsWithArticle(words[i + 1]))
            {
                parts.Add("Abdel " + Word(Known(words[i + 1][2..], gazetteer)));
                i++;
                continue;
            }
            // «نصر الله», «فضل الله»: a compound surname with the divine name is one word in English (Nasrallah, Fadlallah).
            if (i + 1 < words.Length && words[i + 1] == "الله" && w != "عبد" && !ArabicText.StartsWithArticle(w) && w.Length > 1)
            {
                parts.Add(Word(Known(w, gazetteer)) + "allah");
                i++;
                continue;
            }
            parts.Add(w switch
            {
                "بن" => "bin",
                "ابن" => "ibn",
                "بنت" => "bint",
                "ابو" => "Abu",
                "ال" => "Al",
                // Mauritania's "son of", written Ould there.
                "ولد" when i > 0 && i + 1 < words.Length => "Ould",
                // The particles of European surnames before another word: «فون دير لاين» is von der Leyen.
                "فون" or "دي" or "دا" or "ديل" or "دوس" when i + 1 < words.Length => Particles[w],
                "دير" when i > 0 && words[i - 1] is "فون" or "فان" && i + 1 < words.Length => "der",
                "فان" when i + 1 < words.Length && i > 0 => "van",
                _ when gazetteer.GivenNames.TryGetValue(w, out var known) => known,
                _ when gazetteer.FigureSurnames.TryGetValue(w, out var surname) && surname is not null => Capitalized(surname),
                _ when ArabicText.StartsWithArticle(w) && !hamzaAl => "Al-" + Word(Known(w[2..], gazetteer)),
                _ => Word(Known(w, gazetteer)),
            });
        }
        return string.Join(' ', parts);
    }

    private static readonly Dictionary<string, string> Particles = new(StringComparer.Ordinal)
    {
        ["فون"] = "von", ["دي"] = "de", ["دا"] = "da", ["ديل"] = "del", ["دوس"] = "dos",
    };

    private static string Capitalized(string w) => char.ToUpperInvariant(w[0]) + w[1..];

    private static string Known(string w, Gazetteer g) => g.GivenNames.TryGetValue(w, out var en) ? en : w;

    private static string Word(string w)
    {
        if (w.Length == 0 || w[0] < '\u0600')
        {
            return w;
        }
        var sb = new StringBuilder();
        var previousConsonant = false;
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var vowel = c is 'ا' or 'ى' || c is 'و' or 'ي' && i > 0;
            var latin = c switch
            {
                'و' when i > 0 => "ou",
                'ي' when i > 0 => "i",
                'ه' when i == w.Length - 1 => "a",
                'ع' when i == w.Length - 1 || i == 0 => "a",
                'ع' => "",
                _ => Letters.GetValueOrDefault(c, ""),
            };
            // Arabic does not write short vowels: an "a" between the first two consonants reads as names usually
            // are spelt (خطاب → Khatab, الصفدي → Safadi), far closer than a bare consonant cluster.
            if (!vowel && previousConsonant && i == 1 && latin.Length > 0)
            {
                sb.Append('a');
            }
            sb.Append(latin);
            if (latin.Length > 0)
            {
                previousConsonant = !vowel;
            }
        }
        var s = sb.ToString();
        return s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
    }
}
