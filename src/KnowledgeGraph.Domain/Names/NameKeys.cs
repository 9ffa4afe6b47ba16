namespace KnowledgeGraph.Domain.Names;

/// <summary>
/// The keys a name is looked up by in the stores: <see cref="Exact"/>, its written form normalised, and
/// <see cref="Sound"/>, its consonant skeleton, which an Arabic name and its English spellings share («أنس خطاب»,
/// "Anas Khattab", "Anas Khatab"). Lookups try the exact key first: sounds alike is weaker evidence.
/// </summary>
public static class NameKeys
{
    public const string SoundPrefix = "~";

    public static string Exact(string name) => Orthography.NameForm(name);

    public static string? Sound(string name) => NameSkeleton.Words(name) is { Length: > 0 } words ? SoundPrefix + string.Join('·', words) : null;

    /// <summary>Every key of a name: the exact one, and the one by sound when the name has consonants.</summary>
    public static IEnumerable<string> Of(string name) => Sound(name) is { } sound ? [Exact(name), sound] : [Exact(name)];
}
