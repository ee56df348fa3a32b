using System.Text.RegularExpressions;
using StatiqGuides.Modules.Templates;

namespace StatiqGuides.Modules.Scaffolding;

/// <summary><c>new language pt</c>: the edits that add a language — the UI strings copied from the default language's
/// file (marked untranslated), and the code added to site.yml's <c>languages</c>. Returns texts; the command writes.</summary>
public static partial class LanguageScaffold
{
    public const string UntranslatedMarker = "# untranslated:";

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$", RegexOptions.CultureInvariant)]
    public static partial Regex Code();

    /// <summary>The new language's UI strings file: the default language's, with a first line saying it awaits translation.</summary>
    public static string UiStrings(string defaultLanguageText, string language, string defaultLanguage, string invocation)
    {
        ArgumentNullException.ThrowIfNull(defaultLanguageText);
        return $"{UntranslatedMarker} copied from {defaultLanguage}.yml by `{invocation} new language {language}`. Translate every string\n"
            + "# into this language (keep the keys and the {0} placeholders), then delete these two lines.\n"
            + defaultLanguageText;
    }

    /// <summary>The UI strings a new language starts from: the built-in file of the default language, which holds every
    /// key the built-in theme uses (a site's file may hold only the few it rewords), else the site's own; null if neither.</summary>
    public static ThemeFile? UiStringsSource(ThemeFiles files, string defaultLanguage)
    {
        ArgumentNullException.ThrowIfNull(files);
        return files.Layers($"i18n/{defaultLanguage}.yml") is { Count: > 0 } layers ? layers[0] : null;
    }

    /// <summary>site.yml with the language appended to <c>languages</c>, written as the file writes it (a flow list
    /// <c>[en, fr]</c> or one <c>- en</c> per line); null when the key is not found in either form.</summary>
    public static string? AddToSite(string siteYml, string language)
    {
        ArgumentNullException.ThrowIfNull(siteYml);
        var flow = FlowLanguages().Match(siteYml);
        if (flow.Success)
        {
            var items = flow.Groups["items"].Value.Trim();
            var joined = items.Length == 0 ? language : $"{items}, {language}";
            return siteYml[..flow.Groups["items"].Index] + joined + siteYml[(flow.Groups["items"].Index + flow.Groups["items"].Length)..];
        }
        var block = BlockLanguages().Match(siteYml);
        if (!block.Success) return null;
        var last = block.Groups["item"].Captures[^1];
        var indent = Regex.Match(last.Value, @"^[ ]*").Value;
        var end = last.Index + last.Length;
        return siteYml[..end] + $"\n{indent}- {language}" + siteYml[end..];
    }

    [GeneratedRegex(@"^languages:[ ]*\[(?<items>[^\]\n]*)\]", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex FlowLanguages();

    [GeneratedRegex(@"^languages:[ ]*\n(?:(?<item>[ ]+-[ ]*[^\n]*)\n?)+", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex BlockLanguages();
}
