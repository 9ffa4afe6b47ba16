using GraphQL.Types;
using KnowledgeGraph.Api.Loading;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Schema;

/// <summary>One link of a chain: a person and the meeting that leads to the next one (none after the last).</summary>
public sealed class PathStepType : ObjectGraphType<PathStep>
{
    public PathStepType()
    {
        Name = "PathStep";
        Field<NonNullGraphType<PersonType>>("person").Resolve(c => c.RequestServices!.GetRequiredService<Loaders>().Persons.Load(c.Source.PersonKey));
        Field<MeetingType>("meeting").Description("The meeting with the next person of the chain")
            .ResolveAsync(async c => c.Source.MeetingKey is { } key ? await (await c.RequestServices!.GetStoreAsync(c.CancellationToken)).FindMeetingAsync(key, c.CancellationToken) : null);
    }
}
