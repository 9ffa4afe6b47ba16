using System.Reflection;

namespace KnowledgeGraph.Api;

/// <summary>A file embedded in this assembly (the IDE, the web app's bundle), read whole; a missing one fails with its name.</summary>
internal static class EmbeddedFile
{
    public static byte[] Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded file '{name}' is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
