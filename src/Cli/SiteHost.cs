using StatiqGuides.Modules.Build;

namespace StatiqGuides.Cli;

/// <summary>The tool's command line for a host program: <c>build</c>, <c>check</c>, <c>serve</c>, <c>bundle</c> and the
/// rest, running the host's site instead of the default one.</summary>
/// <example><code>
/// return await SiteHost.RunAsync(args, new SiteSetup().ConfigureMarkdown(m => m.UseEmojiAndSmiley()));
/// </code></example>
public static class SiteHost
{
    /// <summary>Runs the command in <paramref name="args"/> in this process (its folder, console and environment), as the
    /// tool does; Ctrl+C and SIGTERM stop it. Returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, SiteSetup? setup = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        // On a spare core while the command line is read; a failure there is the first real file's to report.
        ThreadPool.UnsafeQueueUserWorkItem(static _ => PrepareYaml(), null);
        var environment = ProcessEnvironment.Current() with { Setup = setup ?? new SiteSetup() };
        return CommandLine.RunAsync(environment, args, signals: true, cancellationToken);
    }

    private static void PrepareYaml()
    {
        try
        {
            Modules.Yaml.YamlReader.Prepare();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Nothing is lost: the same parser then fails, and is reported, on the files it reads.
        }
    }
}
