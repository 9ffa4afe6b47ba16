using System.Net;
using System.Net.Http.Json;

namespace KnowledgeGraph.Api.Tests.Validation;

/// <summary>Hostile documents get a clear GraphQL error each, and the server keeps serving.</summary>
public sealed class DocumentLimitsRuleTests : IAsyncLifetime
{
    private ApiHost _host = null!;
    private GraphQLClient _graphql = null!;

    public async Task InitializeAsync()
    {
        _host = await ApiHost.StartAsync();
        _graphql = new GraphQLClient(_host.CreateClient());
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Many_aliases_of_one_field_are_refused_and_a_few_pass()
    {
        var many = "{ " + string.Join(' ', Enumerable.Range(0, 31).Select(i => $"a{i}: persons {{ totalCount }}")) + " }";
        Assert.Contains("31 aliases; at most 30", await _graphql.ErrorOfAsync(many), StringComparison.Ordinal);
        var few = "{ " + string.Join(' ', Enumerable.Range(0, 3).Select(i => $"a{i}: persons {{ totalCount }}")) + " }";
        Assert.Equal(0, (await _graphql.QueryAsync(few)).GetProperty("a2").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_document_with_too_many_operations_is_refused()
    {
        var document = string.Join(' ', Enumerable.Range(0, 6).Select(i => $"query q{i} {{ persons {{ totalCount }} }}"));
        using var response = await _host.CreateClient().PostAsJsonAsync("/graphql", new { query = document, operationName = "q0" });
        Assert.Contains("6 operations; at most 5", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wide_query_over_the_complexity_budget_is_refused_with_its_score()
    {
        var wide = "{ persons(first: 100) { items { meetings(first: 100) { items { participants { meetings(first: 100) { totalCount } } } } } } }";
        Assert.Contains("too complex", await _graphql.ErrorOfAsync(wide), StringComparison.OrdinalIgnoreCase);
        using var live = await _host.CreateClient().GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
