using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;
using StatiqGuides.Modules.Build;

namespace StatiqGuides.Modules.Bundles.Zim;

/// <summary>One Kiwix ZIM of a one-language bundle folder, made by <c>zimwriterfs</c> (Debian's zim-tools): welcome page
/// the language's home, a full-text index, the ISO 639-3 language, the title, description, creator and publisher,
/// and a 48×48 illustration drawn by <see cref="ZimIllustration"/>.</summary>
public static class ZimBuilder
{
    public const string IllustrationFile = "statiqguides-illustration-48.png";

    /// <returns>Whether the ZIM was written; when not, a diagnostic says why.</returns>
    public static async Task<bool> WriteAsync(string zimWriter, string site, string zimPath, string language, SiteOutputs all,
        SourceLocation at, IDiagnosticSink diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var catalog = all.Catalog;
        var strings = all.Theme.Strings;
        var settings = catalog.Settings;
        await File.WriteAllBytesAsync(Path.Combine(site, IllustrationFile), ZimIllustration.Png(), cancellationToken).ConfigureAwait(false);
        var title = settings.Title.Get(language, settings.DefaultLanguage);
        var host = new Uri(settings.BaseUrl).Host;
        var start = new ProcessStartInfo(zimWriter)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--welcome=" + SitePaths.Home(language),
            "--illustration=" + IllustrationFile,
            "--language=" + CultureInfo.GetCultureInfo(language).ThreeLetterISOLanguageName,
            "--title=" + Truncate(title, 30),
            "--description=" + Truncate(strings.GetOrKey(language, "offline.zim_description"), 80),
            "--creator=" + Truncate(settings.Title.Get(settings.DefaultLanguage, settings.DefaultLanguage), 80),
            "--publisher=" + host,
            "--name=" + $"{host.Replace('.', '_')}_{language}",
            "--source=" + settings.BaseUrl,
            "--scraper=StatiqGuides",
            site,
            zimPath,
        })
        {
            start.ArgumentList.Add(argument);
        }
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception)
        {
            diagnostics.Report(DiagnosticCodes.ZimWriterMissing, at, zimWriter);
            return false;
        }
        if (process is null)
        {
            diagnostics.Report(DiagnosticCodes.ZimWriterMissing, at, zimWriter);
            return false;
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            if (process.ExitCode != 0 || !File.Exists(zimPath))
            {
                var message = string.Join(' ', (await error.ConfigureAwait(false) + "\n" + await output.ConfigureAwait(false))
                    .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(3));
                diagnostics.Report(DiagnosticCodes.ZimWriterFailed, at, language, $"exit code {process.ExitCode}: {message}");
                return false;
            }
        }
        return true;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
