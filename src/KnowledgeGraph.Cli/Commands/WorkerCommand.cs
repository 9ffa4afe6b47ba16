using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Ingestion.Worker;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg worker`: takes articles from the work queue and stores them, until Ctrl+C (or, with --until-empty, until the
/// queue has nothing left to deliver). Start as many as the machines allow; they share the work.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var stores = new StoreOptions();
        var queue = new QueueSettings();
        var batch = new Option<int>("--batch-size") { Description = "Articles a lease and a transaction.", DefaultValueFactory = _ => 100 };
        var untilEmpty = new Option<bool>("--until-empty") { Description = "Stop once the queue has nothing to deliver now or later (dead letters aside)." };
        var command = new Command("worker", "Store the articles of the work queue (several workers may share it).") { batch, untilEmpty };
        stores.AddTo(command);
        queue.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandFailure.RunAsync("worker", async () =>
        {
            await using var work = await queue.OpenAsync(result, cancellationToken);
            var worker = new QueueWorker(work, () => stores.Open(result),
                new QueueWorkerOptions { BatchSize = result.GetValue(batch), UntilEmpty = result.GetValue(untilEmpty) },
                message => Console.Error.WriteLine("kg worker: " + message));
            var done = await worker.RunAsync(cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ingested {done.Ingested:N0}, duplicates {done.Duplicates:N0}, dead-lettered {done.DeadLettered:N0}, sent back for retry {done.Retried:N0}"));
            return 0;
        }));
        return command;
    }
}
