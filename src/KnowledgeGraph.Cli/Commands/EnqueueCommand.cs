using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Ingestion.Input;
using KnowledgeGraph.Ingestion.Pipeline;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg enqueue PATH...`: puts articles (JSON Lines files, folders, or - for standard input) on the work queue for the
/// workers. Lines that are not articles are refused here, each with its reason on standard error; exit code 3 then.
/// </summary>
internal static class EnqueueCommand
{
    public static Command Create()
    {
        var queue = new QueueSettings();
        var paths = new Argument<string[]>("paths") { Description = "JSON Lines files, folders of them, or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("enqueue", "Put articles on the work queue for `kg worker`.") { paths };
        queue.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandFailure.RunAsync("enqueue", async () =>
        {
            var files = IngestSource.Expand(result.GetValue(paths)!);
            await using var work = await queue.OpenAsync(result, cancellationToken);
            long queued = 0, refused = 0;
            var batch = new List<string>(1_000);
            foreach (var file in files)
            {
                var stream = file == IngestSource.StandardInput ? Console.OpenStandardInput() : File.OpenRead(file);
                await using (stream)
                {
                    await foreach (var line in JsonLinesReader.ReadAsync(stream, file == IngestSource.StandardInput ? "stdin" : file, cancellationToken: cancellationToken))
                    {
                        var parsed = ArticleParser.Parse(line);
                        if (!parsed.IsValid)
                        {
                            refused++;
                            await Console.Error.WriteLineAsync($"kg enqueue: {line.Source} line {line.Number}: {parsed.Error}");
                            continue;
                        }
                        batch.Add(line.Text!);
                        if (batch.Count == batch.Capacity)
                        {
                            await work.EnqueueAsync(batch, cancellationToken);
                            queued += batch.Count;
                            batch.Clear();
                        }
                    }
                }
            }
            await work.EnqueueAsync(batch, cancellationToken);
            queued += batch.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"queued {queued:N0}, refused {refused:N0}"));
            return refused > 0 ? 3 : 0;
        }));
        return command;
    }
}
