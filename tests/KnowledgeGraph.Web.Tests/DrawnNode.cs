using System.Text.Json;
using Microsoft.Playwright;

namespace KnowledgeGraph.Web.Tests;

/// <summary>A node as Cytoscape drew it: id, label, and where on the page (the canvas's offset plus its rendered position).</summary>
public sealed record DrawnNode(string Id, string Label, double X, double Y)
{
    public static async Task<DrawnNode[]> AllAsync(IPage page, string selector)
    {
        await page.WaitForFunctionAsync($"() => document.querySelector('{selector}')?.cy?.nodes().length > 0");
        var json = await page.EvaluateAsync<JsonElement>($$"""
            () => {
              const box = document.querySelector('{{selector}}').getBoundingClientRect();
              return document.querySelector('{{selector}}').cy.nodes().map(n => ({
                id: n.id(), label: n.data('label'), x: box.left + n.renderedPosition().x, y: box.top + n.renderedPosition().y }));
            }
            """);
        return [.. json.EnumerateArray().Select(n => new DrawnNode(n.GetProperty("id").GetString()!, n.GetProperty("label").GetString()!,
            n.GetProperty("x").GetDouble(), n.GetProperty("y").GetDouble()))];
    }
}
