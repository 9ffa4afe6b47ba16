using System.Globalization;

namespace KnowledgeGraph.Api.Access;

/// <summary>
/// API keys and their roles (`reader` or `ingest`): from KG_API_KEYS or configuration ("key:role,key:role"), or from a
/// file with one "key:role" a line (# starts a comment). Keys are never logged or shown in errors.
/// </summary>
public sealed class ApiKeys(IReadOnlyDictionary<string, string> roles)
{
    private readonly IReadOnlyDictionary<string, string> _roles = roles;

    public const string Ingest = "ingest";
    public const string Reader = "reader";

    public static ApiKeys Empty { get; } = new(new Dictionary<string, string>());

    public int Count => _roles.Count;

    public static ApiKeys Parse(string? text) => new(Read((text ?? "").Split(',').Select((entry, i) => (entry, $"entry {i + 1}"))));

    public static ApiKeys ParseFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new ArgumentException($"The API keys file '{path}' does not exist.");
        }
        return new(Read(File.ReadAllLines(path).Select((line, i) => (line.Split('#')[0], string.Create(CultureInfo.InvariantCulture, $"{path}:{i + 1}")))));
    }

    /// <summary>These keys and those of <paramref name="other"/>.</summary>
    public ApiKeys With(ApiKeys other) => new(_roles.Concat(other._roles).GroupBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal));

    private static Dictionary<string, string> Read(IEnumerable<(string Entry, string Where)> entries)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (raw, where) in entries)
        {
            var entry = raw.Trim();
            if (entry.Length == 0)
            {
                continue;
            }
            var cut = entry.LastIndexOf(':');
            var role = cut > 0 ? entry[(cut + 1)..].Trim() : "";
            if (role is not (Ingest or Reader))
            {
                throw new ArgumentException($"API keys are 'key:role' pairs with role {Reader} or {Ingest}; {where} has role '{role}'.");
            }
            result[entry[..cut].Trim()] = role;
        }
        return result;
    }

    /// <summary>The role of a presented key, or null when the key is unknown.</summary>
    public string? RoleOf(string key) => _roles.GetValueOrDefault(key);
}
