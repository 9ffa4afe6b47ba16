using System.Text;

namespace KnowledgeGraph.Api.Access;

/// <summary>
/// Bearer tokens (JWT, HS256) accepted besides API keys, when a signing key is configured: KG_JWT_SIGNING_KEY (at least
/// 32 bytes), KG_JWT_ISSUER and KG_JWT_AUDIENCE (checked when set). The role is the token's `role` or `roles` claim.
/// </summary>
public sealed record JwtOptions(string SigningKey, string? Issuer = null, string? Audience = null)
{
    public JwtOptions Validate() => Encoding.UTF8.GetByteCount(SigningKey) >= 32
        ? this
        : throw new ArgumentException("The JWT signing key must be at least 32 bytes long.");
}
