using System.Diagnostics;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Queue.RabbitMq.Tests;

/// <summary>
/// A real RabbitMQ (Debian's rabbitmq-server, which CI installs) started for the tests: its own node name, free AMQP,
/// distribution, epmd and management ports, a fresh data folder, the management plugin only (statistics every
/// 500 ms); stopped, with its epmd, at the end.
/// </summary>
public sealed class RabbitMqServerFixture : IAsyncLifetime
{
    private const string Server = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    private readonly string _folder = Directory.CreateTempSubdirectory("kg-rabbitmq-").FullName;
    private Process? _process;
    private int _epmd;

    public Uri Uri { get; private set; } = new("amqp://guest:guest@127.0.0.1:5672/");

    public Uri ManagementUri { get; private set; } = new("http://127.0.0.1:15672/");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Server))
        {
            throw new InvalidOperationException($"RabbitMQ is not installed ({Server} is missing): `apt-get install rabbitmq-server`, as .ci/run does.");
        }
        var (amqp, distribution, management) = (Ports.Free(), Ports.Free(), Ports.Free());
        _epmd = Ports.Free();
        await File.WriteAllTextAsync(Path.Combine(_folder, "enabled_plugins"), "[rabbitmq_management].");
        await File.WriteAllTextAsync(Path.Combine(_folder, "rabbitmq.conf"),
            $"management.tcp.ip = 127.0.0.1\nmanagement.tcp.port = {management}\ncollect_statistics_interval = 500\n");
        var start = new ProcessStartInfo(Server) { WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in new Dictionary<string, string>
        {
            ["RABBITMQ_NODENAME"] = $"kg{amqp}@localhost",
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = amqp.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RABBITMQ_DIST_PORT"] = distribution.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ERL_EPMD_PORT"] = _epmd.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(_folder, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(_folder, "log"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(_folder, "enabled_plugins"),
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(_folder, "rabbitmq"),
            ["HOME"] = _folder,
        })
        {
            start.Environment[name] = value;
        }
        _process = Process.Start(start)!;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Uri = new Uri($"amqp://guest:guest@127.0.0.1:{amqp}/");
        ManagementUri = new Uri($"http://127.0.0.1:{management}/");
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            try
            {
                await using var probe = new RabbitMqWorkQueue(new RabbitMqOptions(Uri) { Queue = "kg.probe" });
                await probe.InitializeAsync();
                return;
            }
            catch (InvalidOperationException)
            {
                await Task.Delay(250);
            }
        }
        throw new TimeoutException("RabbitMQ did not accept connections within 90 s");
    }


    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        // The node's own epmd outlives it; it listens on the port given above only.
        using (var epmd = Process.Start(new ProcessStartInfo("epmd", ["-kill"]) { Environment = { ["ERL_EPMD_PORT"] = _epmd.ToString(System.Globalization.CultureInfo.InvariantCulture) }, RedirectStandardOutput = true, RedirectStandardError = true }))
        {
            await epmd!.WaitForExitAsync();
        }
        Directory.Delete(_folder, recursive: true);
    }
}
