using KnowledgeGraph.Domain.Names;
using KnowledgeGraph.Extraction.Caching;
using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Gazetteers;

/// <summary>The world knowledge extraction relies on, loaded once from the embedded data files.</summary>
public sealed class Gazetteer
{
    // The rules ask for the key of the same names and titles many times an article: each is tokenized once. First, as
    // the static fields after it already ask for keys.
    private static readonly BoundedMemo<string, string> Keys = new(Tokenizer.KeptSpellings, StringComparer.Ordinal);

    // Derived adjectives that are ordinary words far more often than nationalities («مالي» is "financial").
    private static readonly HashSet<string> AmbiguousNisba = new(StringComparer.Ordinal) { "مالي", "غاني", "جورجي", "كوبي" };

    private static readonly Lazy<Gazetteer> Instance = new(() => new Gazetteer());

    public static Gazetteer Default => Instance.Value;

    public IReadOnlyDictionary<string, Country> Countries { get; }

    /// <summary>Country names, capitals and cities; a key may name more than one place («عمان»: Oman and Amman).</summary>
    public PhraseIndex<Place[]> Places { get; } = new();

    /// <summary>Nationality adjectives (nisba and English demonyms), normalised, to country codes.</summary>
    public PhraseIndex<string> Nationalities { get; } = new();

    /// <summary>The nationalities the tagger's feature reads: those it was trained with (no «rules only» nisba).</summary>
    public PhraseIndex<string> TaggerNationalities { get; } = new();

    public PhraseIndex<TitleEntry> Titles { get; } = new();

    /// <summary>
    /// The titles the tagger reads as a feature: <see cref="Titles"/> without the rules-only ones, so that a longer
    /// rules-only title («الأمين العام لجامعة الدول العربية») does not hide the shorter one the model was trained on.
    /// </summary>
    public PhraseIndex<TitleEntry> TaggerTitles { get; } = new();

    public PhraseIndex<Honorific> Honorifics { get; } = new();

    public IReadOnlyDictionary<string, string> TitleWords { get; }

    /// <summary>The proper nouns among <see cref="TitleWords"/>, which end a post's complement with no article («كردستان»).</summary>
    public IReadOnlySet<string> ProperTitleWords { get; }

    /// <summary>Given names, normalised; the value is the usual English spelling.</summary>
    public IReadOnlyDictionary<string, string> GivenNames { get; }

    /// <summary>The given names the tagger reads as a feature: <see cref="GivenNames"/> without those marked for the rules only.</summary>
    public IReadOnlySet<string> TaggerGivenNames { get; }

    /// <summary>The given names (normalised) spelt with a hamza on an alef after their first letter («مأمون», «رأفت»).</summary>
    public IReadOnlySet<string> GivenNamesWithHamza { get; }

    public IReadOnlySet<string> ArabicStopWords { get; }

    /// <summary>
    /// <see cref="ArabicStopWords"/> without those marked for the rules only: the tagger's feature, and what the rules look
    /// for behind a preposition (a word marked so, «أين», is not «لاين», von der Leyen's).
    /// </summary>
    public IReadOnlySet<string> CoreArabicStopWords { get; }

    /// <summary>The function words (normalised) spelt with a hamza on their first alef («أول», «أمام»).</summary>
    public IReadOnlySet<string> ArabicStopWordsWithHamza { get; }

    /// <summary>Public figures of the region's and the great powers' politics by full name, normalised; the value is the usual English spelling.</summary>
    public PhraseIndex<string> PublicFigures { get; } = new();

    /// <summary>Clubs, companies, makes and news media the press names like persons («أرسنال», «نوكيا», «يديعوت أحرونوت»); the value is the English name.</summary>
    public PhraseIndex<string> Organisations { get; } = new();

    /// <summary>The states' own news agencies by the names the press credits them with («كونا», "WAM"); the value is the state.</summary>
    public PhraseIndex<string> NewsAgencies { get; } = new();

    /// <summary>
    /// A state's own intelligence services and forces named without the state («الموساد», "CIA"); the value is the state
    /// and the English name.
    /// </summary>
    public PhraseIndex<StateAgency> StateAgencies { get; } = new();

