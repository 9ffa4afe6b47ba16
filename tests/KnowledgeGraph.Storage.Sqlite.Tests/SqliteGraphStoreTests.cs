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

    [Fact]
    public async Task A_process_that_waited_while_another_migrated_the_database_does_not_migrate_it_again()
    {
        using var db = new TempDatabase();
        Directory.CreateDirectory(Path.GetDirectoryName(db.Path)!);
        await using var other = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db.Path};Pooling=False");
        await other.OpenAsync();
        await RunAsync(other, "PRAGMA journal_mode=WAL; BEGIN IMMEDIATE;");

        // This store reads the new database's version (0) and then waits for the write lock the other process holds...
        await using var store = new SqliteGraphStore(new SqliteStoreOptions(db.Path));
        var opening = Task.Run(() => store.InitializeAsync());
        await Task.Delay(500);
        Assert.False(opening.IsCompleted);

        // ...while the other process brings the database to the current schema.
        for (var v = 1; v <= 5; v++)
        {
            using var script = new StreamReader(typeof(SqliteGraphStore).Assembly.GetManifestResourceStream($"schema-v{v}.sql")!);
            await RunAsync(other, await script.ReadToEndAsync());
        }
        await RunAsync(other, "PRAGMA user_version = 5; COMMIT;");

        await opening;
        await RunAsync(other, "SELECT 1");
        await using var cmd = other.CreateCommand();
        cmd.CommandText = "PRAGMA user_version";
        Assert.Equal(5L, (long)(await cmd.ExecuteScalarAsync())!);
    }

    private static async Task RunAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task A_version_1_database_is_migrated_and_its_persons_are_found_by_name()
    {
        using var db = new TempDatabase();
        await CreateVersion1Async(db, """
            INSERT INTO persons(key, name, name_en) VALUES ('anas-khattab', 'أنس خطاب', 'Anas Khattab');
            INSERT INTO person_aliases(person_key, alias) VALUES ('anas-khattab', 'خطاب');
            """);
        await using var store = new SqliteGraphStore(new SqliteStoreOptions(db.Path));
        await store.InitializeAsync();
        foreach (var name in new[] { "انس خطاب", "Anas Khattab", "خطاب" })
        {
            Assert.Equal(["anas-khattab"], (await store.FindPersonsAsync(PersonFilter.Of(name, null, null), 10, null)).Persons.Select(p => p.Key));
        }
    }

    [Fact]
    public async Task A_report_stored_before_sentences_were_kept_is_still_listed_without_its_sentence()
    {
        using var db = new TempDatabase();
        await CreateVersion1Async(db, """
            INSERT INTO articles(id, published, content_hash, ingested_at) VALUES ('a1', '2025-03-12', 'h', '2025-03-12T00:00:00Z');
            INSERT INTO meetings(key, kind) VALUES ('m1', 'meeting');
            INSERT INTO article_meetings(article_id, meeting_key, evidence_start, evidence_end) VALUES ('a1', 'm1', 3, 40);
            """);
        await using var store = new SqliteGraphStore(new SqliteStoreOptions(db.Path));
        await store.InitializeAsync();
        var report = Assert.Single(await store.ReportsOfMeetingsAsync(["m1"]));
        Assert.Equal(("a1", new KnowledgeGraph.Domain.TextSpan(3, 40), (string?)null), (report.Article.Id, report.Evidence, report.Sentence));
    }

    [Fact]
    public async Task A_meeting_whose_date_becomes_more_precise_moves_in_each_participants_date_order()
    {
        using var db = new TempDatabase();
        await using (var store = new SqliteGraphStore(new SqliteStoreOptions(db.Path)))
        {
            await store.InitializeAsync();
        }
        await using (var sql = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db.Path};Pooling=False"))
        {
            await sql.OpenAsync();
            await using var cmd = sql.CreateCommand();
            cmd.CommandText = """
                INSERT INTO persons(key, name) VALUES ('a', 'أ'), ('b', 'ب');
                INSERT INTO meetings(key, kind, date) VALUES ('m1', 'meeting', '2025-03'), ('m2', 'meeting', '2025-03-20');
                INSERT INTO meeting_participants(meeting_key, person_key, meeting_date) VALUES ('m1', 'a', '2025-03'), ('m2', 'a', '2025-03-20');
                UPDATE meetings SET date = '2025-03-30' WHERE key = 'm1';
                """;
            await cmd.ExecuteNonQueryAsync();
        }
        await using var reopened = new SqliteGraphStore(new SqliteStoreOptions(db.Path));
        await reopened.InitializeAsync();
        var page = (await reopened.MeetingPagesOfPersonsAsync(["a"], "2025-03-21", null, 10, null))["a"];
        Assert.Equal(["m1"], page.Meetings.Select(m => m.Key));
        Assert.Equal(["m2", "m1"], (await reopened.MeetingPagesOfPersonsAsync(["a"], null, null, 10, null))["a"].Meetings.Select(m => m.Key));
    }

    // A database as kg's first schema left it, holding these rows.
    private static async Task CreateVersion1Async(TempDatabase db, string rows)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(db.Path)!);
        await using var old = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db.Path};Pooling=False");
        await old.OpenAsync();
        using var reader = new StreamReader(typeof(SqliteGraphStore).Assembly.GetManifestResourceStream("schema-v1.sql")!);
        await using var cmd = old.CreateCommand();
        cmd.CommandText = await reader.ReadToEndAsync() + "PRAGMA user_version = 1;\n" + rows;
        await cmd.ExecuteNonQueryAsync();
    }
}
