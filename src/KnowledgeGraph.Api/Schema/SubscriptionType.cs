using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Feed;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Schema;

/// <summary>New facts as they are committed, by this process or any other writing to the same store.</summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        Field<NonNullGraphType<MeetingType>>("meetingAdded")
            .Description("Each new meeting; with participant, only those the person attended; with country, only those held in or attended by a delegation of the country")
            .Argument<IdGraphType>("participant")
            .Argument<IdGraphType>("country")
            .ResolveStream(c =>
            {
                var participant = c.GetArgument<string?>("participant");
                var country = c.GetArgument<string?>("country");
                return new EventStream<MeetingRecord>(Hub(c), e => e.Meeting is { } m
                    && (participant is null || m.Participants.Contains(participant))
                    && (country is null || m.Country == country || m.Delegations.Contains(country)) ? m : null);
            });
        Field<NonNullGraphType<PersonType>>("personAdded")
            .Description("Each new person; with country, only persons of that country")
            .Argument<IdGraphType>("country")
            .ResolveStream(c =>
            {
                var country = c.GetArgument<string?>("country");
                return new EventStream<PersonRecord>(Hub(c), e => e.Person is { } p && (country is null || p.Countries.Contains(country)) ? p : null);
            });
        Field<NonNullGraphType<ArticleType>>("articleIngested")
            .Description("Each article as it is stored")
            .ResolveStream(c => new EventStream<ArticleRecord>(Hub(c), e => e.Article));
    }

    private static EventHub Hub(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<EventHub>();
}
