using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Ingestion.Pipeline;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg ingest [PATH ...]`: bulk-loads JSON Lines articles into the store. Exit code 0 when every line was
/// ingested (or already there), 3 when some lines were rejected, 1 when the run failed.
/// </summary>
internal static class IngestCommand
{
    public const int Ok = 0;
    public const int SomeRejected = 3;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders of .jsonl articles; - reads standard input.", Arity = ArgumentArity.OneOrMore };
        var stores = new StoreOptions();
        var rejects = new Option<string?>("--rejects") { Description = "Where rejected lines are described, one JSON line each (default: <db>.rejects.jsonl)." };
        var batchSize = new Option<int>("--batch-size") { Description = "Articles per transaction.", DefaultValueFactory = _ => 500 };
        var resume = new Option<bool>("--resume")
        {
            Description = "Go on from where an interrupted run of the same inputs last committed (its checkpoint is <db>.checkpoint.json, or --checkpoint).",
        };
        var checkpoint = new Option<string?>("--checkpoint") { Description = "Where the run records how far it has committed (default: <db>.checkpoint.json)." };
        var command = new Command("ingest", "Extract and store articles from JSON Lines files, folders or standard input.") { paths, rejects, batchSize, resume, checkpoint };
        stores.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = new IngestOptions
            {
                BatchSize = result.GetValue(batchSize),
                RejectsPath = result.GetValue(rejects) ?? stores.DefaultRejects(result),
                // Files are checkpointed; standard input cannot be read again, so it is not.
                CheckpointPath = result.GetValue(paths)!.Contains(IngestSource.StandardInput) && !result.GetValue(resume)
                    ? null
                    : result.GetValue(checkpoint) ?? stores.DefaultCheckpoint(result),
                Resume = result.GetValue(resume),
            };
            return await CommandFailure.RunAsync("ingest", async () =>
            {
                options.Validate();
                var files = IngestSource.Expand(result.GetValue(paths)!);
                await using var store = stores.Open(result);
                await store.InitializeAsync(cancellationToken);
                var pipeline = new IngestPipeline(store, options);
                var summary = await RunWithProgressAsync(pipeline, files, cancellationToken);
                PrintSummary(summary, options.RejectsPath);
                return summary.Rejected > 0 ? SomeRejected : Ok;
            });
        });
        return command;
    }

    private static async Task<IngestProgress> RunWithProgressAsync(IngestPipeline pipeline, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        if (!Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            IngestProgress? last = null;
            await AnsiConsole.Progress().AutoClear(true).StartAsync(async ctx =>
            {
                var task = ctx.AddTask("ingesting", maxValue: 1);
                task.IsIndeterminate = true;
                last = await pipeline.RunAsync(files, p => task.Description = $"{p.Read:N0} read, {p.Ingested:N0} ingested, {p.Rate:N0}/s", cancellationToken: cancellationToken);
                task.Value = 1;
            });
            return last!;
        }
        var lastPrint = TimeSpan.Zero;
        return await pipeline.RunAsync(files, p =>
        {
            // Without a terminal: one plain line every five seconds at most.
            if (p.Elapsed - lastPrint >= TimeSpan.FromSeconds(5))
            {
                lastPrint = p.Elapsed;
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kg ingest: {p.Read:N0} read, {p.Ingested:N0} ingested, {p.Duplicates:N0} duplicates, {p.Rejected:N0} rejected, {p.Rate:N0} lines/s"));
            }
        }, cancellationToken: cancellationToken);
    }

    private static void PrintSummary(IngestProgress s, string rejectsPath)
    {
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read {s.Read:N0}, ingested {s.Ingested:N0}, duplicates skipped {s.Duplicates:N0}, rejected {s.Rejected:N0}, elapsed {s.Elapsed.TotalSeconds:N2} s, rate {s.Rate:N0} articles/s, store writes {s.Writing.TotalSeconds:N2} s"));
        if (s.Rejected > 0)
        {
            Console.Out.WriteLine($"rejected lines are described in {rejectsPath}");
        }
    }
}
