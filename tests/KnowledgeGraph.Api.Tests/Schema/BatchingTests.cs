using KnowledgeGraph.Tests.Synthetic;

namespace KnowledgeGraph.Api.Tests.Schema;

/// <summary>Resolvers batch their store calls: the calls a page costs do not grow with the page (counted on a real store).</summary>
public sealed class BatchingTests : IAsyncLifetime
{
    private ApiHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await ApiHost.StartAsync();
        var news = new SyntheticNews(population: 200);
        await _host.WriteAsync(Enumerable.Range(0, 300).Select(news.Article));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<Dictionary<string, int>> CallsForPageAsync(int size)
    {
        _host.Calls.Clear();
        var data = await new GraphQLClient(_host.CreateClient()).QueryAsync($$"""
            { persons(first: {{size}}) { items { name countries offices { title person { name } }
                meetings(first: 5) { items { date participants { name offices { title } } } }
                counterparts(first: 3) { person { name } } } } }
            """);
        Assert.Equal(size, data.GetProperty("persons").GetProperty("items").GetArrayLength());
        return new Dictionary<string, int>(_host.Calls);
    }

    [Fact]
    public async Task A_page_of_50_persons_with_offices_meetings_and_participants_costs_what_a_page_of_5_costs()
    {
        var small = await CallsForPageAsync(5);
        var large = await CallsForPageAsync(50);
        Assert.Equal(small, large);
        Assert.Equal(1, large["FindPersonsAsync"]);
        Assert.Equal(1, large["MeetingPagesOfPersonsAsync"]);
        Assert.Equal(1, large["CounterpartsOfAsync"]);
        Assert.True(large.Values.Sum() <= 8, string.Join(", ", large.Select(kv => $"{kv.Key} {kv.Value}")));
    }
}
