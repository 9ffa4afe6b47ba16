using GraphQL.Types;
using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Api.Schema;

public sealed class MeetingKindType : EnumerationGraphType<MeetingKind>
{
    public MeetingKindType()
    {
        Name = "MeetingKind";
        Description = "MEETING in person, VISIT on someone's trip to the hosts, CALL by phone or video";
    }
}
