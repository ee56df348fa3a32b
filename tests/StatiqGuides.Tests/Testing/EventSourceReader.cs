namespace StatiqGuides.Tests.Testing;

/// <summary>A Server-Sent Events stream read line by line through a real HTTP connection, with a deadline on every read
/// so a broken server fails the test instead of hanging it.</summary>
public sealed class EventSourceReader : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventSourceReader(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public string ContentType => _response.Content.Headers.ContentType?.MediaType ?? "";

    public static async Task<EventSourceReader> OpenAsync(HttpClient client, Uri url)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return new EventSourceReader(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>The next <c>data:</c> line's text, waiting at most <paramref name="timeout"/>.</summary>
    public async Task<string> NextDataAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            var line = await _reader.ReadLineAsync(deadline.Token) ?? throw new InvalidOperationException("the event stream closed");
            if (line.StartsWith("data: ", StringComparison.Ordinal)) return line["data: ".Length..];
        }
    }

    /// <summary>Reads data lines until one starts with <paramref name="prefix"/>; returns it.</summary>
    public async Task<string> WaitForAsync(string prefix, TimeSpan timeout)
    {
        var end = DateTime.UtcNow + timeout;
        while (true)
        {
            var left = end - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) throw new TimeoutException($"no '{prefix}' message within {timeout}");
            var data = await NextDataAsync(left);
            if (data.StartsWith(prefix, StringComparison.Ordinal)) return data;
        }
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
