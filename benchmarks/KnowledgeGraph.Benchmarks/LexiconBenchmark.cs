using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The dictionary's cost for words it has not seen yet: every distinct Arabic word of the articles (KG_BENCH_ARTICLES,
/// default the bundled samples) looked up once, with its remembered answers forgotten before each operation.
/// Microseconds per new word = mean operation time / words.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, iterationCount: 10)]
public class LexiconBenchmark
{
    private readonly HunspellLexicon _lexicon = HunspellLexicon.Arabic;
    private string[] _words = [];

    [GlobalSetup]
    public void Setup()
    {
        var path = BenchArticles.Path;
        _words = [.. File.ReadLines(path).SelectMany(l => Tokenizer.Tokenize(l)).Where(t => t.IsWord && !t.IsLatin).Select(t => t.Norm).Distinct()];
        Console.WriteLine($"// {_words.Length} distinct Arabic words from {path}");
    }

    [IterationSetup]
    public void Forget() => _lexicon.Forget();

    [Benchmark]
    public int KnowsEveryNewWord()
    {
        var known = 0;
        foreach (var w in _words)
        {
            known += _lexicon.Knows(w) ? 1 : 0;
        }
        return known;
    }
}
