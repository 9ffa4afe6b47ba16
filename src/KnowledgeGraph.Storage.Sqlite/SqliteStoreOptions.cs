namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Where the embedded store lives. Default: <c>./data/kg.db</c>, created with its folder on first use.</summary>
public sealed record SqliteStoreOptions(string Path = SqliteStoreOptions.DefaultPath, int BusyTimeoutSeconds = 30)
{
    public const string DefaultPath = "data/kg.db";

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Path))
        {
            throw new ArgumentException("The SQLite database path is empty; pass --db PATH or leave it out for ./data/kg.db.");
        }
        if (Directory.Exists(Path))
        {
            throw new ArgumentException($"The SQLite database path '{Path}' is a directory; give a file path such as {System.IO.Path.Combine(Path, "kg.db")}.");
        }
        if (BusyTimeoutSeconds < 0)
        {
            throw new ArgumentException("BusyTimeoutSeconds must be zero or more.");
        }
    }
}
