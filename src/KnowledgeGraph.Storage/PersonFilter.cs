using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Which persons a listing returns: those with a name whose form is <see cref="NameForm"/>, or contains
/// <see cref="SearchForm"/>, of <see cref="Country"/>. Forms are <see cref="Orthography.NameForm"/>s; null means any.
/// </summary>
public sealed record PersonFilter(string? NameForm = null, string? SearchForm = null, string? Country = null)
{
    public static PersonFilter Of(string? name, string? search, string? country) => new(
        string.IsNullOrWhiteSpace(name) ? null : Orthography.NameForm(name),
        string.IsNullOrWhiteSpace(search) ? null : Orthography.NameForm(search),
        string.IsNullOrWhiteSpace(country) ? null : country.Trim().ToUpperInvariant());
}
