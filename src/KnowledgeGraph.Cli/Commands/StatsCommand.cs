using System.CommandLine;
using System.Text.Json;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>`kg stats`: how many persons, countries, offices, meetings and articles the store holds.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var stores = new StoreOptions();
        var json = new Option<bool>("--json") { Description = "Print one JSON object with the five counts." };
        var command = new Command("stats", "Count the nodes in the store.") { json };
        stores.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandFailure.RunAsync("stats", async () =>
        {
            await using var store = stores.Open(result);
            await store.InitializeAsync(cancellationToken);
            var stats = await store.GetStatsAsync(cancellationToken);
            if (result.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    persons = stats.Persons,
                    countries = stats.Countries,
                    offices = stats.Offices,
                    meetings = stats.Meetings,
                    articles = stats.Articles,
                }));
                return 0;
            }
            var table = new Table().AddColumn("kind").AddColumn(new TableColumn("count").RightAligned());
            table.AddRow("persons", stats.Persons.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            table.AddRow("countries", stats.Countries.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            table.AddRow("offices", stats.Offices.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            table.AddRow("meetings", stats.Meetings.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            table.AddRow("articles", stats.Articles.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }
}
