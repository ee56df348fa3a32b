using StatiqGuides.Core.Content;
using StatiqGuides.Core.Pipelines;
using StatiqGuides.Modules.Sources;

namespace StatiqGuides.Modules.Templates;

/// <summary>Reads the theme once (<see cref="ThemeReader"/>: the built-in theme under the site's theme folder, which need
/// not exist): parses every layout and partial, loads the UI strings of each site language and lists the assets.</summary>
public sealed class LoadTheme(string settingsPipeline) : IModule
{
    public const string CacheScope = "theme";

    public ValueTask<IReadOnlyList<Document>> ExecuteAsync(
        IReadOnlyList<Document> documents, BuildContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.SharedOf<SiteConfiguration>(settingsPipeline).Settings;
        // In a build session the parsed theme is kept while no theme file changed and the languages are the same.
        var theme = context.Cache is null
            ? Load(settings, context)
            : context.Memo(CacheScope, $"{string.Join(',', settings.Languages)}|{Stamp(context.Options.ThemeDirectory)}",
                sink => Load(settings, context.WithDiagnostics(sink)));
        return ValueTask.FromResult<IReadOnlyList<Document>>([new Document("theme", theme)]);
    }

    private static string Stamp(string root) => !Directory.Exists(root)
        ? ""
        : string.Join('\n', InputFiles.Under(root).Order(StringComparer.Ordinal)
            .Select(path => $"{path}|{FileStamp.Of(path)}"));

    private static Theme Load(SiteSettings settings, BuildContext context) => ThemeReader.Read(settings, context);
}
