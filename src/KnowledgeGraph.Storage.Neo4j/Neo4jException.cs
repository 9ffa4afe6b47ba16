namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>An error the server reported, with its status code (Neo.ClientError.*, Neo.TransientError.*, Neo.DatabaseError.*).</summary>
public sealed class Neo4jException(string code, string message) : Exception($"{code}: {message}")
{
    public string Code { get; } = code;

    /// <summary>Retrying may succeed: decided by the code, whatever the HTTP status (the Query API sends transient errors as 400).</summary>
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);
}
