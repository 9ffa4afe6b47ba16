using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Api.Tests.Transport;

/// <summary>A graphql-transport-ws client for tests: sends JSON text, receives messages or the close code.</summary>
public sealed class ProtocolClient(WebSocket socket) : IDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public WebSocket Socket => socket;

    public Task SendAsync(string json) => socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);

    public async Task InitAsync(string? payload = null)
    {
        await SendAsync(payload is null ? """{"type":"connection_init"}""" : $$"""{"type":"connection_init","payload":{{payload}}}""");
        Assert.Equal("connection_ack", (await ReceiveAsync()).GetProperty("type").GetString());
    }

    /// <summary>The next message; fails if the server closes instead or nothing comes in time.</summary>
    public async Task<JsonElement> ReceiveAsync(TimeSpan? within = null)
    {
        var (message, close) = await NextAsync(within ?? Patience);
        Assert.True(message.HasValue, $"expected a message, the server closed with {close}");
        return message.Value;
    }

    /// <summary>The close code the server sends, skipping any messages before it.</summary>
    public async Task<int> ClosedWithAsync(TimeSpan? within = null)
    {
        while (true)
        {
            var (message, close) = await NextAsync(within ?? Patience);
            if (!message.HasValue)
            {
                return close!.Value;
            }
        }
    }

    /// <summary>The next message, or the close code if the server closes instead.</summary>
    public async Task<(JsonElement? Message, int? Close)> NextAsync(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (null, (int?)result.CloseStatus ?? 1005);
            }
            text.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return (JsonDocument.Parse(text.ToArray()).RootElement.Clone(), null);
    }

    public void Dispose() => socket.Dispose();
}
