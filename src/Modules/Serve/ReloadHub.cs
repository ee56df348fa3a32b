using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;

namespace StatiqGuides.Modules.Serve;

/// <summary>The browsers listening on the Server-Sent Events endpoint, each with its queue of messages.</summary>
/// <remarks>Thread-safe. A slow browser never holds up a build: its queue keeps only the latest messages.</remarks>
public sealed class ReloadHub
{
    private readonly ConcurrentDictionary<Guid, Channel<string>> _listeners = new();

    public int Listeners => _listeners.Count;

    public (Guid Id, ChannelReader<string> Messages) Subscribe()
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(8) { FullMode = BoundedChannelFullMode.DropOldest });
        var id = Guid.NewGuid();
        _listeners[id] = channel;
        return (id, channel.Reader);
    }

    public void Unsubscribe(Guid id)
    {
        if (_listeners.TryRemove(id, out var channel)) channel.Writer.TryComplete();
    }

    /// <summary>Tells every browser that version <paramref name="version"/> of the site is served: each page's browser
    /// is sent its page's version then, and reloads if that is not the one it shows.</summary>
    public void Reload(long version)
    {
        foreach (var channel in _listeners.Values)
        {
            channel.Writer.TryWrite(ReloadMessage(version.ToString(CultureInfo.InvariantCulture)));
        }
    }

    public void CloseAll()
    {
        foreach (var id in _listeners.Keys) Unsubscribe(id);
    }

    private const string ReloadPrefix = "reload ";

    /// <summary>Tells a browser to compare <paramref name="version"/> (the site's, or its page's) with its own.</summary>
    public static string ReloadMessage(string version) => ReloadPrefix + version;

    public static bool IsReload(string message) => message.StartsWith(ReloadPrefix, StringComparison.Ordinal);

    /// <summary>The first message a browser gets: the version it compares with its own (the site's, or its page's).</summary>
    public static string VersionMessage(string version) => $"version {version}";
}
