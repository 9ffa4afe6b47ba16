using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KnowledgeGraph.Api.Access;

/// <summary>Who a presented credential (an API key, or a JWT where configured) is allowed to be: a role, or null when it is refused.</summary>
public sealed class Callers(ApiKeys keys, JwtOptions? jwt = null)
{
    private readonly JsonWebTokenHandler _tokens = new();

    public async Task<string?> RoleOfAsync(string credential)
    {
        if (keys.RoleOf(credential) is { } role)
        {
            return role;
        }
        if (jwt is null || credential.Count(c => c == '.') != 2)
        {
            return null;
        }
        var result = await _tokens.ValidateTokenAsync(credential, new TokenValidationParameters
        {
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt.SigningKey)),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ValidateIssuer = jwt.Issuer is not null,
            ValidIssuer = jwt.Issuer,
            ValidateAudience = jwt.Audience is not null,
            ValidAudience = jwt.Audience,
            ClockSkew = TimeSpan.FromSeconds(30),
        });
        if (!result.IsValid)
        {
            return null;
        }
        var roles = result.ClaimsIdentity.Claims.Where(c => c.Type is "role" or "roles" or ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return roles.Contains(ApiKeys.Ingest) ? ApiKeys.Ingest : roles.Contains(ApiKeys.Reader) ? ApiKeys.Reader : null;
    }
}
