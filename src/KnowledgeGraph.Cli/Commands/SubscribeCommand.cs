using System.CommandLine;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg subscribe [QUERY] [--url …] [--key …] [--count N]`: a graphql-transport-ws client for the terminal. Prints the
/// data of each event as one JSON line, until N events, Ctrl+C, or the server ends the subscription.
/// </summary>
internal static class SubscribeCommand
{
    public const string DefaultQuery = "subscription { articleIngested { id title published persons { person { name nameEn } } } }";

    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "The subscription.", DefaultValueFactory = _ => DefaultQuery };
        var url = new Option<string>("--url") { Description = "The API's GraphQL address.", DefaultValueFactory = _ => "http://127.0.0.1:5080/graphql" };
        var key = new Option<string?>("--key") { Description = "An API key or token (also KG_API_KEY).", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("KG_API_KEY") };
        var count = new Option<int>("--count") { Description = "Stop after this many events (0: never).", DefaultValueFactory = _ => 0 };
        var command = new Command("subscribe", "Print the events of a GraphQL subscription as JSON lines.") { query, url, key, count };
        command.SetAction((result, cancellationToken) => CommandFailure.RunAsync("subscribe", async () =>
        {
            var address = new UriBuilder(result.GetValue(url)!);
            address.Scheme = address.Scheme is "https" or "wss" ? "wss" : "ws";
            using var socket = new ClientWebSocket();
            socket.Options.AddSubProtocol("graphql-transport-ws");
            try
            {
                await socket.ConnectAsync(address.Uri, cancellationToken);
            }
            catch (WebSocketException e)
            {
                throw new InvalidOperationException($"cannot connect to {address.Uri}: {e.Message}", e);
            }
            async Task SendAsync(object message) =>
                await socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, cancellationToken);
            await SendAsync(result.GetValue(key) is { Length: > 0 } k ? new { type = "connection_init", payload = new { apiKey = k } } : new { type = "connection_init", payload = new { apiKey = "" } });
            var received = 0;
            var limit = result.GetValue(count);
            while (await ReceiveAsync(socket, cancellationToken) is { } message)
            {
                switch (message.GetProperty("type").GetString())
                {
                    case "connection_ack":
                        await SendAsync(new { id = "1", type = "subscribe", payload = new { query = result.GetValue(query) } });
                        // The server handles messages in order: its pong means the subscription is in place.
                        await SendAsync(new { type = "ping" });
                        break;
                    case "pong":
                        await Console.Error.WriteLineAsync("kg subscribe: listening");
                        break;
                    case "ping":
                        await SendAsync(new { type = "pong" });
                        break;
                    case "next":
                        var payload = message.GetProperty("payload");
                        Console.WriteLine(payload.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null ? data.GetRawText() : payload.GetRawText());
                        if (limit > 0 && ++received >= limit)
                        {
                            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
                            return 0;
                        }
                        break;
                    case "error":
                        throw new InvalidOperationException("the server refused the subscription: " + message.GetProperty("payload").GetRawText());
                    case "complete":
                        return 0;
                }
            }
            throw new InvalidOperationException($"the server closed the connection: {(int?)socket.CloseStatus} {socket.CloseStatusDescription}");
        }));
        return command;
    }

    private static async Task<JsonElement?> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }
            text.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return JsonDocument.Parse(text.ToArray()).RootElement.Clone();
    }
}
