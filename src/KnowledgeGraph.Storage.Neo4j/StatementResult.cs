using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>The columns and rows one statement returned.</summary>
public sealed record StatementResult(IReadOnlyList<string> Columns, IReadOnlyList<JsonElement[]> Rows);
