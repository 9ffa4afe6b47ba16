using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Transport;

/// <summary>
/// GraphQL over HTTP on one path: POST with JSON, GET for queries only (never mutations: 405). With
/// `application/graphql-response+json` a request the server cannot execute (malformed, unparsable, invalid) is a 400;
/// with `application/json` it is a 200 carrying the errors, as the specification says.
/// </summary>
public static class GraphQLEndpoint
{
    private const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>Requests larger than this are refused (413) before they are read.</summary>
    public const long MaxBodyBytes = 256 * 1024;

    /// <summary>A request that runs longer is stopped with an error.</summary>
    public static readonly TimeSpan MaxExecution = TimeSpan.FromSeconds(15);

    public static IEndpointRouteBuilder MapGraphQL(this IEndpointRouteBuilder app, string path = "/graphql")
    {
        app.MapPost(path, HandleAsync);
        app.MapGet(path, HandleAsync);
        return app;
    }

    private static async Task HandleAsync(HttpContext http, IDocumentExecuter executer, ISchema schema, IGraphQLTextSerializer serializer)
    {
        if (http.WebSockets.IsWebSocketRequest)
        {
            await AcceptWebSocketAsync(http, executer, schema, serializer);
            return;
        }
        if (Ide.GraphQLIde.IsWanted(http.Request))
        {
            await Ide.GraphQLIde.WriteAsync(http.Response);
            return;
        }
        var modern = http.Request.Headers.Accept.Any(a => a?.Contains(GraphQLResponse, StringComparison.OrdinalIgnoreCase) == true);
        http.Response.ContentType = (modern ? GraphQLResponse : "application/json") + "; charset=utf-8";
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            await FailAsync(http, serializer, StatusCodes.Status413PayloadTooLarge, $"The request is larger than {MaxBodyBytes:N0} bytes.");
            return;
        }
        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }
        GraphQLRequest? request;
        try
        {
            request = HttpMethods.IsGet(http.Request.Method)
                ? new GraphQLRequest
                {
                    Query = http.Request.Query["query"],
                    OperationName = http.Request.Query["operationName"],
                    Variables = http.Request.Query["variables"] is { Count: > 0 } v ? serializer.Deserialize<Inputs>(v.ToString()) : null,
                }
                : await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await FailAsync(http, serializer, StatusCodes.Status413PayloadTooLarge, $"The request is larger than {MaxBodyBytes:N0} bytes.");
            return;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or NotSupportedException)
        {
            await FailAsync(http, serializer, StatusCodes.Status400BadRequest, $"The request body is not a GraphQL request in JSON: {e.Message}");
            return;
        }
        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            await FailAsync(http, serializer, StatusCodes.Status400BadRequest, "The request has no 'query'.");
            return;
        }
        var operation = OperationOf(request.Query, request.OperationName);
        if (HttpMethods.IsGet(http.Request.Method) && operation is not (null or OperationType.Query))
        {
            http.Response.Headers.Allow = "POST";
            await FailAsync(http, serializer, StatusCodes.Status405MethodNotAllowed, "Mutations and subscriptions need POST; GET runs queries only.");
            return;
        }
        // Writes need the ingest role: no key is 401, a key without the role is 403.
        if (operation == OperationType.Mutation && http.Items[ApiApplication.RoleItem] as string != Access.ApiKeys.Ingest)
        {
            var anonymous = http.Items[ApiApplication.RoleItem] is null;
            if (anonymous)
            {
                http.Response.Headers.WWWAuthenticate = "Bearer";
            }
            await FailAsync(http, serializer, anonymous ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden,
                anonymous ? "Writes need an API key with the ingest role." : "This API key may read but not write.");
            return;
        }
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        deadline.CancelAfter(MaxExecution);
        ExecutionResult result;
        try
        {
            result = await OperationRunner.RunAsync(executer, schema, request, operation, http.RequestServices, deadline.Token);
        }
        catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
        {
            await FailAsync(http, serializer, StatusCodes.Status504GatewayTimeout, $"The request ran longer than {MaxExecution.TotalSeconds:N0} s and was stopped.");
            return;
        }
        http.Response.StatusCode = modern && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static async Task AcceptWebSocketAsync(HttpContext http, IDocumentExecuter executer, ISchema schema, IGraphQLTextSerializer serializer)
    {
        var services = http.RequestServices;
        if (!http.WebSockets.WebSocketRequestedProtocols.Contains(GraphQLWebSocketOptions.Subprotocol))
        {
            using var refused = await http.WebSockets.AcceptWebSocketAsync();
            await refused.CloseOutputAsync((System.Net.WebSockets.WebSocketCloseStatus)CloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable", http.RequestAborted);
            return;
        }
        using var socket = await http.WebSockets.AcceptWebSocketAsync(GraphQLWebSocketOptions.Subprotocol);
        await new GraphQLWebSocketConnection(socket, http, executer, schema, serializer,
            services.GetRequiredService<Access.Callers>(), services.GetRequiredService<GraphQLWebSocketOptions>()).RunAsync();
    }

    internal static OperationType? OperationOf(string query, string? operationName)
    {
        try
        {
            var document = GraphQLParser.Parser.Parse(query);
            var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
            var chosen = operationName is null ? operations.FirstOrDefault() : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
            return chosen?.Operation;
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return null; // the executer reports the syntax error
        }
    }

    private static async Task FailAsync(HttpContext http, IGraphQLTextSerializer serializer, int status, string message)
    {
        http.Response.StatusCode = status;
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [new ExecutionError(message)] }, http.RequestAborted);
    }
}
