using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using KnowledgeGraph.Api.Loading;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Schema;

/// <summary>A person of the graph: names in both scripts, countries, offices, and the meetings they attended.</summary>
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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeTermType>>>>("offices")
            .Description("The offices the person holds, earliest first")
            .WithComplexityImpact(1, 2)
            .Resolve(c => Loaders(c).OfficesOfPerson.Load(c.Source.Key));
        Field<NonNullGraphType<ConnectionType<MeetingType>>>("meetings")
            .Description("The meetings the person attended, in date order; from and to as in Query.meetings")
            .Argument<StringGraphType>("from")
            .Argument<StringGraphType>("to")
            .PageArguments()
            .Resolve(c =>
            {
                var (first, after, from, to) = (Paging.First(c), Paging.After(c), c.GetArgument<string?>("from"), c.GetArgument<string?>("to"));
                return Loaders(c).MeetingPagesOfPerson(from, to, first, after).Load(c.Source.Key)
                    .Then(page => Paging.Connection(page.Meetings, page.TotalCount, page.HasMore, after is not null, MeetingPage.PositionOf));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CounterpartType>>>>("counterparts")
            .Description("The people this person met, most meetings first")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 10)
            .Resolve(c =>
            {
                var first = Paging.First(c);
                return Loaders(c).CounterpartsOfPerson.Load(c.Source.Key).Then(counterparts =>
                    counterparts.OrderByDescending(x => x.Meetings).ThenByDescending(x => x.LastMet, StringComparer.Ordinal).ThenBy(x => x.CounterpartKey, StringComparer.Ordinal)
                        .Take(first)
                        .Select(x => new Counterpart(x.CounterpartKey, x.Meetings, x.LastMet))
                        .ToList());
            });
    }

    private static Loaders Loaders(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<Loaders>();
}
