using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Learning;
using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Ingestion.Input;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Extraction throughput on one core: every article of a JSON Lines file (KG_BENCH_ARTICLES, default the bundled
/// samples) extracted once per operation. Articles per second = articles / mean operation time.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmark
{
    private readonly ArticleExtractor _extractor = new();
    private Article[] _articles = [];

    [GlobalSetup]
    public void Setup()
    {
        var path = BenchArticles.Path;
        var lines = File.ReadAllLines(path);
        _articles = [.. lines.Select((l, i) => ArticleParser.Parse(new InputLine(path, i + 1, l, null)).Article).OfType<Article>()];
        Console.WriteLine($"// {_articles.Length} articles from {path}");
        _extractor.Extract(_articles[0]);
    }

    /// <summary>
    /// The same, with what the tokenizer, the dictionary and the tagger remember of words forgotten before each pass, as if every
    /// article were new: <see cref="ExtractAll"/> repeats its articles, so it meets no word for the first time.
    /// </summary>
    [IterationSetup(Target = nameof(ExtractAllFirstSeen))]
    public void Forget()
    {
        HunspellLexicon.Arabic.Forget();
        Tokenizer.Forget();
        Gazetteer.ForgetKeys();
    }

    [Benchmark]
    public int ExtractAllFirstSeen() => ExtractAll();

    [Benchmark]
    public int ExtractAll()
    {
        var n = 0;
        foreach (var a in _articles)
        {
            n += _extractor.Extract(a).Persons.Count;
        }
        return n;
    }
}
