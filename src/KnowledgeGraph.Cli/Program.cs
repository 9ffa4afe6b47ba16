using System.CommandLine;
using KnowledgeGraph.Cli.Commands;

var root = new RootCommand("kg — a knowledge graph of persons, countries, offices and meetings from news articles.")
{
    ExtractCommand.Create(),
    IngestCommand.Create(),
    StatsCommand.Create(),
    TrainCommand.Create(),
    SchemaCommand.Create(),
    ServeCommand.Create(),
    SubscribeCommand.Create(),
    EnqueueCommand.Create(),
    WorkerCommand.Create(),
    QueueCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
