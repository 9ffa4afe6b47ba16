using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>`kg schema apply`: creates or migrates the store's schema (uniqueness constraints on Neo4j); safe to run again.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var stores = new StoreOptions();
        var apply = new Command("apply", "Create the schema (tables, or Neo4j uniqueness constraints) if missing.");
        stores.AddTo(apply);
        apply.SetAction((result, cancellationToken) => CommandFailure.RunAsync("schema apply", async () =>
        {
            await using var store = stores.Open(result);
            await store.InitializeAsync(cancellationToken);
            Console.WriteLine($"schema applied ({result.GetValue(stores.Store)})");
            return 0;
        }));
        return new Command("schema", "Manage the store's schema.") { apply };
    }
}