    /// <summary>
    /// The public figures the tagger reads as a feature: <see cref="PublicFigures"/> without the rows marked for the rules
    /// only, so that a figure added to the list leaves the trained model as it is.
    /// </summary>
    public PhraseIndex<string> TaggerFigures { get; } = new();

    /// <summary>The last words of <see cref="TaggerFigures"/>' names, normalised: the tagger's surname feature.</summary>
    public IReadOnlySet<string> TaggerFigureSurnames { get; }

    /// <summary>The public figures by their English names ("Badr Abdelatty"), for English text.</summary>
    public PhraseIndex<string> PublicFiguresEnglish { get; } = new();

    /// <summary>
    /// The last word of each public figure's name («رامسفيلد», «بوتين»), normalised, as news often names them by it alone;
    /// the value is its English spelling, or null when figures who share the word spell it differently.
    /// </summary>
    public IReadOnlyDictionary<string, string?> FigureSurnames { get; }

    /// <summary>
    /// A public figure's surname, normalised Arabic or lower-case English («الصفدي», "safadi"), to their full Arabic name;
    /// null when the gazetteer lists more than one person by it («الأسد»).
    /// </summary>
    public IReadOnlyDictionary<string, string?> FigureBySurname { get; }

    /// <summary>
    /// A surname or a lineage alone, normalised Arabic or lower-case English («عون», "aoun", «بن زايد»), to every listed
    /// figure whose name ends with it: the full Arabic name of each, one per person («ميشال عون», «جوزاف عون»).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FiguresEndingWith { get; }

    /// <summary>
    /// A public figure's full name, normalised Arabic or lower-case English («أيمن الصفدي», "ayman safadi"), to the state
    /// they serve or served; figures of organisations, parties and movements are not in it.
    /// </summary>
    public IReadOnlyDictionary<string, string> FigureStates { get; }

    /// <summary>
    /// The states of listed figures by the <see cref="NameSkeleton"/> of their English name, of its first words and of its
    /// last two ("Tayyip Erdogan", "Bashar Assad", "Ahmad al-Sharaa"); null where two figures share a key.
    /// </summary>
    public IReadOnlyDictionary<string, string?> FigureStatesLoose { get; }

    /// <summary>
    /// A listed figure's English name by the same consonant keys as <see cref="FigureStatesLoose"/> ("tyb rdjn" for "Tayyip
    /// Erdogan"): null where two figures share a key.
    /// </summary>
    public IReadOnlyDictionary<string, string?> FigureNamesLoose { get; }

    /// <summary>States with a king, emir or sultan: only these have royal offices.</summary>
    public IReadOnlySet<string> Monarchies { get; }

    /// <summary>The Gulf's ruling families by the name that closes their members' names (normalised: «ال ثاني», "al thani"), to the state.</summary>
    public IReadOnlyDictionary<string, string> RulingFamilies { get; }

    public IReadOnlySet<string> EnglishStopWords { get; }

    /// <summary>The words of Arabic and their forms (a Hunspell dictionary); loaded on first use.</summary>
    public HunspellLexicon Lexicon => HunspellLexicon.Arabic;

