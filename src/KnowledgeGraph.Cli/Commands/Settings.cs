using Microsoft.Extensions.Configuration;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>A setting from the environment, else from the "KnowledgeGraph" section of ./appsettings.json, else null.</summary>
internal static class Settings
{
    private static readonly Lazy<IConfiguration> Configuration = new(() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
        .Build());

    public static string? Get(string environment, string key) =>
        Environment.GetEnvironmentVariable(environment) is { Length: > 0 } value ? value
            : Configuration.Value[$"KnowledgeGraph:{key}"] is { Length: > 0 } configured ? configured : null;

    public static double Number(string environment, string key, double fallback)
    {
        var text = Get(environment, key);
        if (text is null)
        {
            return fallback;
        }
        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new ArgumentException($"{environment} (or KnowledgeGraph:{key}) must be a non-negative number, not '{text}'.");
    }
}
