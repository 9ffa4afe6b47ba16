using GraphQL;
using GraphQL.Types;

namespace KnowledgeGraph.Api.Schema;

/// <summary>The relationship questions the API answers (a first slice of the DESIGN.md sketch).</summary>
public sealed class QueryType : ObjectGraphType
{
    /// <summary>The largest page any list returns.</summary>
    public const int MaxPage = 100;

    public QueryType()
    {
        Name = "Query";
        Field<PersonType>("person")
            .Description("A person by key")
            .Argument<NonNullGraphType<IdGraphType>>("key")
            .ResolveAsync(async c => await (await c.RequestServices!.GetStoreAsync(c.CancellationToken)).FindPersonAsync(c.GetArgument<string>("key"), c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeetingType>>>>("meetingsBetween")
            .Description("Every meeting both persons attended")
            .Argument<NonNullGraphType<IdGraphType>>("a")
            .Argument<NonNullGraphType<IdGraphType>>("b")
            .ResolveAsync(async c =>
            {
                var b = c.GetArgument<string>("b");
                var store = await c.RequestServices!.GetStoreAsync(c.CancellationToken);
                return (await store.MeetingsOfAsync(c.GetArgument<string>("a"), c.CancellationToken)).Where(m => m.Participants.Contains(b)).ToList();
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("articlePersons")
            .Description("The persons an article mentions")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await (await c.RequestServices!.GetStoreAsync(c.CancellationToken)).PersonsOfArticleAsync(c.GetArgument<string>("id"), c.CancellationToken));
    }
}
