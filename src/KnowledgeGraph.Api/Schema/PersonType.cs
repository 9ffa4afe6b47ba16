using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using KnowledgeGraph.Api.Loading;
using KnowledgeGraph.Domain;
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
            .DateRangeArguments()
            .PageArguments()
            .Resolve(c =>
            {
                var (first, after, from, to) = (Paging.First(c), Paging.After(c), DateRange.Argument(c, "from"), DateRange.Argument(c, "to"));
                return Loaders(c).MeetingPagesOfPerson(from, to, first, after).Load(c.Source.Key)
                    .Then(page => Paging.Connection(page.Meetings, page.TotalCount, page.HasMore, after is not null, MeetingPage.PositionOf));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CounterpartType>>>>("counterparts")
            .Description("The people this person met, most meetings first; only at meetings overlapping [from, to] and of a kind, when given")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 10)
            .DateRangeArguments()
            .Argument<MeetingKindType>("kind")
            .WithComplexityImpact(1, 2)
            .Resolve(c =>
            {
                var (first, from, to, kind) = (Paging.First(c), DateRange.Argument(c, "from"), DateRange.Argument(c, "to"), c.GetArgument<MeetingKind?>("kind"));
                var counted = from is null && to is null && kind is null
                    ? Loaders(c).CounterpartsOfPerson.Load(c.Source.Key)
                    // Filtered: counted from the person's meetings in the range, which the page loader batches the same way.
                    : Loaders(c).MeetingPagesOfPerson(from, to, int.MaxValue - 1, null).Load(c.Source.Key)
                        .Then(page => CounterpartsAt(c.Source.Key, page.Meetings.Where(m => kind is null || m.Kind == kind)));
                return counted.Then(counterparts =>
                    counterparts.OrderByDescending(x => x.Meetings).ThenByDescending(x => x.LastMet, StringComparer.Ordinal).ThenBy(x => x.CounterpartKey, StringComparer.Ordinal)
                        .Take(first)
                        .Select(x => new Counterpart(x.CounterpartKey, x.Meetings, x.LastMet))
                        .ToList());
            });
    }

    private static IReadOnlyList<CounterpartRecord> CounterpartsAt(string person, IEnumerable<MeetingRecord> meetings) =>
        [.. meetings.SelectMany(m => m.Participants.Where(p => p != person).Select(p => (Person: p, m.Date)))
            .GroupBy(x => x.Person, StringComparer.Ordinal)
            .Select(g => new CounterpartRecord(person, g.Key, g.Count(), g.Select(x => x.Date).Where(d => d is not null).Max(StringComparer.Ordinal)))];

    private static Loaders Loaders(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<Loaders>();
}
