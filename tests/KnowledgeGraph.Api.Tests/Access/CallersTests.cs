using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using KnowledgeGraph.Api.Access;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KnowledgeGraph.Api.Tests.Access;

public sealed class CallersTests
{
    private static readonly JwtOptions Jwt = new("a-signing-key-of-at-least-32-bytes-long!", "kg-tests", "kg-api");

    private static string Token(string role, string key = "a-signing-key-of-at-least-32-bytes-long!", DateTime? expires = null, string issuer = "kg-tests") =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Claims = new Dictionary<string, object> { ["role"] = role, ["sub"] = "analyst-7" },
            Issuer = issuer,
            Audience = "kg-api",
            Expires = expires ?? DateTime.UtcNow.AddMinutes(5),
            NotBefore = (expires ?? DateTime.UtcNow.AddMinutes(5)).AddMinutes(-10),
            IssuedAt = (expires ?? DateTime.UtcNow.AddMinutes(5)).AddMinutes(-10),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        });

    private static async Task<HttpStatusCode> MutateAsync(ApiHost host, string credential)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "mutation { ingestArticles(articles: []) { status } }" }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        using var response = await host.CreateClient().SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task A_signed_token_with_the_ingest_role_may_write_and_one_with_the_reader_role_may_not()
    {
        await using var host = await ApiHost.StartAsync(jwt: Jwt);
        Assert.Equal(HttpStatusCode.OK, await MutateAsync(host, Token("ingest")));
        Assert.Equal(HttpStatusCode.Forbidden, await MutateAsync(host, Token("reader")));
    }

    [Fact]
    public async Task Tokens_expired_forged_or_from_another_issuer_are_refused_with_401()
    {
        await using var host = await ApiHost.StartAsync(jwt: Jwt);
        Assert.Equal(HttpStatusCode.Unauthorized, await MutateAsync(host, Token("ingest", expires: DateTime.UtcNow.AddMinutes(-5))));
        Assert.Equal(HttpStatusCode.Unauthorized, await MutateAsync(host, Token("ingest", key: "another-signing-key-of-32-bytes-or-more!")));
        Assert.Equal(HttpStatusCode.Unauthorized, await MutateAsync(host, Token("ingest", issuer: "someone-else")));
        Assert.Equal(HttpStatusCode.Unauthorized, await MutateAsync(host, "not.a.token"));
    }

    [Fact]
    public async Task Without_a_signing_key_tokens_are_unknown_credentials()
    {
        await using var host = await ApiHost.StartAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, await MutateAsync(host, Token("ingest")));
        Assert.Equal(HttpStatusCode.OK, await MutateAsync(host, "writer-key"));
    }

    [Fact]
    public void Keys_come_from_a_file_and_a_bad_line_is_named()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["# analysts", "k1:reader", "", "k2 : ingest  # the loader"]);
            var keys = ApiKeys.ParseFile(path).With(ApiKeys.Parse("k3:reader"));
            Assert.Equal(("reader", "ingest", "reader", 3), (keys.RoleOf("k1"), keys.RoleOf("k2"), keys.RoleOf("k3"), keys.Count));
            File.WriteAllLines(path, ["k1:reader", "k2:admin"]);
            var error = Assert.Throws<ArgumentException>(() => ApiKeys.ParseFile(path));
            Assert.Contains($"{path}:2 has role 'admin'", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("k2", error.Message.Replace(path, "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
        Assert.Throws<ArgumentException>(() => new JwtOptions("short").Validate());
    }
}
