using System.Diagnostics;
using System.Text;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>Runs the real `kg` program (kg.dll beside the tests) as a child process, in its own working folder.</summary>
public sealed class Kg : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("kg-cli-").FullName;

    public string Db => Path.Combine(Folder, "data", "kg.db");

    /// <summary>Four short articles whose answers the command tests know (tests/Data/four-articles.jsonl).</summary>
    public static string Samples => Path.Combine(AppContext.BaseDirectory, "Data", "four-articles.jsonl");

    /// <summary>The sample articles `kg serve --demo` loads, as kg ships them beside kg.dll.</summary>
    public static string DemoSamples => Path.Combine(AppContext.BaseDirectory, "samples", "articles.jsonl");

    public Task<(int ExitCode, string Out, string Err)> RunAsync(byte[]? stdin, params string[] args) => RunAsync(stdin, null, args);

    public Task<(int ExitCode, string Out, string Err)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args) => RunAsync(null, environment, args);

    /// <summary>
    /// Starts `kg` with these arguments in the folder, its standard streams redirected (input too, for callers that
    /// write to it): for tests that watch, kill or read a process while it runs.
    /// </summary>
    public Process Start(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kg.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        return Process.Start(start)!;
    }

    private async Task<(int ExitCode, string Out, string Err)> RunAsync(byte[]? stdin, IReadOnlyDictionary<string, string>? environment, string[] args)
    {
        using var process = Start(environment, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.BaseStream.WriteAsync(stdin);
        }
        process.StandardInput.Close();
        // A bound against hangs, not a speed target: a slow shared host may take minutes over a worker's store outage.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // A run that hangs must not outlive its test: a stray worker would hold the next run's queue.
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"kg {string.Join(' ', args)} did not exit within 5 minutes; it was stopped. Its errors: {await error}");
        }
        return (process.ExitCode, await output, await error);
    }

    public Task<(int ExitCode, string Out, string Err)> RunAsync(params string[] args) => RunAsync(null, null, args);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
