using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Cli.Tests;

public sealed class ServeDemoTests
{
    [Fact]
    public async Task Serve_demo_loads_the_sample_articles_into_an_empty_store_and_answers_about_them()
    {
        using var kg = new Kg();
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = kg.Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "kg.dll"), "serve", "--demo", "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(a);
        }
        using var server = Process.Start(start)!;
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            var clock = Stopwatch.StartNew();
            HttpResponseMessage? answer = null;
            while (answer is null && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                try
                {
                    answer = await http.PostAsync(new Uri($"http://127.0.0.1:{port}/graphql"),
                        new StringContent("""{"query":"{ articlePersons(id: \"sample-001\") { name } }"}""", Encoding.UTF8, "application/json"));
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(200);
                }
            }
            Assert.NotNull(answer);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            var persons = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("articlePersons");
            Assert.Equal(2, persons.GetArrayLength());
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }
}
