using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Schema;

/// <summary>The relationship questions the API answers (DESIGN.md's sketch).</summary>
public sealed class QueryType : ObjectGraphType
{
    /// <summary>The longest chain `connection` looks for.</summary>
    public const int MaxHops = 6;

    public QueryType()
    {
        Name = "Query";
        Field<PersonType>("person")
            .Description("A person by key, or by any form of a name in either script («أنس خطاب», «انس خطاب», \"Anas Khattab\")")
            .Argument<IdGraphType>("key")
            .Argument<StringGraphType>("name")
            .ResolveAsync(async c =>
            {
                var store = await c.RequestServices!.GetStoreAsync(c.CancellationToken);
                if (c.GetArgument<string?>("key") is { } key)
                {
                    return await store.FindPersonAsync(key, c.CancellationToken);
                }
                var name = c.GetArgument<string?>("name") ?? throw new ExecutionError("Give the person's key or name.") { Code = "ARGUMENT" };
                // The name as written first; then a name that sounds the same (another spelling, the other script).
                if ((await store.FindPersonsAsync(PersonFilter.Of(name, null, null), 1, null, c.CancellationToken)).Persons is [var person, ..])
                {
                    return person;
                }
                return PersonFilter.BySound(name) is { } bySound
                    && (await store.FindPersonsAsync(bySound, 1, null, c.CancellationToken)).Persons is [var alike, ..] ? alike : null;
            });
        Field<NonNullGraphType<ConnectionType<PersonType>>>("persons")
            .Description("Persons whose names contain the search text (either script, normalised), of a country")
            .Argument<StringGraphType>("search")
            .Argument<IdGraphType>("country")
            .PageArguments()
            .ResolveAsync(async c => await PersonsAsync(c, PersonFilter.Of(null, c.GetArgument<string?>("search"), c.GetArgument<string?>("country"))));
        Field<CountryType>("country")
            .Argument<NonNullGraphType<IdGraphType>>("code")
            .ResolveAsync(async c => await (await c.RequestServices!.GetStoreAsync(c.CancellationToken)).FindCountryAsync(c.GetArgument<string>("code").ToUpperInvariant(), c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountryType>>>>("countries")
            .Description("The countries the graph knows whose English or Arabic name contains the search text (or whose code it is)")
            .Argument<NonNullGraphType<StringGraphType>>("search")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 10)
            .ResolveAsync(async c =>
            {
                var (first, search) = (Paging.First(c), Orthography.NameForm(c.GetArgument<string>("search")));
                var matching = KnowledgeGraph.Extraction.Gazetteers.Gazetteer.Default.Countries.Values
                    .Where(x => search.Length > 0 && (Orthography.NameForm(x.NameEn).Contains(search, StringComparison.Ordinal)
                        || Orthography.NameForm(x.NameAr).Contains(search, StringComparison.Ordinal)
                        || string.Equals(x.Code, search, StringComparison.OrdinalIgnoreCase)))
                    .Select(x => x.Code).ToHashSet(StringComparer.Ordinal);
                // Of the states whose names match, those the graph knows: one store call, however many match.
                var store = await c.RequestServices!.GetStoreAsync(c.CancellationToken);
                var known = matching.Count == 0 ? [] : await store.CountriesByCodesAsync(matching, c.CancellationToken);
                return known.OrderBy(x => x.Name, StringComparer.Ordinal).Take(first).ToList();
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeType>>>>("offices")
            .Description("Offices whose English or Arabic title contains the search text (normalised), of a country, most holders first")
            .Argument<NonNullGraphType<StringGraphType>>("search")
            .Argument<IdGraphType>("country")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 10)
            .ResolveAsync(async c =>
            {
                var (first, search) = (Paging.First(c), Orthography.NameForm(c.GetArgument<string>("search")));
                var store = await c.RequestServices!.GetStoreAsync(c.CancellationToken);
                var terms = search.Length == 0 ? [] : await store.OfficeTermsAsync(c.GetArgument<string?>("country")?.ToUpperInvariant(), c.CancellationToken);
                return terms.Where(t => Orthography.NameForm(t.Title).Contains(search, StringComparison.Ordinal)
                        || (t.TitleAr is { } ar && Orthography.NameForm(ar).Contains(search, StringComparison.Ordinal)))
                    .GroupBy(t => t.OfficeKey, StringComparer.Ordinal)
                    .Select(g => new OfficeSummary(g.Key, g.First().Title, g.First().TitleAr, g.First().Country, g.Select(t => t.PersonKey).Distinct(StringComparer.Ordinal).Count()))
                    .OrderByDescending(o => o.Holders).ThenBy(o => o.Title, StringComparer.Ordinal).ThenBy(o => o.Key, StringComparer.Ordinal)
                    .Take(first).ToList();
            });
        Field<NonNullGraphType<ConnectionType<MeetingType>>>("meetings")
            .Description("Meetings in date order: attended by participant; held in country or attended by its delegation; overlapping [from, to]; of a kind")
            .Argument<IdGraphType>("participant")
            .Argument<IdGraphType>("country")
            .DateRangeArguments()
            .Argument<MeetingKindType>("kind")
            .PageArguments()
            .ResolveAsync(async c => await MeetingsAsync(c, new MeetingFilter(
                c.GetArgument<string?>("participant"), c.GetArgument<string?>("country")?.ToUpperInvariant(), false,
                DateRange.Argument(c, "from"), DateRange.Argument(c, "to"), c.GetArgument<MeetingKind?>("kind"))));
        Field<NonNullGraphType<ConnectionType<MeetingType>>>("meetingsBetween")
            .Description("Every meeting both persons attended, in date order")
            .Argument<NonNullGraphType<IdGraphType>>("a")
            .Argument<NonNullGraphType<IdGraphType>>("b")
            .PageArguments()
            .ResolveAsync(async c =>
            {
                var (first, after, b) = (Paging.First(c), Paging.After(c), c.GetArgument<string>("b"));
                var store = await c.RequestServices!.GetStoreAsync(c.CancellationToken);
                var pages = await store.MeetingPagesOfPersonsAsync([c.GetArgument<string>("a")], null, null, int.MaxValue - 1, null, c.CancellationToken);
                var both = pages.Values.SelectMany(p => p.Meetings).Where(m => m.Participants.Contains(b)).ToList();
                return Paging.Slice(both, first, after, MeetingPage.PositionOf);
            });
        Field<ListGraphType<NonNullGraphType<PathStepType>>>("connection")
            .Description($"The shortest chain of meetings linking two persons, at most maxHops meetings long (1 to {MaxHops}); null when there is none")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .Argument<IntGraphType>("maxHops", a => a.DefaultValue = 4)
            .ResolveAsync(async c =>
            {
                var hops = c.GetArgument("maxHops", 4);
                if (hops is < 1 or > MaxHops)
                {
                    throw new ExecutionError($"'maxHops' must be between 1 and {MaxHops}; it was {hops}.") { Code = "ARGUMENT" };
                }
                var store = await c.RequestServices!.GetStoreAsync(c.CancellationToken);
                var chain = await store.ShortestChainAsync(c.GetArgument<string>("from"), c.GetArgument<string>("to"), hops, c.CancellationToken);
                return chain?.Persons.Select((p, i) => new PathStep(p, i < chain.Meetings.Count ? chain.Meetings[i] : null)).ToList();
            });
        Field<NonNullGraphType<ConnectionType<OfficeTermType>>>("officeHolders")
            .Description("Who held an office (its title in English or Arabic, normalised), of a country, earliest first")
            .Argument<NonNullGraphType<StringGraphType>>("title")
            .Argument<IdGraphType>("country")
            .PageArguments()
            .ResolveAsync(async c =>
            {
                // "Foreign Minister" asks for the same post as "Minister of Foreign Affairs".
                static string Form(string title) => Orthography.NameForm(KnowledgeGraph.Resolution.OfficeTitles.Canonical(title));
                var (first, after, title) = (Paging.First(c), Paging.After(c), Form(c.GetArgument<string>("title")));
                var store = await c.RequestServices!.GetStoreAsync(c.CancellationToken);
                var terms = await store.OfficeTermsAsync(c.GetArgument<string?>("country")?.ToUpperInvariant(), c.CancellationToken);
                var holders = terms.Where(t => Form(t.Title) == title || (t.TitleAr is { } ar && Orthography.NameForm(ar) == title))
                    .OrderBy(t => t.FirstSeen, StringComparer.Ordinal).ThenBy(t => t.PersonKey, StringComparer.Ordinal).ToList();
                return Paging.Slice(holders, first, after, OfficeTermType.PositionOf);
            });
        Field<ArticleType>("article")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await (await c.RequestServices!.GetStoreAsync(c.CancellationToken)).FindArticleAsync(c.GetArgument<string>("id"), c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("articlePersons")
            .Description("The persons an article mentions (also Article.persons)")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await (await c.RequestServices!.GetStoreAsync(c.CancellationToken)).PersonsOfArticleAsync(c.GetArgument<string>("id"), c.CancellationToken));
    }

    internal static async Task<Connection<PersonRecord>> PersonsAsync(IResolveFieldContext c, PersonFilter filter)
    {
        var (first, after) = (Paging.First(c), Paging.After(c));
        var page = await (await c.RequestServices!.GetStoreAsync(c.CancellationToken)).FindPersonsAsync(filter, first, after, c.CancellationToken);
        return Paging.Connection(page.Persons, page.TotalCount, page.HasMore, after is not null, p => p.Key);
    }

    internal static async Task<Connection<MeetingRecord>> MeetingsAsync(IResolveFieldContext c, MeetingFilter filter)
    {
        var (first, after) = (Paging.First(c), Paging.After(c));
        var page = await (await c.RequestServices!.GetStoreAsync(c.CancellationToken)).FindMeetingsAsync(filter, first, after, c.CancellationToken);
        return Paging.Connection(page.Meetings, page.TotalCount, page.HasMore, after is not null, MeetingPage.PositionOf);
    }
}
