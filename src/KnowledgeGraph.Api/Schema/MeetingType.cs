using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Loading;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.DependencyInjection;

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
        Field<EvidenceType>("evidence").Description("Where the article being read states the meeting (on Article.meetings only)")
            .Resolve(c => c.Source.Evidence == default ? null : c.Source.Evidence);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportType>>>>("reports")
            .Description("The articles that report the meeting, earliest first, each with the sentence that states it")
            .WithComplexityImpact(1, 2)
            .Resolve(c => c.RequestServices!.GetRequiredService<Loaders>().ReportsOfMeeting.Load(c.Source.Key));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("participants").WithComplexityImpact(1, 3).Resolve(c =>
        {
            var persons = c.RequestServices!.GetRequiredService<Loaders>().Persons;
            var loads = c.Source.Participants.Select(persons.Load).ToList();
            // All participants are queued before any is awaited, so the level still costs one store call.
            return new Deferred<IEnumerable<PersonRecord>>(async ct =>
            {
                var found = new List<PersonRecord>(loads.Count);
                foreach (var load in loads)
                {
                    if (await load.GetResultAsync(ct) is { } person)
                    {
                        found.Add(person);
                    }
                }
                return found;
            });
        });
    }
}
