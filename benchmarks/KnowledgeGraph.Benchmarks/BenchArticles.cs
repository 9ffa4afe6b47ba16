namespace KnowledgeGraph.Benchmarks;

/// <summary>The JSON Lines file the benchmarks read: KG_BENCH_ARTICLES, or the bundled samples.</summary>
internal static class BenchArticles
{
    public static string Path =>
        Environment.GetEnvironmentVariable("KG_BENCH_ARTICLES") is { Length: > 0 } path ? path : System.IO.Path.Combine(AppContext.BaseDirectory, "samples", "articles.jsonl");
}
