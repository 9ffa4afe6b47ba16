using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Schema;

/// <summary>A person of the graph: names in both scripts, countries, and the meetings they attended.</summary>
public sealed class PersonType : ObjectGraphType<PersonRecord>
{
    public PersonType()
    {
        Name = "Person";
        Field<NonNullGraphType<IdGraphType>>("key").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The fullest form of the name seen").Resolve(c => c.Source.Name);
        Field<StringGraphType>("nameEn").Resolve(c => c.Source.NameEn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases").Resolve(c => c.Source.Aliases);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("countries").Description("ISO 3166-1 codes").Resolve(c => c.Source.Countries);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeetingType>>>>("meetings")
            .ResolveAsync(async c => await (await c.RequestServices!.GetStoreAsync(c.CancellationToken)).MeetingsOfAsync(c.Source.Key, c.CancellationToken));
    }
}
