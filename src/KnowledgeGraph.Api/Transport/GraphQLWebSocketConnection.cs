using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using KnowledgeGraph.Api.Access;
using KnowledgeGraph.Api.Telemetry;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Transport;

/// <summary>
/// One WebSocket speaking graphql-transport-ws (the graphql-ws library's PROTOCOL.md): connection_init within the
/// timeout, then ping/pong and any number of subscribe/next/error/complete exchanges; protocol faults close the socket
/// with the protocol's codes. One reader (this loop) and one writer (a queue) per socket, as WebSockets require.
/// </summary>
public sealed class GraphQLWebSocketConnection(
    WebSocket socket, HttpContext http, IDocumentExecuter executer, ISchema schema, IGraphQLTextSerializer serializer, Callers callers,
    GraphQLWebSocketOptions options)
{
    private readonly Channel<Outgoing> _outgoing = Channel.CreateBounded<Outgoing>(new BoundedChannelOptions(options.OutgoingBuffer) { SingleReader = true });
    private readonly ConcurrentDictionary<string, Operation> _operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _closed = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    private string? _role = http.Items[ApiApplication.RoleItem] as string;
    private int _initReceived;
    private volatile bool _acknowledged;
    private volatile bool _closing;

    private sealed record Outgoing(string? Text, int? CloseCode = null, string? CloseReason = null);

    private sealed record Operation(IDisposable? Stream, AsyncServiceScope Scope, CancellationTokenSource Cancel);

    public async Task RunAsync()
    {
        var writer = WriteLoopAsync();
        _ = InitDeadlineAsync();
        try
        {
            await ReadLoopAsync();
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The peer went away; nothing is left to tell it.
        }
        finally
        {
            foreach (var id in _operations.Keys)
            {
                await StopAsync(id);
            }
            _closing = true;
            _outgoing.Writer.TryComplete();
            await _closed.CancelAsync();
            await writer;
            _closed.Dispose();
            await AwaitPeerCloseAsync();
        }
    }

    /// <summary>
    /// The closing handshake: after a close frame from this side, the connection lasts until the peer answers with its
    /// own (or a moment passes), so that the peer reads the close code rather than a dropped connection.
    /// </summary>
    private async Task AwaitPeerCloseAsync()
    {
        if (socket.State != WebSocketState.CloseSent)
        {
            return;
        }
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        var buffer = new byte[1024];
        try
        {
            while ((await socket.ReceiveAsync(buffer, patience.Token)).MessageType != WebSocketMessageType.Close)
            {
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            // The peer went away or kept silent: nothing more is owed to it.
        }
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (!_closed.IsCancellationRequested)
        {
            message.SetLength(0);
            WebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(buffer, _closed.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    // Answer the client's close frame with its own code.
                    Close((int?)received.CloseStatus ?? (int)WebSocketCloseStatus.NormalClosure, received.CloseStatusDescription ?? "");
                    return;
                }
                message.Write(buffer, 0, received.Count);
                if (message.Length > GraphQLEndpoint.MaxBodyBytes)
                {
                    Close(CloseCodes.BadMessage, $"Messages are limited to {GraphQLEndpoint.MaxBodyBytes:N0} bytes");
                    return;
                }
            }
            while (!received.EndOfMessage);
            if (received.MessageType != WebSocketMessageType.Text || !await HandleAsync(message.ToArray()))
            {
                if (received.MessageType != WebSocketMessageType.Text)
                {
                    Close(CloseCodes.BadMessage, "Messages are JSON text");
                }
                return;
            }
        }
    }

    /// <summary>Handles one message; false when the connection is closing.</summary>
    private async Task<bool> HandleAsync(byte[] bytes)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(bytes);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return Close(CloseCodes.BadMessage, "Invalid message: not JSON");
        }
        var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        var id = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
        var payload = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("payload", out var p) ? p : default;
        switch (type)
        {
            case "connection_init":
                if (Interlocked.Exchange(ref _initReceived, 1) == 1)
                {
                    return Close(CloseCodes.TooManyInitRequests, "Too many initialisation requests");
                }
                if (KeyOf(payload) is { Length: > 0 } key)
                {
                    if (await callers.RoleOfAsync(key) is not { } role)
                    {
                        return Close(CloseCodes.Forbidden, "Forbidden: unknown API key");
                    }
                    _role = role;
                }
                _acknowledged = true;
                return Send("""{"type":"connection_ack"}""");
            case "ping":
                return Send("""{"type":"pong"}""");
            case "pong":
                return true;
            case "subscribe":
                if (!_acknowledged)
                {
                    return Close(CloseCodes.Unauthorized, "Unauthorized");
                }
                if (string.IsNullOrEmpty(id) || payload.ValueKind != JsonValueKind.Object)
                {
                    return Close(CloseCodes.BadMessage, "Invalid message: subscribe needs an id and a payload");
                }
                return await SubscribeAsync(id, payload);
            case "complete":
                if (id is not null)
                {
                    await StopAsync(id);
                }
                return true;
            default:
                return Close(CloseCodes.BadMessage, $"Invalid message type: {type ?? "none"}");
        }
    }

    private async Task<bool> SubscribeAsync(string id, JsonElement payload)
    {
        GraphQLRequest? request;
        try
        {
            request = serializer.Deserialize<GraphQLRequest>(payload.GetRawText());
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException)
        {
            return Close(CloseCodes.BadMessage, "Invalid message: the payload is not a GraphQL request");
        }
        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            return Close(CloseCodes.BadMessage, "Invalid message: the payload has no query");
        }
        if (_operations.Count >= options.MaxSubscriptions)
        {
            return SendError(id, $"At most {options.MaxSubscriptions} operations at once on one connection.");
        }
        var operation = GraphQLEndpoint.OperationOf(request.Query, request.OperationName);
        if (operation == OperationType.Mutation && _role != ApiKeys.Ingest)
        {
            return Close(CloseCodes.Forbidden, "Forbidden: writes need an API key with the ingest role");
        }
        var scope = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var cancel = CancellationTokenSource.CreateLinkedTokenSource(_closed.Token);
        if (!_operations.TryAdd(id, new Operation(null, scope, cancel)))
        {
            await scope.DisposeAsync();
            cancel.Dispose();
            return Close(CloseCodes.DuplicateSubscriber, $"Subscriber for {id} already exists");
        }
        ExecutionResult result;
        try
        {
            result = await OperationRunner.RunAsync(executer, schema, request, operation, scope.ServiceProvider, cancel.Token);
        }
        catch (OperationCanceledException)
        {
            await StopAsync(id);
            return !_closed.IsCancellationRequested;
        }
        if (result.Streams is { Count: > 0 } streams)
        {
            ApiTelemetry.Subscriptions.Add(1);
            var subscription = streams.Values.First().Subscribe(new Observer(this, id));
            if (!_operations.TryUpdate(id, new Operation(subscription, scope, cancel), _operations.GetValueOrDefault(id)!))
            {
                subscription.Dispose(); // completed by the client meanwhile
            }
            return true;
        }
        await StopAsync(id);
        if (!result.Executed)
        {
            return SendError(id, result);
        }
        return Send(Message("next", id, serializer.Serialize(result))) && Send(Message("complete", id, null));
    }

    private async Task StopAsync(string id)
    {
        if (_operations.TryRemove(id, out var operation))
        {
            if (operation.Stream is not null)
            {
                ApiTelemetry.Subscriptions.Add(-1);
            }
            operation.Stream?.Dispose();
            await operation.Cancel.CancelAsync();
            operation.Cancel.Dispose();
            await operation.Scope.DisposeAsync();
        }
    }

    private sealed class Observer(GraphQLWebSocketConnection connection, string id) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => connection.Send(Message("next", id, connection.Serialize(value)));

        public void OnError(Exception error) => connection.Finish(id, connection.Serialize(new[] { new ExecutionError(error.Message) }));

        public void OnCompleted() => connection.Finish(id, null);
    }

    private string Serialize(object value) => serializer.Serialize(value);

    private void Finish(string id, string? errors)
    {
        if (_operations.ContainsKey(id))
        {
            Send(errors is null ? Message("complete", id, null) : Message("error", id, errors));
            _ = StopAsync(id);
        }
    }

    private bool SendError(string id, ExecutionResult result) => Send(Message("error", id, serializer.Serialize(result.Errors ?? [])));

    private bool SendError(string id, string message) => Send(Message("error", id, serializer.Serialize(new[] { new ExecutionError(message) })));

    private static string Message(string type, string id, string? payload)
    {
        var text = new StringBuilder();
        text.Append("{\"id\":").Append(JsonSerializer.Serialize(id)).Append(",\"type\":\"").Append(type).Append('"');
        if (payload is not null)
        {
            text.Append(",\"payload\":").Append(payload);
        }
        return text.Append('}').ToString();
    }

    /// <summary>Queues a message; a client too slow to take them loses its connection rather than holding up the server.</summary>
    private bool Send(string text)
    {
        if (_outgoing.Writer.TryWrite(new Outgoing(text)))
        {
            return true;
        }
        // A message after the close frame (an init answered as its deadline passed, an event as a fault closed) is dropped;
        // aborting then would cut the close frame from under the client.
        if (!_closing)
        {
            socket.Abort();
            _closed.Cancel();
        }
        return false;
    }

    private bool Close(int code, string reason)
    {
        _closing = true;
        _outgoing.Writer.TryWrite(new Outgoing(null, code, reason));
        _outgoing.Writer.TryComplete();
        return false;
    }

    private async Task WriteLoopAsync()
    {
        try
        {
            await foreach (var message in _outgoing.Reader.ReadAllAsync())
            {
                if (message.CloseCode is { } code)
                {
                    if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync((WebSocketCloseStatus)code, message.CloseReason, CancellationToken.None);
                    }
                    break;
                }
                await socket.SendAsync(Encoding.UTF8.GetBytes(message.Text!), WebSocketMessageType.Text, true, _closed.Token);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The socket is gone; the read loop ends too.
        }
        finally
        {
            await _closed.CancelAsync();
        }
    }

    private async Task InitDeadlineAsync()
    {
        try
        {
            await Task.Delay(options.InitTimeout, _closed.Token);
            if (Volatile.Read(ref _initReceived) == 0)
            {
                Close(CloseCodes.InitTimeout, "Connection initialisation timeout");
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended first.
        }
    }

    /// <summary>The API key a client gives in connection_init: {"apiKey": "…"} or {"Authorization": "Bearer …"}.</summary>
    private static string? KeyOf(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        foreach (var property in payload.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                continue;
            }
            var value = property.Value.GetString()!;
            if (property.Name.Equals("apiKey", StringComparison.OrdinalIgnoreCase) || property.Name.Equals("x-api-key", StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
            if (property.Name.Equals("authorization", StringComparison.OrdinalIgnoreCase) && value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                return value[7..].Trim();
            }
        }
        return null;
    }
}
