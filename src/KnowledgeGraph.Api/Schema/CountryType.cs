using GraphQL.Types;
using GraphQL.Types.Relay;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Schema;

/// <summary>A country: its names, its people, its offices and their holders, the meetings it hosted.</summary>
public sealed class CountryType : ObjectGraphType<CountryRecord>
{
    public CountryType()
    {
        Name = "Country";
        Field<NonNullGraphType<IdGraphType>>("code").Description("ISO 3166-1 alpha-2").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("nameAr").Resolve(c => c.Source.NameAr);
        Field<NonNullGraphType<ConnectionType<PersonType>>>("persons").PageArguments()
            .ResolveAsync(async c => await QueryType.PersonsAsync(c, PersonFilter.Of(null, null, c.Source.Code)));
        Field<NonNullGraphType<ConnectionType<OfficeTermType>>>("offices")
            .Description("Every holder of the country's offices, by office")
            .PageArguments()
            .ResolveAsync(async c =>
            {
                var (first, after) = (Paging.First(c), Paging.After(c));
                var terms = await (await c.RequestServices!.GetStoreAsync(c.CancellationToken)).OfficeTermsAsync(c.Source.Code, c.CancellationToken);
                return Paging.Slice(terms, first, after, OfficeTermType.PositionOf);
            });
        Field<NonNullGraphType<ConnectionType<MeetingType>>>("meetingsHosted").PageArguments()
            .ResolveAsync(async c => await QueryType.MeetingsAsync(c, new MeetingFilter(Country: c.Source.Code, HeldInOnly: true)));
    }
}
