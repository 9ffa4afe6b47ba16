using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Schema;

/// <summary>An encounter: kind, date as precise as the reports allow, place, participants and delegations.</summary>
public sealed class MeetingType : ObjectGraphType<MeetingRecord>
{
    public MeetingType()
    {
        Name = "Meeting";
        Field<NonNullGraphType<IdGraphType>>("key").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("kind").Description("meeting, visit or call").Resolve(c => c.Source.Kind.ToString().ToLowerInvariant());
        Field<StringGraphType>("date").Description("YYYY-MM-DD, YYYY-MM or YYYY").Resolve(c => c.Source.Date);
        Field<StringGraphType>("datePrecision").Resolve(c => c.Source.DatePrecision);
        Field<StringGraphType>("city").Resolve(c => c.Source.City);
        Field<IdGraphType>("country").Resolve(c => c.Source.Country);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("delegations").Resolve(c => c.Source.Delegations);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("participants").ResolveAsync(async c =>
        {
            var store = await c.RequestServices!.GetStoreAsync(c.CancellationToken);
            var persons = new List<PersonRecord>(c.Source.Participants.Count);
            foreach (var key in c.Source.Participants)
            {
                if (await store.FindPersonAsync(key, c.CancellationToken) is { } person)
                {
                    persons.Add(person);
                }
            }
            return persons;
        });
    }
}
