using System.Reflection;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>SQL kept as embedded files, looked up by name; a missing one fails at once with its name.</summary>
internal static class SqlScripts
{
    public static string Get(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name + ".sql")
            ?? throw new InvalidOperationException($"Embedded SQL script '{name}.sql' is missing from {typeof(SqlScripts).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Schema versions in order; the database's user_version says how many have been applied.</summary>
    public static readonly string[] Migrations = ["schema-v1", "schema-v2", "schema-v3", "schema-v4", "schema-v5"];
}
