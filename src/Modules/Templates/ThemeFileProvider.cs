using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace StatiqGuides.Modules.Templates;

/// <summary>Serves the theme's partials to Fluid's include tag from memory, so each is read from disk once.</summary>
public sealed class ThemeFileProvider(IReadOnlyDictionary<string, string> partials) : IFileProvider
{
    // A fixed date: the partials never change during a build, and Fluid's template cache keys on it.
    private static readonly DateTimeOffset Loaded = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public IFileInfo GetFileInfo(string subpath)
    {
        var name = subpath.TrimStart('/');
        return partials.TryGetValue(name, out var text) ? new MemoryFileInfo(name, Encoding.UTF8.GetBytes(text)) : new NotFoundFileInfo(name);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class MemoryFileInfo(string name, byte[] bytes) : IFileInfo
    {
        public bool Exists => true;

        public long Length => bytes.Length;

        public string? PhysicalPath => null;

        public string Name => name;

        public DateTimeOffset LastModified => Loaded;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(bytes, writable: false);
    }
}
