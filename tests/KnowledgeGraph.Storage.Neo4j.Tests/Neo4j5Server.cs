using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>
/// A Neo4j 5 for the contract suite: the server at KG_TEST_NEO4J_URI (user neo4j, password KG_TEST_NEO4J_PASSWORD), or a
/// neo4j:5 container started by Testcontainers where a Docker engine runs. Neither here: the tests say so and are skipped.
/// </summary>
public sealed class Neo4j5Server : IAsyncLifetime
{
    private IContainer? _container;

    public Uri? Uri { get; private set; }

    public string? Password { get; private set; }

    public string? Unavailable { get; private set; }

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("KG_TEST_NEO4J_URI") is { Length: > 0 } uri)
        {
            Uri = new Uri(uri);
            Password = Environment.GetEnvironmentVariable("KG_TEST_NEO4J_PASSWORD");
            return;
        }
        if (!File.Exists("/var/run/docker.sock") && Environment.GetEnvironmentVariable("DOCKER_HOST") is not { Length: > 0 })
        {
            Unavailable = "no Docker engine here and KG_TEST_NEO4J_URI is not set: Neo4j 5 contract tests skipped";
            return;
        }
        try
        {
            Password = "kg-test-password";
            _container = new ContainerBuilder("neo4j:5-community")
                .WithEnvironment("NEO4J_AUTH", $"neo4j/{Password}")
                .WithPortBinding(7474, assignRandomHostPort: true)
                .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r.ForPort(7474)))
                .Build();
            await _container.StartAsync();
            Uri = new Uri($"http://{_container.Hostname}:{_container.GetMappedPublicPort(7474)}");
        }
        catch (Exception e)
        {
            Unavailable = $"a neo4j:5 container could not be started ({e.GetType().Name}: {e.Message}): Neo4j 5 contract tests skipped";
        }
    }

    public async Task DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }
}
