using System.Globalization;
using System.Text;

namespace StatiqGuides.Modules.Output;

/// <summary>Finds, in a page's UTF-8 bytes, each tag's first <c>href</c> or <c>src</c> attribute in double quotes: the
/// tag's name (lower-case ASCII letters ending at a non-word character) and the attribute's value. Reads the bytes as
/// they are written, so that a page written to the staging folder is read back without decoding it.</summary>
/// <remarks>What it finds is what <c>&lt;(?&lt;tag&gt;[a-z]+)\b[^&gt;]*?\s(?:href|src)\s*=\s*"(?&lt;url&gt;[^"]*)"</c> matches
/// in the text, .NET's Unicode classes for <c>\b</c> and <c>\s</c> included: scanning resumes after a found value, and
/// at the next <c>&lt;</c> when a tag has none.</remarks>
public static class ReferenceScanner
{
    /// <summary>Where each found tag name and value is, in page order.</summary>
    public static IReadOnlyList<FoundReference> Scan(ReadOnlySpan<byte> html)
    {
        var found = new List<FoundReference>();
        var at = 0;
        while (at < html.Length)
        {
            var open = html[at..].IndexOf((byte)'<');
            if (open < 0) break;
            open += at;
            at = open + 1;
            var nameEnd = at;
            while (nameEnd < html.Length && html[nameEnd] is >= (byte)'a' and <= (byte)'z') nameEnd++;
            if (nameEnd == at || IsWordChar(html, nameEnd)) continue;
            // The tag's first separator followed by the attribute, not looking past the tag's end.
            for (var separator = nameEnd; separator < html.Length && html[separator] != (byte)'>'; separator++)
            {
                var space = SpaceLength(html, separator);
                if (space == 0 || Value(html, separator + space) is not var (start, length)) continue;
                found.Add(new FoundReference(new Range(open + 1, nameEnd), new Range(start, start + length)));
                at = start + length + 1;
                break;
            }
        }
        return found;
    }

    /// <summary>Where the quoted value of an <c>href</c> or <c>src</c> attribute starting at <paramref name="at"/> is.</summary>
    private static (int Start, int Length)? Value(ReadOnlySpan<byte> html, int at)
    {
        var rest = html[at..];
        var name = rest.StartsWith("href"u8) ? 4 : rest.StartsWith("src"u8) ? 3 : 0;
        if (name == 0) return null;
        var position = SkipSpaces(html, at + name);
        if (position >= html.Length || html[position] != (byte)'=') return null;
        position = SkipSpaces(html, position + 1);
        if (position >= html.Length || html[position] != (byte)'"') return null;
        var close = html[(position + 1)..].IndexOf((byte)'"');
        return close < 0 ? null : (position + 1, close);
    }

    private static int SkipSpaces(ReadOnlySpan<byte> html, int at)
    {
        while (SpaceLength(html, at) is var length && length > 0) at += length;
        return at;
    }

    /// <summary>The length in bytes of the white-space character at <paramref name="at"/>, 0 when there is none.</summary>
    private static int SpaceLength(ReadOnlySpan<byte> html, int at)
    {
        if (at >= html.Length) return 0;
        var b = html[at];
        if (b < 0x80) return b is (byte)' ' or (>= 0x09 and <= 0x0D) ? 1 : 0;
        // The regular expression reads UTF-16: a character outside the BMP is a surrogate, never a space.
        return Rune.DecodeFromUtf8(html[at..], out var rune, out var length) == System.Buffers.OperationStatus.Done
            && rune.IsBmp && Rune.IsWhiteSpace(rune) ? length : 0;
    }

    /// <summary>Whether the character at <paramref name="at"/> is a word character for <c>\b</c>: after a tag's name, it
    /// means the name goes on.</summary>
    private static bool IsWordChar(ReadOnlySpan<byte> html, int at)
    {
        if (at >= html.Length) return false;
        var b = html[at];
        if (b < 0x80) return b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'_';
        if (Rune.DecodeFromUtf8(html[at..], out var rune, out _) != System.Buffers.OperationStatus.Done || !rune.IsBmp) return false;
        if (rune.Value is 0x200C or 0x200D) return true;
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation => true,
            _ => false,
        };
    }
}

/// <summary>Where a tag's name and its attribute's value are in the scanned bytes.</summary>
public readonly record struct FoundReference(Range Tag, Range Value);
