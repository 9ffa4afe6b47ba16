using GraphQL;
using GraphQL.Types;

namespace KnowledgeGraph.Api.Schema;

/// <summary>The relationship questions the API answers (a first slice of the DESIGN.md sketch).</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Field<PersonType>("person")
            .Description("A person by key")
            .Argument<NonNullGraphType<IdGraphType>>("key")
            .ResolveAsync(async c => await (await c.RequestServices!.GetStoreAsync(c.CancellationToken)).FindPersonAsync(c.GetArgument<string>("key"), c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("articlePersons")
            .Description("The persons an article mentions")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await (await c.RequestServices!.GetStoreAsync(c.CancellationToken)).PersonsOfArticleAsync(c.GetArgument<string>("id"), c.CancellationToken));
    }
}
