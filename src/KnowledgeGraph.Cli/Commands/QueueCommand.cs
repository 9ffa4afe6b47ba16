using System.CommandLine;
using System.Globalization;
using System.Text.Json;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>`kg queue stats|dead-letters|requeue`: what the work queue holds, what failed and why, and sending it back.</summary>
internal static class QueueCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var queue = new QueueSettings();
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var stats = new Command("stats", "Depth, leases, retries waiting, dead letters, lag, totals.") { json };
        queue.AddTo(stats);
        stats.SetAction((result, cancellationToken) => CommandFailure.RunAsync("queue stats", async () =>
        {
            await using var work = await queue.OpenAsync(result, cancellationToken);
            var s = await work.StatsAsync(cancellationToken);
            Console.WriteLine(result.GetValue(json)
                ? JsonSerializer.Serialize(new
                {
                    ready = s.Ready, leased = s.Leased, delayed = s.Delayed, deadLetters = s.DeadLetters,
                    lagSeconds = s.Lag == TimeSpan.MaxValue ? (double?)null : Math.Round(s.Lag.TotalSeconds, 3),
                    acknowledged = s.Acknowledged, deadLettered = s.DeadLettered,
                    acknowledgedPerSecond = Math.Round(s.AcknowledgedPerSecond, 2), deadLetteredPerSecond = Math.Round(s.DeadLetteredPerSecond, 2),
                })
                : string.Create(CultureInfo.InvariantCulture,
                    $"ready {s.Ready:N0}, leased {s.Leased:N0}, waiting to retry {s.Delayed:N0}, dead letters {s.DeadLetters:N0}, lag {(s.Lag == TimeSpan.MaxValue ? "unknown (nothing acknowledged lately)" : s.Lag.TotalSeconds.ToString("N1", CultureInfo.InvariantCulture) + " s")}; acknowledged {s.Acknowledged:N0} ({s.AcknowledgedPerSecond:N1}/s over 5 min), dead-lettered {s.DeadLettered:N0} ({s.DeadLetteredPerSecond:N2}/s)"));
            return 0;
        }));

        var max = new Option<int>("--max") { Description = "How many, newest first.", DefaultValueFactory = _ => 100 };
        var letters = new Command("dead-letters", "The messages that failed for good, with the reason, newest first.") { json, max };
        queue.AddTo(letters);
        letters.SetAction((result, cancellationToken) => CommandFailure.RunAsync("queue dead-letters", async () =>
        {
            await using var work = await queue.OpenAsync(result, cancellationToken);
            foreach (var d in await work.DeadLettersAsync(result.GetValue(max), cancellationToken))
            {
                Console.WriteLine(result.GetValue(json)
                    ? JsonSerializer.Serialize(new { id = d.Id, attempts = d.Attempts, reason = d.Reason, failedAt = d.FailedAt, body = d.Body }, Json)
                    : string.Create(CultureInfo.InvariantCulture, $"{d.Id}\t{d.FailedAt:u}\t{d.Attempts} attempts\t{d.Reason}"));
            }
            return 0;
        }));

        var ids = new Argument<string[]>("ids") { Description = "Dead letters to send back (see dead-letters).", Arity = ArgumentArity.ZeroOrMore };
        var all = new Option<bool>("--all") { Description = "Send every dead letter back." };
        var requeue = new Command("requeue", "Put dead letters back on the queue.") { ids, all };
        queue.AddTo(requeue);
        requeue.SetAction((result, cancellationToken) => CommandFailure.RunAsync("queue requeue", async () =>
        {
            var chosen = result.GetValue(ids) ?? [];
            if (chosen.Length == 0 && !result.GetValue(all))
            {
                throw new ArgumentException("name the dead letters to requeue, or pass --all");
            }
            await using var work = await queue.OpenAsync(result, cancellationToken);
            var moved = await work.RequeueAsync(result.GetValue(all) ? null : chosen, cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"requeued {moved:N0}"));
            return 0;
        }));
        return new Command("queue", "Look into the work queue.") { stats, letters, requeue };
    }
}
