using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Tests.Synthetic;

// kg-load: the API's speed, measured from outside over real sockets against a running `kg serve`.
//   kg-load generate N                      synthetic articles as JSON Lines on standard output
//   kg-load query URL [SECONDS] [CLIENTS]   a person by name with offices and 20 meetings, as fast as CLIENTS allow
//   kg-load events URL KEY [SUBSCRIBERS] [ARTICLES]   delivery time of articleIngested to SUBSCRIBERS subscriptions
return args switch
{
    ["generate", var n] => Generate(int.Parse(n, CultureInfo.InvariantCulture)),
    ["query", var url, ..] => await QueryAsync(new Uri(url), Arg(args, 2, 30), Arg(args, 3, 16)),
    ["events", var url, var key, ..] => await EventsAsync(new Uri(url), key, Arg(args, 3, 500), Arg(args, 4, 50)),
    _ => Usage(),
};

static int Arg(string[] args, int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;

static int Usage()
{
    Console.Error.WriteLine("usage: kg-load generate N | query URL [SECONDS] [CLIENTS] | events URL KEY [SUBSCRIBERS] [ARTICLES]");
    return 2;
}

static int Generate(int n)
{
    var news = new SyntheticNews();
    using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
    for (var i = 0; i < n; i++)
    {
        output.WriteLine(news.Line(i));
    }
    return 0;
}

static string Report(List<double> ms, TimeSpan elapsed, string what)
{
    ms.Sort();
    double P(double q) => ms[Math.Min(ms.Count - 1, (int)Math.Ceiling(q * ms.Count) - 1)];
    return string.Create(CultureInfo.InvariantCulture,
        $"{what}: {ms.Count:N0} in {elapsed.TotalSeconds:F1} s = {ms.Count / elapsed.TotalSeconds:N0}/s; p50 {P(0.50):F1} ms, p90 {P(0.90):F1} ms, p99 {P(0.99):F1} ms, max {ms[^1]:F1} ms");
}

static async Task<int> QueryAsync(Uri url, int seconds, int clients)
{
    const string query = "query($n: String) { person(name: $n) { key name nameEn offices { title country firstSeen lastSeen } meetings(first: 20) { totalCount items { kind date city participants { name } } } } }";
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = url };
    var persons = await http.PostAsJsonAsync("", new { query = "{ persons(first: 100) { items { name } } }" });
    var known = (await persons.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").GetProperty("persons").GetProperty("items")
        .EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToArray();
    if (known.Length == 0)
    {
        Console.Error.WriteLine("the store holds no persons; ingest `kg-load generate` output first");
        return 1;
    }
    // Warm up, then measure.
    for (var i = 0; i < 200; i++)
    {
        (await http.PostAsJsonAsync("", new { query, variables = new { n = known[i % known.Length] } })).EnsureSuccessStatusCode();
    }
    var clock = Stopwatch.StartNew();
    var end = TimeSpan.FromSeconds(seconds);
    var failures = 0;
    var results = await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
    {
        var latencies = new List<double>();
        var i = c;
        while (clock.Elapsed < end)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await http.PostAsJsonAsync("", new { query, variables = new { n = known[i++ % known.Length] } });
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode || body.Contains("\"errors\"", StringComparison.Ordinal) || !body.Contains("\"meetings\"", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref failures);
            }
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return latencies;
    }));
    Console.WriteLine(Report([.. results.SelectMany(r => r)], clock.Elapsed, $"person by name with offices and 20 meetings, {clients} clients") + $"; {failures} failed");
    return failures == 0 ? 0 : 1;
}

