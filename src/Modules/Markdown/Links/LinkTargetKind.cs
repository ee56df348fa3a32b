namespace StatiqGuides.Modules.Markdown.Links;

public enum LinkTargetKind
{
    /// <summary>A Markdown file: its page.</summary>
    Page,

    /// <summary>Any other input file, copied to the output as it is.</summary>
    Asset,

    /// <summary>A page of the website, which an offline bundle does not hold.</summary>
    Online,

    /// <summary>No file is there (SG0401).</summary>
    Missing,

    /// <summary>The path leaves the input folder (SG0402).</summary>
    OutsideInput,
}
