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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CounterpartType>>>>("counterparts")
            .Description("The people this person met, most meetings first")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 10)
            .ResolveAsync(async c =>
            {
                var first = Math.Clamp(c.GetArgument("first", 10), 0, QueryType.MaxPage);
                var store = await c.RequestServices!.GetStoreAsync(c.CancellationToken);
                var meetings = await store.MeetingsOfAsync(c.Source.Key, c.CancellationToken);
                var ranked = meetings.SelectMany(m => m.Participants.Where(p => p != c.Source.Key).Select(p => (Person: p, m.Date)))
                    .GroupBy(x => x.Person)
                    .Select(g => (Key: g.Key, Count: g.Count(), Last: g.Max(x => x.Date)))
                    .OrderByDescending(x => x.Count).ThenByDescending(x => x.Last, StringComparer.Ordinal).ThenBy(x => x.Key, StringComparer.Ordinal)
                    .Take(first);
                var result = new List<Counterpart>();
                foreach (var (key, count, last) in ranked)
                {
                    if (await store.FindPersonAsync(key, c.CancellationToken) is { } person)
                    {
                        result.Add(new Counterpart(person, count, last));
                    }
                }
                return result;
            });
    }
}
