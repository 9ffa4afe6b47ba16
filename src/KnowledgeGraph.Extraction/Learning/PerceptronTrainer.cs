using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Learning;

/// <summary>
/// Trains the tagger on IOB2 data (ANERcorp format: one "TOKEN TAG" a line, sentences separated by blank lines).
/// Sentences are re-tokenised with the extractor's own tokenizer and tags aligned by character offsets, so that
/// training sees exactly the tokens extraction will see. Deterministic: fixed shuffling seed.
/// </summary>
public static class PerceptronTrainer
{
    public const int MinFeatureCount = 2;

    /// <summary>How often a word must occur, never inside a name, to count as ordinary (<see cref="PerceptronModel.OrdinaryWords"/>).</summary>
    public const int OrdinaryWordMinCount = 3;

    public sealed record Sentence(IReadOnlyList<Token> Tokens, int[] Tags);

    public static List<Sentence> ReadIob(TextReader reader)
    {
        var sentences = new List<Sentence>();
        var words = new List<(string Word, string Tag)>();
        void Close()
        {
            if (words.Count == 0)
            {
                return;
            }
            var text = string.Join(' ', words.Select(w => w.Word));
            var tokens = Tokenizer.Tokenize(text);
            var tags = new int[tokens.Count];
            var offset = 0;
            var k = 0;
            foreach (var (word, tag) in words)
            {
                var start = offset;
                var end = offset + word.Length;
                var first = true;
                while (k < tokens.Count && tokens[k].Start < end)
                {
                    if (tokens[k].Start >= start)
                    {
                        var type = tag.Length > 2 ? tag[2..] : "";
                        tags[k] = tag == "O" ? NerTags.Outside : NerTags.IndexOf((first && tag.StartsWith("B-", StringComparison.Ordinal) ? "B-" : "I-") + type);
                        first = false;
                    }
                    k++;
                }
                offset = end + 1;
            }
            // The tokenizer splits sentences at full stops; training sees one sequence per gold sentence.
            sentences.Add(new Sentence(tokens.Select(t => t with { Sentence = 0 }).ToList(), tags));
            words.Clear();
        }
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim().Length == 0)
            {
                Close();
                continue;
            }
            var cut = line.LastIndexOf(' ');
            if (cut > 0)
            {
                words.Add((line[..cut], line[(cut + 1)..].Trim()));
            }
        }
        Close();
        return sentences;
    }

    /// <summary>
    /// A tagger in two passes: the first model, and a second that also reads the first's tags on both sides of each
    /// token. The second learns from first-pass tags it could not have memorised: each fifth of the data is tagged by
    /// a first model trained on the other four.
    /// </summary>
    /// <summary>How many contiguous folds cross-validation and the second pass's training split the data into.</summary>
    public const int Folds = 5;

    /// <summary>
    /// The fold of sentence <paramref name="index"/> of <paramref name="count"/>: contiguous, so that an article stays
    /// in one fold and a name is not learnt from its own article.
    /// </summary>
    public static int FoldOf(int index, int count) => index * Folds / count;

    public static PerceptronModel TrainTwoPass(IReadOnlyList<Sentence> sentences, Gazetteer g, int iterations, Action<int, double>? progress = null, float leastWeight = PerceptronModel.WeightAtLeast)
    {
        var first = Train(sentences, g, iterations, progress).WithOrdinaryWords(OrdinaryWords(sentences));
        if (sentences.Count < Folds)
        {
            return first.WithoutWeakFeatures(leastWeight);
        }
        var firstPass = new int[sentences.Count][];
        Span<float> scores = stackalloc float[NerTags.All.Length];
        for (var fold = 0; fold < Folds; fold++)
        {
            var tagger = new PersonTagger(Train([.. sentences.Where((_, i) => FoldOf(i, sentences.Count) != fold)], g, iterations), g, personBonus: 0f);
            for (var i = 0; i < sentences.Count; i++)
            {
                if (FoldOf(i, sentences.Count) == fold)
                {
                    firstPass[i] = tagger.Tag(sentences[i].Tokens, 0, sentences[i].Tokens.Count, scores);
                }
            }
        }
        return first.WithRefiner(Train(sentences, g, iterations, firstPass: firstPass)).WithoutWeakFeatures(leastWeight);
    }

    /// <summary>The Arabic words seen at least <see cref="OrdinaryWordMinCount"/> times and never tagged as part of a person's name.</summary>
    public static IEnumerable<string> OrdinaryWords(IReadOnlyList<Sentence> sentences)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var inNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            for (var k = 0; k < s.Tokens.Count; k++)
            {
                if (s.Tokens[k] is { IsWord: true, IsLatin: false } t)
                {
                    seen[t.Norm] = seen.GetValueOrDefault(t.Norm) + 1;
                    if (s.Tags[k] is NerTags.BeginPerson or NerTags.InsidePerson)
                    {
                        inNames.Add(t.Norm);
                    }
                }
            }
        }
        return seen.Where(kv => kv.Value >= OrdinaryWordMinCount && !inNames.Contains(kv.Key)).Select(kv => kv.Key);
    }

    /// <summary>
    /// The orders the training data is shuffled in, one perceptron each; their weights are averaged into one model, so
    /// tagging costs what one model costs. Five-fold CV (bonus 3): one order 0.661, three 0.665, five 0.671, eight 0.668.
    /// </summary>
    public static readonly int[] Seeds = [20250422, 7, 1999, 42, 31337];

    /// <summary>
    /// Trains one pass: a perceptron per order of <see cref="Seeds"/>, averaged; <paramref name="progress"/> follows the first
    /// order. A first pass also learns from <see cref="NameSwap"/>'s copies; a second reads first-pass tags, which only
    /// the sentences themselves have.
    /// </summary>
    public static PerceptronModel Train(IReadOnlyList<Sentence> sentences, Gazetteer g, int iterations, Action<int, double>? progress = null, IReadOnlyList<int[]>? firstPass = null)
    {
        if (firstPass is null)
        {
            sentences = [.. sentences, .. NameSwap.Copy(sentences, NameSwap.Copies)];
        }
        var features = sentences.Select((s, i) => NerFeatures.Static(s.Tokens, 0, s.Tokens.Count, g) is var f && firstPass is not null ? NerFeatures.WithFirstPass(f, firstPass[i]) : f).ToArray();
        // Features seen once describe one sentence, not the language: leaving them out generalises better. The copies
        // count: what surrounds a name in one sentence is kept once names are swapped into it. Counted in the sentences
        // alone, five-fold CV of the extractor fell from 0.7085 to 0.7037.
        var counts = new Dictionary<long, int>();
        foreach (var f in features.SelectMany(s => s).SelectMany(t => t))
        {
            counts[f] = counts.GetValueOrDefault(f) + 1;
        }
        features = [.. features.Select(s => s.Select(t => t.Where(f => counts[f] >= MinFeatureCount).ToArray()).ToArray())];
        var sum = new Dictionary<long, float[]>();
        for (var i = 0; i < Seeds.Length; i++)
        {
            foreach (var (f, w) in TrainOnce(sentences, features, iterations, i == 0 ? progress : null, Seeds[i]))
            {
                if (!sum.TryGetValue(f, out var acc))
                {
                    sum[f] = acc = new float[w.Length];
                }
                for (var t = 0; t < w.Length; t++)
                {
                    acc[t] += w[t] / Seeds.Length;
                }
            }
        }
        return new PerceptronModel(sum).Freeze();
    }

    // One averaged perceptron over the sentences in the order the seed shuffles them; returns its weights.
    private static Dictionary<long, float[]> TrainOnce(IReadOnlyList<Sentence> sentences, long[][][] features, int iterations, Action<int, double>? progress, int seed)
    {
        var tagCount = NerTags.All.Length;
        var weights = new Dictionary<long, float[]>();
        var totals = new Dictionary<long, double[]>();
        var stamps = new Dictionary<long, int[]>();
        var step = 1;
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        var model = new PerceptronModel(weights);
        Span<float> scores = stackalloc float[tagCount];

        void Update(long feature, int tag, float delta)
        {
            if (!weights.TryGetValue(feature, out var w))
            {
                weights[feature] = w = new float[tagCount];
                totals[feature] = new double[tagCount];
                stamps[feature] = new int[tagCount];
            }
            var total = totals[feature];
            var stamp = stamps[feature];
            total[tag] += (step - stamp[tag]) * (double)w[tag];
            stamp[tag] = step;
            w[tag] += delta;
        }

        for (var iteration = 1; iteration <= iterations; iteration++)
        {
            random.Shuffle(order);
            var correct = 0;
            var seen = 0;
            foreach (var s in order)
            {
                var sentence = sentences[s];
                int p1 = NerTags.Outside, p2 = NerTags.Outside;
                for (var i = 0; i < sentence.Tags.Length; i++)
                {
                    model.Score(features[s][i], p1, p2, scores);
                    var guess = ArgMax(scores);
                    var truth = sentence.Tags[i];
                    if (guess != truth)
                    {
                        foreach (var f in features[s][i].Append(NerFeatures.Previous(p1)).Append(NerFeatures.Previous2(p1, p2)))
                        {
                            Update(f, truth, 1);
                            Update(f, guess, -1);
                        }
                    }
                    else
                    {
                        correct++;
                    }
                    seen++;
                    step++;
                    // Training follows the gold history, so that one error does not derail the rest of the sentence.
                    (p2, p1) = (p1, truth);
                }
            }
            progress?.Invoke(iteration, (double)correct / Math.Max(1, seen));
        }
        foreach (var (feature, w) in weights)
        {
            var total = totals[feature];
            var stamp = stamps[feature];
            for (var t = 0; t < tagCount; t++)
            {
                total[t] += (step - stamp[t]) * (double)w[t];
                w[t] = (float)(total[t] / step);
            }
        }
        return weights;
    }

    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var t = 1; t < scores.Length; t++)
        {
            if (scores[t] > scores[best])
            {
                best = t;
            }
        }
        return best;
    }
}
