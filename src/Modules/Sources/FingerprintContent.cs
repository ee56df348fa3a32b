using System.Security.Cryptography;
using System.Text;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Sources;

/// <summary>Sums up the content's hashes into one <see cref="ContentFingerprint"/> for the modules that cache whole-site
/// results (listings, site files). Costs nothing without a cache: the hashes are only there in a build session.</summary>
public sealed class FingerprintContent(string contentPipeline) : IModule
{
    public ValueTask<IReadOnlyList<Document>> ExecuteAsync(
        IReadOnlyList<Document> documents, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Cache is null)
        {
            return ValueTask.FromResult<IReadOnlyList<Document>>([new Document("fingerprint", new ContentFingerprint("", new Dictionary<string, string>()))]);
        }
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        using var shape = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var document in context.OutputOf(contentPipeline).OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            if (document.Content is UnreadableSource unreadable)
            {
                shape.AppendData(Encoding.UTF8.GetBytes($"{unreadable.File.DisplayPath}\0unreadable\n"));
                continue;
            }
            if (!document.Holds<ContentItem>())
            {
                shape.AppendData(Encoding.UTF8.GetBytes($"{document.Key}\0draft\n"));
                continue;
            }
            var item = document.ContentAs<ContentItem>();
            shape.AppendData(Encoding.UTF8.GetBytes($"{item.DisplayPath}\0{ContentHashes.FrontMatterOf(document)}\n"));
            if (ContentHashes.BodyOf(document) is { } body) bodies[item.DisplayPath] = body;
        }
        var fingerprint = new ContentFingerprint(Convert.ToHexStringLower(shape.GetHashAndReset())[..32], bodies);
        return ValueTask.FromResult<IReadOnlyList<Document>>([new Document("fingerprint", fingerprint)]);
    }
}
