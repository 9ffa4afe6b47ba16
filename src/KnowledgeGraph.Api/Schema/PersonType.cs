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
                return Loaders(c).MeetingsOfPerson.Load(c.Source.Key).Then(meetings =>
                    Paging.Slice([.. meetings.Where(m => Within(m.Date, from, to))], first, after, MeetingPage.PositionOf));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CounterpartType>>>>("counterparts")
            .Description("The people this person met, most meetings first")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 10)
            .Resolve(c =>
            {
                var first = Paging.First(c);
                var self = c.Source.Key;
                return Loaders(c).MeetingsOfPerson.Load(self).Then(meetings =>
                    meetings.SelectMany(m => m.Participants.Where(p => p != self).Select(p => (Person: p, m.Date)))
                        .GroupBy(x => x.Person)
                        .Select(g => (Key: g.Key, Count: g.Count(), Last: g.Max(x => x.Date)))
                        .OrderByDescending(x => x.Count).ThenByDescending(x => x.Last, StringComparer.Ordinal).ThenBy(x => x.Key, StringComparer.Ordinal)
                        .Take(first)
                        .Select(x => new Counterpart(x.Key, x.Count, x.Last))
                        .ToList());
            });
    }

    private static Loaders Loaders(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<Loaders>();

    /// <summary>Whether a date of any precision overlaps [from, to], compared as the stores do.</summary>
    internal static bool Within(string? date, string? from, string? to) =>
        (from is null || (date is not null && string.CompareOrdinal(date, from[..Math.Min(from.Length, date.Length)]) >= 0))
        && (to is null || (date is not null && string.CompareOrdinal(date[..Math.Min(date.Length, to.Length)], to) <= 0));
}
