using System.Collections.Concurrent;
using System.Diagnostics;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// `kg serve` as a real process on a free port in a test's working folder: started, waited for until /health/live
/// answers, its output kept (to check what it logs), killed at the end.
/// </summary>
public sealed class KgServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private KgServer(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public Uri GraphQL => new(Address, "/graphql");

    /// <summary>Everything the server printed so far, standard output and error.</summary>
    public string Output => string.Join('\n', _output);

    public static async Task<KgServer> StartAsync(Kg kg, IReadOnlyDictionary<string, string>? environment = null, params string[] args)
    {
        var address = new Uri($"http://127.0.0.1:{Ports.Free()}");
        var server = new KgServer(kg.Start(environment, ["serve", "--urls", address.ToString().TrimEnd('/'), .. args]), address);
        server._process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (server._process.HasExited)
            {
                throw new InvalidOperationException($"kg serve exited with {server._process.ExitCode}: {server.Output}");
            }
            try
            {
                if ((await http.GetAsync(new Uri(address, "/health/ready"))).IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(100);
        }
        await server.DisposeAsync();
        throw new TimeoutException("kg serve did not become ready: " + server.Output);
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }


    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
