using GraphQL.Types;
using KnowledgeGraph.Api.Loading;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Schema;

public sealed class CounterpartType : ObjectGraphType<Counterpart>
{
    public CounterpartType()
    {
        Name = "Counterpart";
        Field<NonNullGraphType<PersonType>>("person").Resolve(c => c.RequestServices!.GetRequiredService<Loaders>().Persons.Load(c.Source.PersonKey));
        Field<NonNullGraphType<IntGraphType>>("meetings").Description("How many meetings they both attended").Resolve(c => c.Source.Meetings);
        Field<StringGraphType>("lastMet").Description("The date of the latest of them").Resolve(c => c.Source.LastMet);
    }
}
