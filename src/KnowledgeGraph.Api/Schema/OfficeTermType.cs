using GraphQL.Types;
using KnowledgeGraph.Api.Loading;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Schema;

/// <summary>A person in an office, from the first to the last article date that reports it.</summary>
public sealed class OfficeTermType : ObjectGraphType<OfficeTermRecord>
{
    public OfficeTermType()
    {
        Name = "OfficeTerm";
        Field<NonNullGraphType<IdGraphType>>("officeKey").Resolve(c => c.Source.OfficeKey);
        Field<NonNullGraphType<StringGraphType>>("title").Description("In English").Resolve(c => c.Source.Title);
        Field<StringGraphType>("titleAr").Resolve(c => c.Source.TitleAr);
        Field<IdGraphType>("country").Description("Whose office; none for posts of organisations").Resolve(c => c.Source.Country);
        Field<NonNullGraphType<StringGraphType>>("firstSeen").Resolve(c => c.Source.FirstSeen);
        Field<NonNullGraphType<StringGraphType>>("lastSeen").Resolve(c => c.Source.LastSeen);
        Field<PersonType>("person").Resolve(c => c.RequestServices!.GetRequiredService<Loaders>().Persons.Load(c.Source.PersonKey));
    }

    /// <summary>Where a term stands in a listing: what `after` takes to go on after it.</summary>
    public static string PositionOf(OfficeTermRecord term) => term.OfficeKey + '\u001f' + term.PersonKey;
}
