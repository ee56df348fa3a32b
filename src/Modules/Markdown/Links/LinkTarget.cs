namespace StatiqGuides.Modules.Markdown.Links;

/// <summary>What a link to an input file leads to, as linked from one page.</summary>
/// <param name="Url">The link to write, with the <c>?query</c> or <c>#anchor</c> of the link as written; empty when it
/// leads nowhere.</param>
/// <param name="AssetFile">For an asset, its full path, which the output copies to <paramref name="AssetOutput"/>.</param>
public sealed record LinkTarget(LinkTargetKind Kind, string Url = "", string? AssetFile = null, string? AssetOutput = null)
{
    public static LinkTarget Missing { get; } = new(LinkTargetKind.Missing);

    public static LinkTarget OutsideInput { get; } = new(LinkTargetKind.OutsideInput);

    public bool Found => Kind is not (LinkTargetKind.Missing or LinkTargetKind.OutsideInput);
}
