namespace StatiqGuides.Modules.Markdown;

/// <summary>A page body with its line starts, indexed once, to turn Markdig's absolute offsets into columns.</summary>
public sealed class BodyText
{
    private readonly string _text;
    private List<int>? _lineStarts;

    public BodyText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
    }

    /// <summary>The offset where a zero-based line starts; the end of the text past the last line.</summary>
    public int LineStart(int zeroBasedLine)
    {
        var starts = _lineStarts ??= IndexLines(_text);
        return zeroBasedLine < 0 ? 0 : zeroBasedLine < starts.Count ? starts[zeroBasedLine] : _text.Length;
    }

    /// <summary>A zero-based line without its line ending; empty past the last line.</summary>
    public string Line(int zeroBasedLine)
    {
        var start = LineStart(zeroBasedLine);
        var end = _text.IndexOf('\n', start);
        return (end < 0 ? _text[start..] : _text[start..end]).TrimEnd('\r');
    }

    private static List<int> IndexLines(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }
        return starts;
    }
}
