using System.Net.Http.Json;
using System.Text.Json;

namespace KnowledgeGraph.Api.Tests;

/// <summary>Posts GraphQL requests to the app over real HTTP (TestServer) and hands back `data` or the errors.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        var body = await SendAsync(query, variables);
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data");
    }

    public async Task<string> ErrorOfAsync(string query, object? variables = null)
    {
        var body = await SendAsync(query, variables);
        Assert.True(body.TryGetProperty("errors", out var errors), "expected an error");
        return errors[0].GetProperty("message").GetString()!;
    }

    private async Task<JsonElement> SendAsync(string query, object? variables)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
