using System.Diagnostics;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using KnowledgeGraph.Api.Telemetry;

namespace KnowledgeGraph.Api.Transport;

/// <summary>Runs one GraphQL operation for either transport, traced and counted the same way.</summary>
internal static class OperationRunner
{
    /// <param name="operation">The operation's type as the transport read it (null when the document does not parse).</param>
    public static async Task<ExecutionResult> RunAsync(
        IDocumentExecuter executer, ISchema schema, GraphQLRequest request, OperationType? operation, IServiceProvider services, CancellationToken cancellationToken)
    {
        var type = (operation ?? OperationType.Query).ToString().ToLowerInvariant();
        using var activity = ApiTelemetry.Source.StartActivity("graphql " + type);
        activity?.SetTag("graphql.operation.type", type);
        activity?.SetTag("graphql.operation.name", request.OperationName);
        var started = Stopwatch.GetTimestamp();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            CancellationToken = cancellationToken,
        });
        var outcome = result.Errors is { Count: > 0 } ? "error" : "ok";
        activity?.SetTag("graphql.outcome", outcome);
        ApiTelemetry.Operations.Add(1, new("type", type), new("outcome", outcome));
        ApiTelemetry.OperationDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("type", type));
        return result;
    }
}
