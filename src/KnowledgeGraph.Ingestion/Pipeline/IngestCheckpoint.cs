using System.Text.Json;

namespace KnowledgeGraph.Ingestion.Pipeline;

/// <summary>
/// How far a `kg ingest` run has committed: its input files, and the file and line of the last article written. Saved
/// after each committed batch (written aside, then renamed over, so a crash never leaves half a checkpoint); removed
/// when the run completes.
/// </summary>
public sealed record IngestCheckpoint(IReadOnlyList<string> Files, int File, long Line)
{
    public static IngestCheckpoint? Load(string path, IReadOnlyList<string> files)
    {
        if (!System.IO.File.Exists(path))
        {
            return null;
        }
        IngestCheckpoint? saved;
        try
        {
            saved = JsonSerializer.Deserialize<IngestCheckpoint>(System.IO.File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"The checkpoint '{path}' is unreadable ({e.Message}); remove it to start over.", e);
        }
        if (saved is null || !saved.Files.SequenceEqual(files.Select(System.IO.Path.GetFullPath)))
        {
            throw new InvalidOperationException($"The checkpoint '{path}' is for other inputs ({string.Join(", ", saved?.Files ?? [])}); give the same paths, or remove it to start over.");
        }
        return saved;
    }

    public static void Save(string path, IngestCheckpoint checkpoint)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var aside = path + ".tmp";
        System.IO.File.WriteAllText(aside, JsonSerializer.Serialize(checkpoint));
        System.IO.File.Move(aside, path, overwrite: true);
    }

    /// <summary>Whether line <paramref name="line"/> of input <paramref name="file"/> was committed before.</summary>
    public bool Covers(int file, long line) => file < File || (file == File && line <= Line);
}
