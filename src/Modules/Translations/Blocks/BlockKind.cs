namespace StatiqGuides.Modules.Translations.Blocks;

/// <summary>The kinds of Markdown block a translation is compared and exchanged by.</summary>
public enum BlockKind
{
    Heading,
    Paragraph,
    ListItem,
    TableRow,
    Code,
    Quote,
    Html,
    Footnote,
    Other,
}
