namespace StatiqGuides.Modules.Translations.Blocks;

public enum SegmentKind
{
    /// <summary>Words to translate.</summary>
    Text,

    /// <summary>Markdown that stands alone (code, an image, HTML, a list marker): a translator moves it, never edits it.</summary>
    Placeholder,

    /// <summary>The opening Markdown of a span (<c>**</c>, <c>[</c>) whose text is translated.</summary>
    Open,

    /// <summary>The closing Markdown of a span (<c>**</c>, <c>](url)</c>).</summary>
    Close,
}
