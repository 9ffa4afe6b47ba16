using GraphQL.Types;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Schema;

/// <summary>A person as one article mentions them: the person and where.</summary>
public sealed class MentionType : ObjectGraphType<PersonRecord>
{
    public MentionType()
    {
        Name = "Mention";
        Field<NonNullGraphType<PersonType>>("person").Resolve(c => c.Source);
        Field<NonNullGraphType<EvidenceType>>("evidence").Resolve(c => c.Source.Span);
    }
}
