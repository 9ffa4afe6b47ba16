namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>A real SQLite file in a fresh temporary folder, deleted after the test.</summary>
public sealed class TempDatabase : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("kg-test-").FullName;

    public string Path => System.IO.Path.Combine(Folder, "nested", "kg.db");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finalising connection is left to the OS's temp cleanup.
        }
    }
}