static async Task<int> EventsAsync(Uri url, string key, int subscribers, int articles)
{
    var ws = new UriBuilder(url) { Scheme = url.Scheme == "https" ? "wss" : "ws" }.Uri;
    var sent = new System.Collections.Concurrent.ConcurrentDictionary<string, long>();
    var committed = new System.Collections.Concurrent.ConcurrentDictionary<string, long>();
    var delays = new System.Collections.Concurrent.ConcurrentBag<double>();
    var afterCommit = new System.Collections.Concurrent.ConcurrentBag<double>();
    var ready = new CountdownEvent(subscribers);
    using var stop = new CancellationTokenSource();
    var listeners = Enumerable.Range(0, subscribers).Select(async s =>
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(ws, stop.Token);
        async Task Send(string json) => await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, stop.Token);
        await Send("""{"type":"connection_init"}""");
        var buffer = new byte[16 * 1024];
        var received = 0;
        while (received < articles && !stop.IsCancellationRequested)
        {
            var text = new StringBuilder();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, stop.Token);
                text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            }
            while (!result.EndOfMessage);
            var message = JsonDocument.Parse(text.ToString()).RootElement;
            switch (message.GetProperty("type").GetString())
            {
                case "connection_ack":
                    await Send("""{"id":"a","type":"subscribe","payload":{"query":"subscription { articleIngested { id } }"}}""");
                    await Send("""{"type":"ping"}""");
                    break;
                case "pong":
                    ready.Signal();
                    break;
                case "next":
                    var id = message.GetProperty("payload").GetProperty("data").GetProperty("articleIngested").GetProperty("id").GetString()!;
                    if (sent.TryGetValue(id, out var at))
                    {
                        var now = Stopwatch.GetTimestamp();
                        delays.Add(Stopwatch.GetElapsedTime(at, now).TotalMilliseconds);
                        // The mutation answers after its commit: an event that arrives first counts as no delay.
                        afterCommit.Add(committed.TryGetValue(id, out var done) ? Math.Max(0, Stopwatch.GetElapsedTime(done, now).TotalMilliseconds) : 0);
                        received++;
                    }
                    break;
            }
        }
    }).ToList();
    if (!ready.Wait(TimeSpan.FromSeconds(60)))
    {
        Console.Error.WriteLine($"only {subscribers - ready.CurrentCount} of {subscribers} subscriptions were in place after 60 s");
        return 1;
    }
    using var http = new HttpClient { BaseAddress = url };
    http.DefaultRequestHeaders.Authorization = new("Bearer", key);
    var news = new SyntheticNews();
    var run = Guid.NewGuid().ToString("N")[..8];
    // One article first, not measured: the server reads what the store holds on its first write.
    var warm = news.Article(999_999);
    (await http.PostAsJsonAsync("", new
    {
        query = "mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { status } }",
        variables = new { a = new[] { new { id = $"events-{run}-warm-up", text = warm.Text, published = warm.Published, language = "ar" } } },
    })).EnsureSuccessStatusCode();
    var clock = Stopwatch.StartNew();
    for (var i = 0; i < articles; i++)
    {
        var article = news.Article(1_000_000 + i);
        var id = $"events-{run}-{i}";
        // Timed from when the article is sent: the delay includes extraction and the write, so it bounds the delay after commit.
        sent[id] = Stopwatch.GetTimestamp();
        var response = await http.PostAsJsonAsync("", new
        {
            query = "mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { status } }",
            variables = new { a = new[] { new { id, text = article.Text, published = article.Published, language = "ar" } } },
        });
        response.EnsureSuccessStatusCode();
        committed[id] = Stopwatch.GetTimestamp();
        await Task.Delay(100);
    }
    var all = Task.WhenAll(listeners);
    await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(30)));
    await stop.CancelAsync();
    var expected = (long)subscribers * articles;
    Console.WriteLine(Report([.. delays], clock.Elapsed, $"articleIngested to {subscribers} subscribers, from mutation sent to event received")
        + $"; {delays.Count:N0} of {expected:N0} delivered");
    Console.WriteLine(Report([.. afterCommit], clock.Elapsed, "the same, from the mutation's answer (after its commit) to event received"));
    return delays.Count == expected ? 0 : 1;
}
