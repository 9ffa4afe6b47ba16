using KnowledgeGraph.Tests.Synthetic;

namespace KnowledgeGraph.Web.Tests;

/// <summary>The app over a store where some people met hundreds of times: 3,000 synthetic reports among 40 officials.</summary>
public sealed class BusyAppFixture : AppFixture
{
    protected override async Task<string[]> StoreArgumentsAsync()
    {
        var news = new SyntheticNews(population: 40);
        var file = Path.Combine(Kg.Folder, "busy.jsonl");
        await File.WriteAllLinesAsync(file, Enumerable.Range(0, 3_000).Select(news.Line));
        var (exit, _, error) = await Kg.RunAsync("ingest", file);
        return exit == 0 ? [] : throw new InvalidOperationException("kg ingest failed: " + error);
    }
}
