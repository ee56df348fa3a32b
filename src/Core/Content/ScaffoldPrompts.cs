namespace StatiqGuides.Core.Content;

/// <summary>The placeholder text <c>new guide</c> and <c>new case-study</c> write. <c>check</c> warns of any of it left
/// in a file (SG0232), so an untouched skeleton is never published with its prompts as content.</summary>
public static class ScaffoldPrompts
{
    public const string GuideSummary = "One or two sentences: what this guide helps a parliament do (at most 300 characters).";

    public const string CaseStudySummary = "One or two sentences: what the parliament did and what came of it (at most 300 characters).";

    public static IReadOnlyList<string> Summaries { get; } = [GuideSummary, CaseStudySummary];

    /// <summary>The italic prompts of the skeletons' bodies, as written between the underscores.</summary>
    public static IReadOnlyList<string> Body { get; } =
    [
        "Who is this guide for, and which problem does it solve for a parliament?",
        "What a team needs first: people, decisions, tools, budget.",
        "The first thing to do.",
        "The next one.",
        "Something a reader can check off.",
        "Another one.",
        "Say what other parliaments did. List their case studies under `case_studies:` above, or link one in the",
        "A link, with one line on why it is worth reading.",
        "The parliament, the problem it faced, and who was involved.",
        "The steps taken, the tools used, how long it took.",
        "What changed, with figures where you have them.",
        "What others should copy.",
        "What they should avoid.",
    ];
}
