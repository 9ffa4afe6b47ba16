using KnowledgeGraph.Storage.Neo4j;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>The failures a command reports as one clear line and exit code 1, instead of a stack trace.</summary>
internal static class CommandFailure
{
    public const int ExitCode = 1;

    public static bool IsExpected(Exception ex) => ex is ArgumentException or FileNotFoundException or InvalidOperationException
        or IOException or UnauthorizedAccessException or System.Data.Common.DbException or Neo4jException or Neo4jUnavailableException
        or BrokenCircuitException or TimeoutRejectedException;

    public static async Task<int> RunAsync(string command, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception ex) when (IsExpected(ex))
        {
            var message = ex is BrokenCircuitException ? "the store is failing; giving up after repeated errors: " + ex.Message : ex.Message;
            await Console.Error.WriteLineAsync($"kg {command}: {message}");
            return ExitCode;
        }
    }
}
