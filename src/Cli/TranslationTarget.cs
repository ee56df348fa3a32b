using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Build;

namespace StatiqGuides.Cli;

/// <summary>What the <c>translations</c> subcommands share: the catalog read once, its problems on stderr, and the
/// source and language named on the command line checked.</summary>
internal sealed record TranslationTarget(CommandEnvironment Environment, BuildOptions Options, SiteCatalog Catalog)
{
    public static async Task<TranslationTarget?> LoadAsync(CommandEnvironment environment, BuildOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(options);
        if (environment.CannotReadInput(options) is not null) return null;
        var read = await SiteBuilder.ReadCatalogAsync(options, environment.Setup, cancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in read.Diagnostics) environment.Error.Write(diagnostic + "\n");
        return new TranslationTarget(environment, options, read.Catalog);
    }

    /// <summary>The source with this uid, or null after saying on stderr that there is none.</summary>
    public ContentItem? Source(string uid)
    {
        if (Catalog.Find(uid) is { } source) return source;
        Environment.Fail($"no guide, case study or page has the uid '{uid}'.");
        return null;
    }

    /// <summary>True when <paramref name="language"/> is a translation language of the site; else says so on stderr.</summary>
    public bool IsTranslationLanguage(string language)
    {
        var settings = Catalog.Settings;
        if (settings.Languages.Contains(language) && language != settings.DefaultLanguage) return true;
        Environment.Fail($"'{language}' is not a translation language of this site; site.yml lists: {string.Join(", ", settings.Languages.Where(l => l != settings.DefaultLanguage))}.");
        return false;
    }
}
