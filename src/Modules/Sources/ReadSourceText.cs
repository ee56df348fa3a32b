using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Sources;

/// <summary>Reads each content file once, checks it is UTF-8 and splits off its front matter.</summary>
/// <remarks>A file that cannot be read or split is reported and passed on as an <see cref="UnreadableSource"/>, so that
/// references to it are not reported as well; the other files go on. In a build session
/// a file whose size and time stamp have not changed is not read again.</remarks>
public sealed class ReadSourceText : ParallelModule
{
    public const string CacheScope = "source";

    protected override IReadOnlyList<Document> Process(Document document, BuildContext context)
    {
        var file = document.ContentAs<SourceFile>();
        if (context.Cache is null)
        {
            var (text, declaresUid) = Read(file, context.Diagnostics, Containment.For(context.Options));
            return [document with { Content = text ?? (object)new UnreadableSource(file, declaresUid) }];
        }
        var stamp = FileStamp.Of(file.FullPath);
        var cached = context.Memo(CacheScope, file.FullPath, sink =>
        {
            var (text, declaresUid) = Read(file, sink, Containment.For(context.Options));
            return new CachedSource(stamp, text, declaresUid, text is null ? "" : ContentHashes.Of(text.FrontMatter), text is null ? "" : ContentHashes.Of(text.Body));
        }, c => c.Stamp == stamp && stamp != default);
        return cached.Text is null
            ? [document with { Content = new UnreadableSource(file, cached.DeclaresUid) }]
            : [document with
            {
                Content = cached.Text,
                Metadata = document.Metadata.SetItem(ContentHashes.FrontMatterKey, cached.FrontMatterHash).SetItem(ContentHashes.BodyKey, cached.BodyHash),
            }];
    }

    private static (SourceText? Text, bool DeclaresUid) Read(SourceFile file, IDiagnosticSink diagnostics, Containment containment)
    {
        if (containment.Resolve(file.FullPath) is not { } real)
        {
            diagnostics.Report(DiagnosticCodes.LinkOutsideRoots, SourceLocation.StartOf(file.DisplayPath), file.DisplayPath);
            return (null, false);
        }
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(real);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.FileUnreadable, SourceLocation.StartOf(file.DisplayPath), exception.Message);
            return (null, false);
        }
        var text = TextDecoding.DecodeUtf8(bytes, file.DisplayPath, diagnostics);
        if (text is null) return (null, UnreadableSource.HasUidKey(System.Text.Encoding.UTF8.GetString(bytes)));
        return FrontMatterSplitter.Split(text, file, diagnostics) is { } split ? (split, false) : (null, UnreadableSource.HasUidKey(text));
    }

    private sealed record CachedSource(FileStamp Stamp, SourceText? Text, bool DeclaresUid, string FrontMatterHash, string BodyHash);
}
