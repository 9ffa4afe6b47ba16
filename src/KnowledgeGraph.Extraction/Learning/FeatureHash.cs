namespace KnowledgeGraph.Extraction.Learning;

/// <summary>
/// 64-bit FNV-1a over a feature's template and values: features are numbers, not strings, so tagging allocates
/// little and looks up fast. Stable across runs and machines (unlike string.GetHashCode), so models can be saved.
/// </summary>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static long Of(string template) => (long)Add(Offset, template);

    public static long Of(string template, ReadOnlySpan<char> value) => (long)Add(Add(Offset, template), value);

    public static long Of(string template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Of(Pair(template, a), b);

    /// <summary>The hash of a two-value feature as far as its first value: <see cref="Of(ulong, ReadOnlySpan{char})"/> finishes it.</summary>
    public static ulong Pair(string template, ReadOnlySpan<char> a) => Add(Add(Add(Offset, template), a), "|");

    /// <summary>The two-value feature begun by <see cref="Pair"/>, with its second value.</summary>
    public static long Of(ulong pair, ReadOnlySpan<char> b) => (long)Add(pair, b);

    private static ulong Add(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }
        return (hash ^ 0xFF) * Prime;
    }
}
