using GraphQL.Types;

namespace KnowledgeGraph.Api.Schema;

/// <summary>An article to ingest: the fields of the `kg extract` contract.</summary>
public sealed class ArticleInputType : InputObjectGraphType
{
    public ArticleInputType()
    {
        Name = "ArticleInput";
        Field<IdGraphType>("id");
        Field<NonNullGraphType<StringGraphType>>("text");
        Field<NonNullGraphType<StringGraphType>>("published").Description("YYYY-MM-DD");
        Field<StringGraphType>("language");
        Field<StringGraphType>("title");
        Field<StringGraphType>("url");
    }
}
