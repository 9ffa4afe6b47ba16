namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>What only the SQLite store does; the store contract (tests/KnowledgeGraph.Storage.Neo4j.Tests/GraphStoreContract.cs) runs on SQLite too.</summary>
public class SqliteGraphStoreTests
{
    [Fact]
    public async Task Initialize_creates_the_file_and_its_folder_and_can_run_again()
    {
        using var db = new TempDatabase();
        await using (var store = new SqliteGraphStore(new SqliteStoreOptions(db.Path)))
        {
            await store.InitializeAsync();
        }
        await using var again = new SqliteGraphStore(new SqliteStoreOptions(db.Path));
        await again.InitializeAsync();
        Assert.True(File.Exists(db.Path));
        Assert.Equal(new GraphStats(0, 0, 0, 0, 0), await again.GetStatsAsync());
    }

    [Fact]
    public void A_directory_as_database_path_is_refused_with_a_clear_message()
    {
        using var db = new TempDatabase();
        var ex = Assert.Throws<ArgumentException>(() => new SqliteGraphStore(new SqliteStoreOptions(db.Folder)));
        Assert.Contains("is a directory", ex.Message);
    }
}
