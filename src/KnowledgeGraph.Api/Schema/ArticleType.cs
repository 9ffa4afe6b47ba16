using GraphQL.Types;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Schema;

/// <summary>An ingested article and the persons it mentions.</summary>
public sealed class ArticleType : ObjectGraphType<ArticleRecord>
{
    public ArticleType()
    {
        Name = "Article";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<StringGraphType>("title").Resolve(c => c.Source.Title);
        Field<StringGraphType>("url").Resolve(c => c.Source.Url);
        Field<NonNullGraphType<StringGraphType>>("published").Description("YYYY-MM-DD").Resolve(c => c.Source.Published);
        Field<StringGraphType>("language").Resolve(c => c.Source.Language);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("persons")
            .ResolveAsync(async c => await (await c.RequestServices!.GetStoreAsync(c.CancellationToken)).PersonsOfArticleAsync(c.Source.Id, c.CancellationToken));
    }
}
