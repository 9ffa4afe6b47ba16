using System.Runtime.InteropServices;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Learning;

/// <summary>Finds person names with the trained model, sentence by sentence: token ranges [Start, End).</summary>
public sealed class PersonTagger(PerceptronModel model, Gazetteer gazetteer, float personBonus = PersonTagger.DefaultPersonBonus)
{
    // Where the model keeps the features of a sentence's edges and of the gazetteers, found once.
    private readonly (NeighbourRows Start, NeighbourRows End) _edges = (NeighbourRows.Of(NeighbourHashes.Start, model), NeighbourRows.Of(NeighbourHashes.End, model));
    private readonly int[] _knownRows = [.. NerFeatures.KnownFeatures.Select(model.RowOf)];

    /// <summary>
    /// Added to the person tags' scores when decoding: names are rare among tokens and the perceptron under-predicts
    /// them. Chosen by cross-validation on the ANERcorp train split (`kg train ner --holdout`), never on the test split;
    /// with two passes, bonuses 0 to 5 score alike there (0.660–0.662), so the bonus stays.
    /// </summary>
    public const float DefaultPersonBonus = 3f;

    private static readonly Lazy<PersonTagger?> Embedded = new(() => PerceptronModel.LoadEmbedded() is { } m ? new PersonTagger(m, Gazetteer.Default) : null);

    /// <summary>The tagger trained on ANERcorp that ships with the assembly, or null when this build has no model.</summary>
    public static PersonTagger? Default => Embedded.Value;

    /// <summary>
    /// True when training saw the word often and never in a name, or its weights lean outside names (an ordinary word:
    /// «جماعات», «مجلس»); words it never saw, such as most foreign names, are not.
    /// </summary>
    public bool IsCommonWord(string norm) => model.OrdinaryWords.Contains(norm) || LeadOutsideNames(norm) > CommonWordMargin;

    /// <summary><see cref="IsCommonWord"/> as a delegate, made once for the rules that take one.</summary>
    public Func<string, bool> IsCommonWordTest => _isCommonWord ??= IsCommonWord;

    private Func<string, bool>? _isCommonWord;

    /// <summary>True when training saw the word at least <see cref="PerceptronTrainer.OrdinaryWordMinCount"/> times and never in a name.</summary>
    public bool IsOrdinaryWord(string norm) => model.OrdinaryWords.Contains(norm);

    /// <summary>Whether training saw the word at all.</summary>
    public bool Seen(string norm) => model.OrdinaryWords.Contains(norm) || model.Weights.ContainsKey(NerFeatures.Word(norm));

    /// <summary>True when training saw the word and its own weight leans towards names («روني», though the dictionary knows it).</summary>
    public bool IsNameWord(string norm) => LeadOutsideNames(norm) < 0;

    /// <summary>How far the weight of the word itself leans outside names rather than into one; null for a word training never saw.</summary>
    private float? LeadOutsideNames(string norm) =>
        model.Weights.TryGetValue(NerFeatures.Word(norm), out var w) ? w[NerTags.Outside] - Math.Max(w[NerTags.BeginPerson], w[NerTags.InsidePerson]) : null;

    /// <summary>
    /// How far a word's weight must lean outside names for <see cref="IsCommonWord"/>. Training on name-swapped copies
    /// (<see cref="NameSwap"/>) repeats the words of sentences that hold names, and their weights grow with them: at 1 a
    /// family name seen once outside a name («الخليفي») was taken for an ordinary word.
    /// </summary>
    private const float CommonWordMargin = 3f;

    public List<(int Start, int End)> Find(IReadOnlyList<Token> tokens)
    {
        var spans = new List<(int, int)>();
        Span<float> scores = stackalloc float[NerTags.All.Length];
        var from = 0;
        while (from < tokens.Count)
        {
            var to = from;
            while (to < tokens.Count && tokens[to].Sentence == tokens[from].Sentence)
            {
                to++;
            }
            var tags = Tag(tokens, from, to, scores);
            var start = -1;
            for (var i = from; i <= to; i++)
            {
                var tag = i < to ? tags[i - from] : NerTags.Outside;
                if (start >= 0 && tag != NerTags.InsidePerson)
                {
                    spans.Add((start, i));
                    start = -1;
                }
                if (tag == NerTags.BeginPerson || (tag == NerTags.InsidePerson && start < 0))
                {
                    start = i;
                }
            }
            from = to;
        }
        return spans;
    }