    private Gazetteer()
    {
        var countries = new Dictionary<string, Country>(StringComparer.Ordinal);
        var places = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        // The name as written, for the phrase index to tokenize: lower-cased, "U.K." would no longer be one word.
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        void AddPlace(string name, Place place)
        {
            var key = Key(name);
            if (key.Length == 0)
            {
                return;
            }
            if (!places.TryGetValue(key, out var list))
            {
                places[key] = list = [];
                written[key] = name;
            }
            if (!list.Contains(place))
            {
                list.Add(place);
            }
        }

        foreach (var row in Resource.ReadRows("countries.tsv"))
        {
            var code = Resource.Column(row, 0);
            var en = Resource.Alternatives(row, 1).ToArray();
            var ar = Resource.Alternatives(row, 2).ToArray();
            var capitalEn = Resource.Alternatives(row, 5).ToArray();
            var country = new Country(code, en.Length > 1 && en[0].Contains("Territories", StringComparison.Ordinal) ? en[1] : en[0], ar.LastOrDefault(a => !a.Contains(' ', StringComparison.Ordinal)) ?? ar[0], capitalEn.FirstOrDefault());
            countries[code] = country;
            foreach (var name in en.Concat(ar))
            {
                AddPlace(name, new Place(code, PlaceKind.Country, null));
            }
            // «دولة الإمارات العربية المتحدة», «جمهورية مصر»: the state named with its form of government.
            foreach (var name in ar.Where(a => !a.StartsWith("دولة", StringComparison.Ordinal)))
            {
                AddPlace("دولة " + name, new Place(code, PlaceKind.Country, null));
                AddPlace("جمهورية " + name, new Place(code, PlaceKind.Country, null));
            }
            foreach (var capital in capitalEn.Concat(Resource.Alternatives(row, 6)))
            {
                AddPlace(capital, new Place(code, PlaceKind.Capital, country.CapitalEn));
            }
            var nisbas = Resource.Alternatives(row, 3).ToList();
            if (nisbas.Count == 0)
            {
                nisbas.AddRange(ar.Select(DeriveNisba).OfType<string>().Where(n => !AmbiguousNisba.Contains(n)));
            }
            foreach (var nisba in nisbas.Where(n => !n.Contains(' ', StringComparison.Ordinal)))
            {
                foreach (var form in NisbaForms(ArabicText.Normalize(nisba)))
                {
                    AddNationality(form, code, tagger: true);
                }
            }
            foreach (var nisba in Resource.Alternatives(row, 7))
            {
                foreach (var form in NisbaForms(ArabicText.Normalize(nisba)))
                {
                    AddNationality(form, code, tagger: false);
                }
            }
            foreach (var demonym in Resource.Alternatives(row, 4))
            {
                AddNationality(demonym, code, tagger: true);
                // "Palestinians", "Israelis": the people, in the plural, refer to the state as the adjective does.
                if (demonym.EndsWith('n') || demonym.EndsWith('i'))
                {
                    AddNationality(demonym + "s", code, tagger: true);
                }
            }
        }
        foreach (var row in Resource.ReadRows("cities.tsv"))
        {
            var city = new Place(Resource.Column(row, 1), PlaceKind.City, Resource.Column(row, 0), RulesOnly: Resource.Column(row, 4) == "rules");
            foreach (var name in Resource.Alternatives(row, 0).Concat(Resource.Alternatives(row, 2)).Concat(Resource.Alternatives(row, 3)))
            {
                AddPlace(name, city);
            }
        }
        // A landmark names its city («قصر اليمامة» is in Riyadh) without adding the city's own name a second time.
        foreach (var row in Resource.ReadRows("landmarks.tsv"))
        {
            var city = new Place(Resource.Column(row, 1), PlaceKind.City, Resource.Column(row, 0), Landmark: true);
            foreach (var name in Resource.Alternatives(row, 2).Concat(Resource.Alternatives(row, 3)))
            {
                AddPlace(name, city);
            }
        }
        foreach (var (key, list) in places)
        {
            Places.Add(written[key], [.. list]);
        }
        Countries = countries;

        foreach (var row in Resource.ReadRows("titles.tsv"))
        {
            var kind = Enum.Parse<TitleKind>(Resource.Column(row, 2), ignoreCase: true);
            var country = Resource.Column(row, 3);
            var entry = new TitleEntry(row[0], Resource.Column(row, 1), kind, country.Length == 2 ? country : null, Resource.Column(row, 4) == "rules");
            Titles.Add(row[0], entry);
            if (!entry.RulesOnly)
            {
                TaggerTitles.Add(row[0], entry);
            }
        }
        foreach (var row in Resource.ReadRows("honorifics.tsv"))
        {
            Honorifics.Add(row[0], new Honorific(row[0], Resource.Column(row, 1), Enum.Parse<HonorificKind>(Resource.Column(row, 2), ignoreCase: true)));
        }
        var titleWords = Resource.ReadRows("title-words.tsv").ToList();
        TitleWords = titleWords.GroupBy(r => Key(r[0])).ToDictionary(g => g.Key, g => Resource.Column(g.First(), 1), StringComparer.Ordinal);
        ProperTitleWords = titleWords.Where(r => Resource.Column(r, 2) == "proper").Select(r => Key(r[0])).ToHashSet(StringComparer.Ordinal);
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        var taggerGiven = new HashSet<string>(StringComparer.Ordinal);
        var withHamza = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in Resource.ReadRows("given-names.tsv"))
        {
            var en = Resource.Column(row, 1);
            given.TryAdd(Key(row[0]), en.Length > 0 ? en : row[0]);
            if (Resource.Column(row, 2) != "rules")
            {
                taggerGiven.Add(Key(row[0]));
            }
            if (row[0].AsSpan(1).IndexOfAny('أ', 'إ', 'آ') >= 0)
            {
                withHamza.Add(Key(row[0]));
            }
        }
        GivenNames = given;
        TaggerGivenNames = taggerGiven;
        GivenNamesWithHamza = withHamza;
        var surnames = new Dictionary<string, string?>(StringComparer.Ordinal);
        var taggerSurnames = new HashSet<string>(StringComparer.Ordinal);
        var states = new Dictionary<string, string>(StringComparer.Ordinal);
        var loose = new Dictionary<string, string?>(StringComparer.Ordinal);
        var looseNames = new Dictionary<string, string?>(StringComparer.Ordinal);
        var endings = new Dictionary<string, List<(string Arabic, string English)>>(StringComparer.Ordinal);
        foreach (var row in Resource.ReadRows("public-figures.tsv"))
        {
            var en = Resource.Column(row, 1);
            var forTagger = Resource.Column(row, 3) != "rules";
            PublicFigures.Add(row[0], en, overwrite: false);
            if (forTagger)
            {
                TaggerFigures.Add(row[0], en, overwrite: false);
            }
            PublicFiguresEnglish.Add(en, en, overwrite: false);
            if (Resource.Column(row, 2) is { Length: 2 } state)
            {
                states[Key(row[0])] = state;
                states[Key(en)] = state;
                // The whole name, its first three words or more ("Mohammed bin Zayed"), its last two ("Tayyip Erdogan");
                // never a part that ends on a lineage word or two first words alone ("Ali Abdullah" is many people).
                var words = NameSkeleton.Words(en);
                var variants = Enumerable.Range(3, Math.Max(0, words.Length - 2)).Select(n => words[..n]).Prepend(words);
                if (words.Length >= 3)
                {
                    variants = variants.Append(words[^2..]);
                }
                foreach (var variant in variants.Where(v => v.Length >= 2 && v[^1] is not ("bn" or "bnt" or "b") && v[0] is not "bn"))
                {
                    var key = string.Join(' ', variant);
                    loose[key] = loose.TryGetValue(key, out var seen) && seen != state ? null : state;
                    looseNames[key] = looseNames.TryGetValue(key, out var named) && named != en ? null : en;
                }
            }
            // Rows that spell one person two ways share the English name: one bearer of the lineage or surname.
            void Bears(string ending)
            {
                var bearing = endings.TryGetValue(ending, out var known) ? known : endings[ending] = [];
                if (bearing.All(f => f.English != en))
                {
                    bearing.Add((row[0], en));
                }
            }
            var arabicWords = Key(row[0]).Split(' ');
            if (arabicWords is [_, .., "بن", var father])
            {
                Bears("بن " + father);
            }
            var last = arabicWords[^1];
            if (last.Length >= 3 && RegnalNumber.Of(last) is null && last != "الله")
            {
                var lastEn = en.Split(' ')[^1];
                surnames[last] = surnames.TryGetValue(last, out var seen) && seen != lastEn ? null : lastEn;
                if (forTagger)
                {
                    taggerSurnames.Add(last);
                }
                // "el-Sisi" is also written "Sisi".
                var lastEnKey = Key(lastEn);
                foreach (var surname in new[] { last, lastEnKey, lastEnKey.Split(' ')[^1] }.Distinct())
                {
                    Bears(surname);
                }
            }
        }
        FigureStates = states;
        FigureStatesLoose = loose;
        FigureNamesLoose = looseNames;
        FiguresEndingWith = endings.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)[.. kv.Value.Select(f => f.Arabic)], StringComparer.Ordinal);
        FigureSurnames = surnames;
        TaggerFigureSurnames = taggerSurnames;
        // A surname's one bearer, from the same list; lineages («بن زايد») are no surnames.
        FigureBySurname = endings.Where(kv => !kv.Key.StartsWith("بن ", StringComparison.Ordinal))
            .ToDictionary(kv => kv.Key, kv => kv.Value is [var one] ? one.Arabic : null, StringComparer.Ordinal);
        foreach (var row in Resource.ReadRows("state-agencies.tsv"))
        {
            var agency = new StateAgency(row[0].Trim(), Resource.Column(row, 1));
            foreach (var name in Resource.Alternatives(row, 2))
            {
                StateAgencies.Add(name, agency);
            }
        }
        foreach (var row in Resource.ReadRows("organisations.tsv"))
        {
            foreach (var name in Resource.Alternatives(row, 1))
            {
                Organisations.Add(name, row[0]);
            }
        }
        foreach (var row in Resource.ReadRows("news-agencies.tsv"))
        {
            foreach (var name in Resource.Alternatives(row, 1))
            {
                NewsAgencies.Add(name, row[0].Trim());
            }
        }
        Monarchies = Resource.ReadRows("monarchies.txt").Select(r => r[0].Trim()).ToHashSet(StringComparer.Ordinal);
        RulingFamilies = Resource.ReadRows("ruling-families.tsv")
            .SelectMany(r => Resource.Alternatives(r, 1).Select(name => (Name: Key(name), Code: r[0].Trim())))
            .ToDictionary(f => f.Name, f => f.Code, StringComparer.Ordinal);
        var arabicStops = Resource.ReadRows("stopwords-ar.txt").ToList();
        ArabicStopWords = arabicStops.Select(r => Key(r[0])).ToHashSet(StringComparer.Ordinal);
        CoreArabicStopWords = arabicStops.Where(r => Resource.Column(r, 1) != "rules").Select(r => Key(r[0])).ToHashSet(StringComparer.Ordinal);
        ArabicStopWordsWithHamza = arabicStops.Where(r => r[0].Trim() is ['أ' or 'إ', ..]).Select(r => Key(r[0])).ToHashSet(StringComparer.Ordinal);
        EnglishStopWords = Resource.ReadRows("stopwords-en.txt").Select(r => r[0].Trim()).ToHashSet(StringComparer.Ordinal);
    }

    public static string Key(string phrase) => Keys.Get(phrase, 0, static (p, _) => string.Join(' ', Tokenizer.Tokenize(p).Where(t => t.Kind != TokenKind.Punct).Select(t => t.Norm)));

    private void AddNationality(string form, string code, bool tagger)
    {
        Nationalities.Add(form, code, overwrite: false);
        if (tagger)
        {
            TaggerNationalities.Add(form, code, overwrite: false);
        }
    }

    /// <summary>Forgets the keys kept, so that a benchmark measures phrases met for the first time.</summary>
    internal static void ForgetKeys() => Keys.Forget();

    /// <summary>The nisba of a one-word Arabic country name by the usual rule: سوريا→سوري، قطر→قطري، السعودية→سعودي.</summary>
    public static string? DeriveNisba(string arabicName)
    {
        var n = ArabicText.Normalize(arabicName);
        if (n.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }
        if (ArabicText.StartsWithArticle(n))
        {
            n = n[2..];
        }
        if (n.EndsWith("يا", StringComparison.Ordinal))
        {
            return n[..^1];
        }
        if (n.EndsWith('ا') || n.EndsWith('ه'))
        {
            n = n[..^1];
            return n.EndsWith('ي') ? n : n + "ي";
        }
        return n.EndsWith('ي') ? n : n + "ي";
    }

    /// <summary>
    /// Inflections of a nisba: definite, feminine, accusative, dual and plural. Of two words, an adjective after a nisba
    /// agrees with it («الكوري الجنوبي», «الكورية الجنوبية»); after a noun only the last word inflects and only the first
    /// takes the article («الجنوب أفريقي», «جنوب أفريقية»).
    /// </summary>
    public static IEnumerable<string> NisbaForms(string stem)
    {
        var space = stem.IndexOf(' ', StringComparison.Ordinal);
        var (first, last) = space < 0 ? ("", stem) : (stem[..space], stem[(space + 1)..]);
        var agrees = first.EndsWith('ي');
        foreach (var article in new[] { "", "ال" })
        {
            foreach (var ending in NisbaEndings)
            {
                yield return space < 0 ? article + last + ending
                    : agrees ? $"{article}{first}{ending} {article}{last}{ending}"
                    : $"{article}{first} {last}{ending}";
            }
        }
    }

    private static readonly string[] NisbaEndings = ["", "ه", "ين", "ون", "ان", "ات", "ا", "يين"];
}
