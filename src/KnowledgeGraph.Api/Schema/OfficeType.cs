using GraphQL.Types;

namespace KnowledgeGraph.Api.Schema;

public sealed class OfficeType : ObjectGraphType<OfficeSummary>
{
    public OfficeType()
    {
        Name = "Office";
        Field<NonNullGraphType<IdGraphType>>("key").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("title").Description("In English").Resolve(c => c.Source.Title);
        Field<StringGraphType>("titleAr").Resolve(c => c.Source.TitleAr);
        Field<IdGraphType>("country").Description("Whose office; none for posts of organisations").Resolve(c => c.Source.Country);
        Field<NonNullGraphType<IntGraphType>>("holders").Description("How many persons held it").Resolve(c => c.Source.Holders);
    }
}
