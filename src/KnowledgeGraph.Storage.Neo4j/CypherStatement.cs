namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>One Cypher statement and its parameters; values always travel as parameters, never inside the text.</summary>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public static CypherStatement Of(string text, params (string Name, object? Value)[] parameters) =>
        new(text, parameters.ToDictionary(p => p.Name, p => p.Value));
}
