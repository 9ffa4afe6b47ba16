using GraphQL.Types;
using KnowledgeGraph.Ingestion.Pipeline;

namespace KnowledgeGraph.Api.Schema;

public sealed class IngestOutcomeType : ObjectGraphType<IngestOutcome>
{
    public IngestOutcomeType()
    {
        Name = "IngestOutcome";
        Field<IdGraphType>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("status").Description("ingested, duplicate, rejected, or queued (for the worker)").Resolve(c => c.Source.Status.ToString().ToLowerInvariant());
        Field<StringGraphType>("reason").Resolve(c => c.Source.Reason);
    }
}
