namespace KnowledgeGraph.Api;

/// <summary>
/// API keys and their roles (`reader` or `ingest`), from KG_API_KEYS ("key:role,key:role") or configuration.
/// Reads are open to anonymous callers; writes need a key with the ingest role. Keys are never logged.
/// </summary>
public sealed class ApiKeys(IReadOnlyDictionary<string, string> roles)
{
    public const string Ingest = "ingest";
    public const string Reader = "reader";

    public static ApiKeys Parse(string? text)
    {
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var cut = pair.LastIndexOf(':');
            var role = cut > 0 ? pair[(cut + 1)..] : "";
            if (role is not (Ingest or Reader))
            {
                throw new ArgumentException($"API keys are 'key:role' pairs with role {Reader} or {Ingest}; one entry has role '{role}'.");
            }
            roles[pair[..cut]] = role;
        }
        return new ApiKeys(roles);
    }

    /// <summary>The role of a presented key, or null when the key is unknown.</summary>
    public string? RoleOf(string key) => roles.GetValueOrDefault(key);
}
