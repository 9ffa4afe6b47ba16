namespace KnowledgeGraph.Queue.RabbitMq.Tests;

[CollectionDefinition(Name)]
public sealed class RabbitMqCollection : ICollectionFixture<RabbitMqServerFixture>
{
    public const string Name = "rabbitmq";
}
