using System.Buffers;
using System.Text.Unicode;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Sources;

/// <summary>Strict UTF-8 decoding that reports where the first invalid byte is.</summary>
public static class TextDecoding
{
    /// <returns>The text without BOM and with '\n' line endings, or null when the bytes are not UTF-8.</returns>
    public static string? DecodeUtf8(ReadOnlySpan<byte> bytes, string displayPath, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var prefix = chars.AsSpan(0, charsWritten);
                var line = prefix.Count('\n') + 1;
                var column = charsWritten - (prefix.LastIndexOf('\n') + 1) + 1;
                var badByte = bytesRead < bytes.Length ? bytes[bytesRead] : (byte)0;
                diagnostics.Report(DiagnosticCodes.InvalidUtf8, new SourceLocation(displayPath, line, column), badByte);
                return null;
            }
            var text = new string(chars, 0, charsWritten);
            return text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Reads a settings or theme file as UTF-8, reporting what goes wrong; null on failure, or when the file is a
    /// link that leads outside the input and theme folders (SG0008).</summary>
    public static string? ReadFile(string fullPath, string displayPath, IDiagnosticSink diagnostics, Containment containment)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(containment);
        if (containment.Resolve(fullPath) is not { } real)
        {
            diagnostics.Report(DiagnosticCodes.LinkOutsideRoots, SourceLocation.StartOf(displayPath), displayPath);
            return null;
        }
        try
        {
            return DecodeUtf8(File.ReadAllBytes(real), displayPath, diagnostics);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.FileUnreadable, SourceLocation.StartOf(displayPath), exception.Message);
            return null;
        }
    }
}
