using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Resolution;

/// <summary>Stable graph keys: the same name, title or meeting always gives the same key.</summary>
public static class Keys
{
    /// <summary>Lower-case ASCII words joined by hyphens: "Anas Khattab" → anas-khattab.</summary>
    public static string Slug(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var dash = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else if (!dash && sb.Length > 0)
            {
                sb.Append('-');
                dash = true;
            }
        }
        return sb.ToString().TrimEnd('-');
    }

    /// <summary>A short digest for keys built from several parts (a meeting's participants and date).</summary>
    public static string Digest(params IEnumerable<string> parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', parts))))[..16];
}
