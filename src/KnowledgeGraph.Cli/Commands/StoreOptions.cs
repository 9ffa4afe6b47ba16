using System.CommandLine;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>The options every command that opens the store shares.</summary>
internal static class StoreOptions
{
    public static Option<string> Database() => new("--db")
    {
        Description = $"The SQLite database file (default: {SqliteStoreOptions.DefaultPath}; created with its folder when missing).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("KG_DB") is { Length: > 0 } db ? db : SqliteStoreOptions.DefaultPath,
    };
}
