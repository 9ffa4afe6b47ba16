using GraphQL.Types;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Schema;

/// <summary>An ingested article and the facts it reports, each with where it says so.</summary>
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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MentionType>>>>("persons")
            .Description("The persons the article mentions, each with the span of its first mention")
            .ResolveAsync(async c => await (await c.RequestServices!.GetStoreAsync(c.CancellationToken)).PersonsOfArticleAsync(c.Source.Id, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeetingType>>>>("meetings")
            .Description("The meetings the article reports, each with its evidence")
            .ResolveAsync(async c => await (await c.RequestServices!.GetStoreAsync(c.CancellationToken)).MeetingsOfArticleAsync(c.Source.Id, c.CancellationToken));
    }
}
