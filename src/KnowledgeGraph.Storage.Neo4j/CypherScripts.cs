using System.Collections.Concurrent;
using System.Reflection;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>The statements of the repository's cypher/ folder, embedded and looked up by name; a missing one fails at once.</summary>
public static class CypherScripts
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Get(string name) => Cache.GetOrAdd(name, static n =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"cypher/{n}.cypher")
            ?? throw new InvalidOperationException($"Cypher statement 'cypher/{n}.cypher' is not embedded in {typeof(CypherScripts).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Trim();
    });

    /// <summary>Every embedded statement's name, for the test that ties names in code to files.</summary>
    public static IReadOnlyList<string> Names =>
        [.. Assembly.GetExecutingAssembly().GetManifestResourceNames().Where(n => n.StartsWith("cypher/", StringComparison.Ordinal))
            .Select(n => n["cypher/".Length..^".cypher".Length]).Order(StringComparer.Ordinal)];
}
