namespace KnowledgeGraph.Ingestion.Pipeline;

/// <summary>The inputs named on the command line: files, folders of .jsonl files (recursively, in name order), or - for stdin.</summary>
public static class IngestSource
{
    public const string StandardInput = "-";

    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (path == StandardInput)
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new FileNotFoundException($"No such file or folder: {path}", path);
            }
        }
        return files;
    }

    public static long? TotalBytes(IReadOnlyList<string> files) =>
        files.Contains(StandardInput) ? null : files.Sum(f => new FileInfo(f).Length);
}
