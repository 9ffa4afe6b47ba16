using KnowledgeGraph.Domain.Names;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Runs parameterised statements ($1, $2, …), keeping one prepared command per statement text.</summary>
internal sealed class Writer(SqliteConnection connection, SqliteTransaction? transaction) : IAsyncDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public Task<int> Run(string sql, CancellationToken cancellationToken, params object?[] values) =>
        Command(sql, values).ExecuteNonQueryAsync(cancellationToken);

    public Task<object?> Scalar(string sql, CancellationToken cancellationToken, params object?[] values) =>
        Command(sql, values).ExecuteScalarAsync(cancellationToken);

    public Task<SqliteDataReader> Reader(string sql, CancellationToken cancellationToken, params object?[] values) =>
        Command(sql, values).ExecuteReaderAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> Strings(string sql, CancellationToken cancellationToken, params object?[] values)
    {
        var list = new List<string>();
        await using var reader = await Reader(sql, cancellationToken, values);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(reader.GetString(0));
        }
        return list;
    }

    /// <summary>Records the lookup keys (<see cref="NameKeys"/>) of one of a person's names.</summary>
    public async Task NameForm(string personKey, string? name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }
        foreach (var key in NameKeys.Of(name))
        {
            await Run("INSERT INTO person_names(form, person_key) VALUES ($1,$2) ON CONFLICT DO NOTHING", cancellationToken, key, personKey);
        }
    }

    public Task<int> Change(string kind, string key, string articleId, string at, CancellationToken cancellationToken) =>
        Run("INSERT INTO changes(kind, key, article_id, at) VALUES ($1,$2,$3,$4)", cancellationToken, kind, key, articleId, at);

    public async ValueTask DisposeAsync()
    {
        foreach (var cmd in _commands.Values)
        {
            await cmd.DisposeAsync();
        }
        _commands.Clear();
    }

    private SqliteCommand Command(string sql, object?[] values)
    {
        if (!_commands.TryGetValue(sql, out var cmd))
        {
            cmd = connection.CreateCommand();
            cmd.Transaction = transaction;
            cmd.CommandText = sql;
            for (var i = 0; i < values.Length; i++)
            {
                cmd.Parameters.Add(new SqliteParameter("$" + (i + 1), null));
            }
            _commands[sql] = cmd;
        }
        for (var i = 0; i < values.Length; i++)
        {
            cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        return cmd;
    }
}
