using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Names;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Which persons a listing returns: those with a name whose form is <see cref="NameForm"/>, or contains
/// <see cref="SearchForm"/>, of <see cref="Country"/>. Forms are <see cref="Orthography.NameForm"/>s; null means any.
/// </summary>
public sealed record PersonFilter(string? NameForm = null, string? SearchForm = null, string? Country = null)
{
    /// <summary>Persons with a name that sounds like <paramref name="name"/> (<see cref="NameKeys.Sound"/>), or none when it has no consonants.</summary>
    public static PersonFilter? BySound(string name) => NameKeys.Sound(name) is { } sound ? new(sound) : null;

    public static PersonFilter Of(string? name, string? search, string? country) => new(
        string.IsNullOrWhiteSpace(name) ? null : Orthography.NameForm(name),
        string.IsNullOrWhiteSpace(search) ? null : Orthography.NameForm(search),
        string.IsNullOrWhiteSpace(country) ? null : country.Trim().ToUpperInvariant());
}