    public int[] Tag(IReadOnlyList<Token> tokens, int from, int to, Span<float> scores)
    {
        var tags = NerTags.All.Length;
        var passes = model.Refiner is null ? 1 : 2;
        var width = tags * passes;
        // Every pass reads the same token features: they are scored for all passes at once, before decoding. The word's
        // own features come first, summed from zero, so a word's sum kept from earlier is the same sum.
        var count = to - from;
        var scratch = t_scratch ??= new Scratch();
        var (tokenScores, lookups, hashes, rows) = scratch.For(count, width);
        for (var i = from; i < to; i++)
        {
            var word = Word(tokens[i], width);
            word.Scores.CopyTo(tokenScores.AsSpan((i - from) * width, width));
            (lookups[i - from], hashes[i - from], rows[i - from]) = (word.Lookup, word.Hashes, word.Rows);
        }
        var known = NerFeatures.KnownAround(tokens, from, to, gazetteer, lookups);
        NerFeatures.AddInContext(known, hashes, rows, _edges, _knownRows, model, tokenScores, width);
        // A model with a second pass reads the first pass's tags on both sides of each token; the bonus goes to the last pass.
        return passes == 2
            ? Decode(tokenScores, count, 1, passes, scores, personBonus, Decode(tokenScores, count, 0, passes, scores, 0f))
            : Decode(tokenScores, count, 0, passes, scores, personBonus);
    }

    // A sentence's working arrays, kept by each thread from sentence to sentence: only the first count entries are read.
    [ThreadStatic]
    private static Scratch? t_scratch;

    private sealed class Scratch
    {
        // Longer sentences (a text with no full stop) get arrays of their own, so that a thread keeps some 100 KB at most.
        private const int KeptTokens = 1024;

        private float[] _scores = [];
        private WordLookup[] _lookups = [];
        private NeighbourHashes[] _hashes = [];
        private NeighbourRows[] _rows = [];

        public (float[] Scores, WordLookup[] Lookups, NeighbourHashes[] Hashes, NeighbourRows[] Rows) For(int count, int width)
        {
            if (count > KeptTokens)
            {
                return (new float[count * width], new WordLookup[count], new NeighbourHashes[count], new NeighbourRows[count]);
            }
            if (_lookups.Length < count || _scores.Length < count * width)
            {
                var size = Math.Min(KeptTokens, Math.Max(count, 2 * _lookups.Length));
                (_scores, _lookups, _hashes, _rows) = (new float[size * width], new WordLookup[size], new NeighbourHashes[size], new NeighbourRows[size]);
            }
            return (_scores, _lookups, _hashes, _rows);
        }
    }

    /// <summary>
    /// The weights of a word's own features (<see cref="NerFeatures.OfWord"/>) for every pass, summed, and what the
    /// gazetteers know of it (<see cref="WordLookup"/>), and its share of its neighbours' features
    /// (<see cref="NeighbourHashes"/>) with where the model keeps their weights (<see cref="NeighbourRows"/>): most of a
    /// token's features and look-ups. News repeats its words, so they are kept
    /// with the token's spelling, which the tokenizer shares among the tokens of one text and keeps for up to
    /// <see cref="Tokenizer.KeptSpellings"/> texts: found with the token, not looked up (some 300 bytes a word).
    /// </summary>
    private (float[] Scores, WordLookup Lookup, NeighbourHashes Hashes, NeighbourRows Rows) Word(Token token, int width)
    {
        if (token.Spelling?.Tagged is KeptWord kept && kept.Tagger == this)
        {
            return kept.Value;
        }
        var features = new List<long>(48);
        NerFeatures.OfWord(token, features);
        var scores = new float[width];
        model.AddFeatures(CollectionsMarshal.AsSpan(features), scores);
        var hashes = NeighbourHashes.Of(token);
        var value = (scores, WordLookup.Of(token, gazetteer), hashes, NeighbourRows.Of(hashes, model));
        token.Spelling?.Tagged = new KeptWord(this, value);
        return value;
    }

    // What this tagger keeps of a word; another tagger (another model) works out its own.
    private sealed record KeptWord(PersonTagger Tagger, (float[] Scores, WordLookup Lookup, NeighbourHashes Hashes, NeighbourRows Rows) Value);

    /// <summary>Greedy left-to-right tagging in one pass of the model, from the tokens' scores for every pass.</summary>
    private int[] Decode(float[] tokenScores, int count, int pass, int passes, Span<float> scores, float bonus, int[]? firstPass = null)
    {
        var tags = new int[count];
        int p1 = NerTags.Outside, p2 = NerTags.Outside;
        for (var i = 0; i < tags.Length; i++)
        {
            tokenScores.AsSpan((i * passes + pass) * scores.Length, scores.Length).CopyTo(scores);
            model.AddContext(pass, firstPass, i, p1, p2, scores);
            scores[NerTags.BeginPerson] += bonus;
            scores[NerTags.InsidePerson] += bonus;
            tags[i] = PerceptronTrainer.ArgMax(scores);
            (p2, p1) = (p1, tags[i]);
        }
        return tags;
    }
}
