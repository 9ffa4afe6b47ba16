using System.Diagnostics;
using System.Text.Json;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>`kg subscribe --count N` as a real process: started, waited for until its subscription is in place, then its events.</summary>
public sealed class KgSubscriber : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;

    private KgSubscriber(Process process)
    {
        _process = process;
        _output = process.StandardOutput.ReadToEndAsync();
    }

    public static async Task<KgSubscriber> StartAsync(Kg kg, Uri graphql, int count, string? query = null)
    {
        string[] args = ["subscribe", "--url", graphql.ToString(), "--count", count.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        var listening = new TaskCompletionSource();
        var process = kg.Start(null, query is null ? args : [.. args, query]);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("listening", StringComparison.Ordinal) == true)
            {
                listening.TrySetResult();
            }
        };
        process.BeginErrorReadLine();
        var subscriber = new KgSubscriber(process);
        await listening.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return subscriber;
    }

    /// <summary>The events printed, once the process has ended after its count; fails if it does not end in time.</summary>
    public async Task<IReadOnlyList<JsonElement>> EventsAsync()
    {
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, _process.ExitCode);
        return [.. (await _output).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
    }
}
