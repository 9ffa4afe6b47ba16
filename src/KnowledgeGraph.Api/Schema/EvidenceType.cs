using GraphQL.Types;
using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Api.Schema;

/// <summary>Where in the article's text a fact is stated: character offsets, end exclusive.</summary>
public sealed class EvidenceType : ObjectGraphType<TextSpan>
{
    public EvidenceType()
    {
        Name = "Evidence";
        Field<NonNullGraphType<IntGraphType>>("start").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Resolve(c => c.Source.End);
    }
}
