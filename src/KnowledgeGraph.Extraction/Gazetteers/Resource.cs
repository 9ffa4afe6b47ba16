using System.Reflection;

namespace KnowledgeGraph.Extraction.Gazetteers;

/// <summary>Reads the embedded data files; a missing file is a build defect, so it fails at once with its name.</summary>
internal static class Resource
{
    public static Stream Open(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded data file '{name}' is missing from {typeof(Resource).Assembly.GetName().Name}.");

    public static IEnumerable<string[]> ReadRows(string name)
    {
        using var stream = Open(name);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            yield return line.Split('\t');
        }
    }

    public static string Column(string[] row, int i) => i < row.Length ? row[i].Trim() : "";

    public static IEnumerable<string> Alternatives(string[] row, int i) =>
        Column(row, i).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
