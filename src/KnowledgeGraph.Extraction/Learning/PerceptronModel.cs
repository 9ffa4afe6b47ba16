using System.IO.Compression;
using System.Reflection;
using System.Text;

namespace KnowledgeGraph.Extraction.Learning;

/// <summary>
/// An averaged perceptron: one weight per (feature, tag), optionally a second pass (<see cref="Refiner"/>), and the
/// words training saw often and never in a name (<see cref="OrdinaryWords"/>). Saved as a gzip file of feature hashes
/// and their non-zero weights, pass by pass, then the words; loaded from an embedded resource or a path.
/// </summary>
public sealed class PerceptronModel
{
    private const int FormatVersion = 4;

    // Built once the weights are final (loaded, or trained): until then, training changes them through Weights.
    private FeatureTable? _table;
    private ContextWeights? _context;

    public PerceptronModel(Dictionary<long, float[]> weights) => Weights = weights;

    public Dictionary<long, float[]> Weights { get; }

    /// <summary>The second pass, which reads this model's tags on both sides of each token; null for one pass.</summary>
    public PerceptronModel? Refiner { get; private set; }

    public PerceptronModel WithRefiner(PerceptronModel refiner)
    {
        Refiner = refiner;
        // A frozen model's table holds both passes.
        return _table is null ? this : Freeze();
    }

    /// <summary>
    /// Words (normalised) that training saw at least <see cref="PerceptronTrainer.OrdinaryWordMinCount"/> times and never
    /// inside a person's name («النجاح», «الشركات»). The weights cannot tell: a word the perceptron never got wrong has none.
    /// </summary>
    public IReadOnlySet<string> OrdinaryWords { get; private set; } = new HashSet<string>();

    public PerceptronModel WithOrdinaryWords(IEnumerable<string> words)
    {
        OrdinaryWords = new HashSet<string>(words, StringComparer.Ordinal);
        return this;
    }

    /// <summary>
    /// How far, at least, one of a feature's weights (as saved, in half precision) must lean for a trained model to keep
    /// the feature. Averaging leaves most features of rare words and word pairs near zero, where they seldom decide a tag
    /// but fill the table a tagger probes for every token. Five-fold CV of the extractor on the ANERcorp train split: all
    /// features 0.7420; at least 0.75, 0.7423; 1, 0.7427; 1.25, 0.7422. At 1 the shipped model keeps 36,106 features of
    /// 113,282 (its file 1.07 MB, not 2.77), and extraction is about 5 % faster.
    /// </summary>
    public const float WeightAtLeast = 1f;

    /// <summary>Leaves out, in every pass, the features none of whose weights reaches <paramref name="leastWeight"/> (0 keeps them all).</summary>
    internal PerceptronModel WithoutWeakFeatures(float leastWeight)
    {
        foreach (var weights in Refiner is null ? [Weights] : new[] { Weights, Refiner.Weights })
        {
            foreach (var feature in weights.Where(kv => !kv.Value.Any(v => Math.Abs((float)(Half)v) >= leastWeight)).Select(kv => kv.Key).ToList())
            {
                weights.Remove(feature);
            }
        }
        return Freeze();
    }

    /// <summary>Fixes the weights as they are, for fast scoring; later changes to <see cref="Weights"/> are not seen.</summary>
    public PerceptronModel Freeze()
    {
        _table = new FeatureTable(Refiner is null ? [Weights] : [Weights, Refiner.Weights], NerTags.All.Length);
        _context = new ContextWeights(_table, Refiner is null ? 1 : 2, NerTags.All.Length);
        return this;
    }

    /// <summary>
    /// Adds the weights of a token's tag-independent features for every pass to <paramref name="scores"/> (tags × passes),
    /// in one look-up per feature; <see cref="AddContext"/> then adds the rest of one pass's score.
    /// </summary>
    internal void AddFeatures(ReadOnlySpan<long> features, Span<float> scores)
    {
        Table.AddAll(features, scores);
    }

    /// <summary>Where a feature's weights for every pass stand in the frozen model (<see cref="AddRow"/>), or -1 for a feature it does not have.</summary>
    internal int RowOf(long feature) => Table.Row(feature);

    /// <summary>Adds the weights for every pass at a <see cref="RowOf"/> to <paramref name="scores"/> (tags × passes); -1 adds nothing.</summary>
    internal void AddRow(int row, Span<float> scores) => Table.AddRow(row, scores);

    /// <summary>Each feature's <see cref="RowOf"/>, found for all of them at once (<see cref="FeatureTable.RowsOf"/>), and each row on its way to the cache.</summary>
    internal void RowsOf(ReadOnlySpan<long> features, Span<int> rows) => Table.RowsOf(features, rows);

