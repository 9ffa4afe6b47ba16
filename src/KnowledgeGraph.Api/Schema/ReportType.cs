using GraphQL.Types;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Schema;

/// <summary>An article that reports a meeting, with the span and the words that state it.</summary>
public sealed class ReportType : ObjectGraphType<ReportRecord>
{
    public ReportType()
    {
        Name = "Report";
        Field<NonNullGraphType<ArticleType>>("article").Resolve(c => c.Source.Article);
        Field<NonNullGraphType<EvidenceType>>("evidence").Resolve(c => c.Source.Evidence);
        Field<StringGraphType>("sentence").Description("The article's words at the evidence span (null for reports stored before kg kept them)")
            .Resolve(c => c.Source.Sentence);
    }
}
