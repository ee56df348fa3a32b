using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Cli;

/// <summary>A diagnostic as a GitHub Actions workflow command, which GitHub shows on the pull request's lines.</summary>
internal static class GithubAnnotation
{
    public static string Format(Diagnostic diagnostic)
    {
        var command = diagnostic.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
        var location = diagnostic.Location;
        return $"::{command} file={Property(location.Path)},line={location.Line},col={location.Column},title={diagnostic.Code}::{Data($"{diagnostic.Code}: {diagnostic.Message}")}";
    }

    // The escapes GitHub's toolkit applies: data loses %, CR and LF; properties also ':' and ','.
    private static string Data(string text) =>
        DisplayText.Escape(text).Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
