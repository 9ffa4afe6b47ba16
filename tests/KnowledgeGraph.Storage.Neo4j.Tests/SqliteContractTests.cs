using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>The store contract on a real SQLite file.</summary>
public sealed class SqliteContractTests : GraphStoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kg-contract-").FullName;

    protected override async Task<IGraphStore> OpenAsync()
    {
        var store = new SqliteGraphStore(new SqliteStoreOptions(Path.Combine(_folder, "kg.db")));
        await store.InitializeAsync();
        return store;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
