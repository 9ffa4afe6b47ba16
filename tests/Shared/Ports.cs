using System.Net;
using System.Net.Sockets;

namespace KnowledgeGraph.Tests.Shared;

/// <summary>Ports for the servers tests start, so that runs side by side never collide.</summary>
public static class Ports
{
    /// <summary>A port free on the loopback interface now (the system's pick for port 0).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