    /// <summary>Starts fetching the weights at a <see cref="RowOf"/> into the cache, for an <see cref="AddRow"/> soon after.</summary>
    internal void Prefetch(int row) => Table.Prefetch(row);

    private FeatureTable Table => _table ?? throw new InvalidOperationException("Freeze the model before tagging with it.");

    /// <summary>
    /// Adds one pass's weights of the previous two tags and, for a second pass, of the first pass's tags around token
    /// <paramref name="i"/> (<see cref="NerFeatures.FirstPass"/>'s features, read from <see cref="ContextWeights"/>).
    /// </summary>
    internal void AddContext(int pass, int[]? firstPass, int i, int previous, int previous2, Span<float> scores)
    {
        var context = _context ?? throw new InvalidOperationException("Freeze the model before tagging with it.");
        context.Add(pass, firstPass, i, previous, previous2, scores);
    }

    public void Score(long[] features, int previous, int previous2, Span<float> scores) => Score(features, [], previous, previous2, scores);

    /// <summary>Scores a token's features and <paramref name="extra"/> ones (the first pass's tags, for a second pass).</summary>
    public void Score(long[] features, ReadOnlySpan<long> extra, int previous, int previous2, Span<float> scores)
    {
        scores.Clear();
        foreach (var f in features)
        {
            Add(f, scores);
        }
        foreach (var f in extra)
        {
            Add(f, scores);
        }
        Add(NerFeatures.Previous(previous), scores);
        Add(NerFeatures.Previous2(previous, previous2), scores);
    }

    private void Add(long feature, Span<float> scores)
    {
        if (_table is not null)
        {
            _table.AddTo(feature, 0, scores);
        }
        else if (Weights.TryGetValue(feature, out var w))
        {
            for (var t = 0; t < scores.Length; t++)
            {
                scores[t] += w[t];
            }
        }
    }

    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(FormatVersion);
        writer.Write(NerTags.All.Length);
        WriteWeights(writer, Weights);
        writer.Write(Refiner is not null);
        if (Refiner is not null)
        {
            WriteWeights(writer, Refiner.Weights);
        }
        writer.Write(OrdinaryWords.Count);
        foreach (var word in OrdinaryWords.Order(StringComparer.Ordinal))
        {
            writer.Write(word);
        }
    }

    private static void WriteWeights(BinaryWriter writer, Dictionary<long, float[]> weights)
    {
        var kept = weights.OrderBy(kv => kv.Key).ToList();
        writer.Write(kept.Count);
        foreach (var (feature, w) in kept)
        {
            writer.Write(feature);
            foreach (var v in w)
            {
                writer.Write((Half)v);
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>; anything else fails with an <see cref="InvalidDataException"/> that says so.</summary>
    public static PerceptronModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(gzip, Encoding.UTF8);
        int version, tags;
        try
        {
            (version, tags) = (reader.ReadInt32(), reader.ReadInt32());
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException)
        {
            throw NotAModel(ex);
        }
        if (version != FormatVersion)
        {
            throw new InvalidDataException("The tagger model has an unknown format version; retrain it with `kg train ner`.");
        }
        if (tags != NerTags.All.Length)
        {
            throw new InvalidDataException($"The tagger model has {tags} tags; this build expects {NerTags.All.Length}.");
        }
        try
        {
            var model = new PerceptronModel(ReadWeights(reader, tags));
            if (reader.ReadBoolean())
            {
                model.WithRefiner(new PerceptronModel(ReadWeights(reader, tags)));
            }
            return model.Freeze().WithOrdinaryWords(Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadString()).ToList());
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException or FormatException)
        {
            throw NotAModel(ex);
        }
    }

    private static InvalidDataException NotAModel(Exception ex) => new($"This is not a tagger model written by `kg train ner`: {ex.Message}", ex);

    private static Dictionary<long, float[]> ReadWeights(BinaryReader reader, int tags)
    {
        var count = reader.ReadInt32();
        var weights = new Dictionary<long, float[]>(count);
        for (var i = 0; i < count; i++)
        {
            var feature = reader.ReadInt64();
            var w = new float[tags];
            for (var t = 0; t < tags; t++)
            {
                w[t] = (float)reader.ReadHalf();
            }
            weights[feature] = w;
        }
        return weights;
    }

    public const string ResourceName = "ner-anercorp.model";

    /// <summary>The model shipped in the assembly, or null when the build has none.</summary>
    public static PerceptronModel? LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName);
        return stream is null ? null : Load(stream);
    }
}
