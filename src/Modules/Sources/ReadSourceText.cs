using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Core.Pipelines;

namespace StatiqGuides.Modules.Sources;

/// <summary>Reads each content file once, checks it is UTF-8 and splits off its front matter.</summary>
/// <remarks>A file that cannot be read or split is reported and passed on as an <see cref="UnreadableSource"/>, so that
/// references to it are not reported as well; the other files go on. Cached, a file whose size and time stamp
/// (<see cref="SourceFile.Stamp"/>) have not changed is not read again.</remarks>
public sealed class ReadSourceText : EachModule<SourceFile, SourceRead>
{
    public override SourceRead Process(SourceFile item, BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(context);
        // One per build: the roots are resolved once, not for every file.
        var (text, declaresUid) = Read(item, context.Diagnostics, context.PerBuild(this, () => Containment.For(context.Options)));
        return new SourceRead(item, text, text is null ? new UnreadableSource(item, declaresUid) : null);
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
}
