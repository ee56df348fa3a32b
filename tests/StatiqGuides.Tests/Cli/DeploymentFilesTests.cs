using System.CommandLine;
using System.Text.RegularExpressions;
using StatiqGuides.Cli;
using StatiqGuides.Tests.Testing;
using Tomlyn;
using Tomlyn.Model;
using YamlDotNet.RepresentationModel;

namespace StatiqGuides.Tests.Cli;

/// <summary>The pull-request workflow and netlify.toml parse, and every command they run is a real command with real options.</summary>
public sealed partial class DeploymentFilesTests
{
    private static RootCommand Cli => CommandLine.Create(ToolRunner.Environment(RepositoryPaths.Root, TextWriter.Null, TextWriter.Null));

    /// <summary>The tool's command and the options named in <c>dotnet run -c Release -- COMMAND [--option …]</c>.</summary>
    private static void AssertRealCommand(string line)
    {
        var match = ToolInvocation().Match(line);
        Assert.True(match.Success, $"'{line}' does not run the tool");
        var words = match.Groups["rest"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var name = words[0];
        var command = Cli.Subcommands.SingleOrDefault(c => c.Name == name);
        Assert.True(command is not null, $"'{line}' names no command: the commands are {string.Join(", ", Cli.Subcommands.Select(c => c.Name))}");
        foreach (var option in words.Where(w => w.StartsWith("--", StringComparison.Ordinal)))
        {
            Assert.True(command.Options.Any(o => o.Name == option || o.Aliases.Contains(option)), $"'{name}' has no option {option}");
        }
    }

    private static YamlMappingNode Workflow(string name = "pull-request.yml")
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".github", "workflows", name))));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Job(YamlMappingNode workflow, string name) => (YamlMappingNode)((YamlMappingNode)workflow["jobs"])[name];

    private static List<YamlMappingNode> Steps(YamlMappingNode job) => ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>().ToList();

    private static string? Get(YamlMappingNode node, string key) => node.Children.TryGetValue(key, out var value) ? value.ToString() : null;

    private static string Permissions(YamlMappingNode node) => node.Children.TryGetValue("permissions", out var value)
        ? value is YamlMappingNode map ? string.Join(", ", map.Children.Select(p => $"{p.Key}: {p.Value}")) : value.ToString()
        : "(inherited)";

    [Fact]
    public void The_translations_job_runs_the_pull_requests_code_with_a_read_token_and_only_uploads_the_comment()
    {
        var workflow = Workflow();
        Assert.Equal("contents: read", Permissions(workflow));
        Assert.Equal(["checks", "translations"], ((YamlMappingNode)workflow["jobs"]).Children.Keys.Select(k => k.ToString()));
        var job = Job(workflow, "translations");
        Assert.Equal("(inherited)", Permissions(job));
        Assert.Equal("${{ github.event.pull_request.base.sha }}", ((YamlMappingNode)job["env"])["BASE_SHA"].ToString());
        var steps = Steps(job);
        var checkout = steps.Single(s => Get(s, "uses")?.StartsWith("actions/checkout@", StringComparison.Ordinal) == true);
        Assert.Equal("0", ((YamlMappingNode)checkout["with"])["fetch-depth"].ToString());
        Assert.Equal("false", ((YamlMappingNode)checkout["with"])["persist-credentials"].ToString());
        var run = Get(steps.Single(s => Get(s, "run")?.Contains("translations", StringComparison.Ordinal) == true), "run")!;
        var invocation = run.Split('\n').Single(l => l.StartsWith("dotnet run", StringComparison.Ordinal));
        Assert.Equal("dotnet run -c Release -- translations --since \"$BASE_SHA\" --format md > translations-comment/comment.md", invocation);
        AssertRealCommand(invocation[..invocation.IndexOf(" >", StringComparison.Ordinal)]);
        var upload = steps.Single(s => Get(s, "uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true);
        Assert.Equal("translations-comment", ((YamlMappingNode)upload["with"])["name"].ToString());
        Assert.Equal("translations-comment/comment.md", ((YamlMappingNode)upload["with"])["path"].ToString());
        Assert.DoesNotContain(steps, s => Get(s, "uses")?.StartsWith("actions/github-script@", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void The_comment_workflow_never_checks_out_the_pull_request_and_updates_one_comment_found_by_its_marker()
    {
        var workflow = Workflow("translations-comment.yml");
        var on = (YamlMappingNode)workflow["on"];
        Assert.Equal(["workflow_run"], on.Children.Keys.Select(k => k.ToString()));
        Assert.Equal(Workflow()["name"].ToString(), ((YamlSequenceNode)((YamlMappingNode)on["workflow_run"])["workflows"]).Children.Single().ToString());
        Assert.Equal("", Permissions(workflow));
        var job = Job(workflow, "comment");
        Assert.Equal("actions: read, pull-requests: write", Permissions(job));
        var steps = Steps(job);
        Assert.DoesNotContain(steps, s => Get(s, "uses")?.StartsWith("actions/checkout@", StringComparison.Ordinal) == true || Get(s, "run") is not null);
        var download = steps.Single(s => Get(s, "uses")?.StartsWith("actions/download-artifact@", StringComparison.Ordinal) == true);
        Assert.Equal("translations-comment", ((YamlMappingNode)download["with"])["name"].ToString());
        Assert.Equal("${{ github.event.workflow_run.id }}", ((YamlMappingNode)download["with"])["run-id"].ToString());
        var script = ((YamlMappingNode)steps.Single(s => Get(s, "uses")?.StartsWith("actions/github-script@", StringComparison.Ordinal) == true)["with"])["script"].ToString();
        Assert.Contains("const marker = '<!-- statiqguides-translations -->';", script, StringComparison.Ordinal);
        Assert.Contains("p.head.sha === run.head_sha", script, StringComparison.Ordinal);
        Assert.Contains("updateComment", script, StringComparison.Ordinal);
        Assert.Contains("readFileSync('translations-comment/comment.md'", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_workflow_runs_on_every_pull_request_and_names_real_commands()
    {
        var workflow = Workflow();

        Assert.Contains(workflow.Children, e => e.Key.ToString() == "on" && ((YamlMappingNode)e.Value).Children.Keys.Select(k => k.ToString()).Contains("pull_request"));
        var steps = Steps(Job(workflow, "checks"));
        var runs = steps.Select(s => Get(s, "run")).OfType<string>().ToList();
        Expect.Lines(runs,
        [
            "dotnet run -c Release -- check --format github",
            "./scripts/test.sh",
            "dotnet run -c Release -- bundle --output bundles",
        ], "run steps");
        foreach (var run in runs.Where(r => r.StartsWith("dotnet", StringComparison.Ordinal))) AssertRealCommand(run);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "scripts", "test.sh")));
        var setup = steps.Single(s => Get(s, "uses")?.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal) == true);
        Assert.Equal("10.0.x", ((YamlMappingNode)setup["with"])["dotnet-version"].ToString());
        var upload = steps.Single(s => Get(s, "uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true);
        Assert.Equal("bundles/*.zip", ((YamlMappingNode)upload["with"])["path"].ToString());
    }

    private static TomlTable Netlify() => TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "netlify.toml")))!;

    [Fact]
    public void Netlify_builds_with_a_script_that_installs_dotnet_and_runs_real_commands_with_previews_at_their_own_address()
    {
        var netlify = Netlify();
        var build = (TomlTable)netlify["build"];
        Assert.Equal("output", build["publish"]);
        Assert.Equal("scripts/netlify-build.sh", build["command"]);
        var script = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "scripts", "netlify-build.sh"));
        Assert.Contains("https://dot.net/v1/dotnet-install.sh", script, StringComparison.Ordinal);
        Assert.Contains("--channel 10.0", script, StringComparison.Ordinal);
        var invocations = script.Split('\n').Where(l => l.StartsWith("dotnet run", StringComparison.Ordinal)).ToList();
        // The offline editions first, into output/downloads/, which build then keeps and lists on the download pages.
        Assert.Equal(["dotnet run -c Release -- bundle --output output/downloads \"${since[@]}\" \"$@\"", "dotnet run -c Release -- build \"$@\""], invocations);
        foreach (var invocation in invocations) AssertRealCommand(invocation);
        AssertRealCommand("dotnet run -c Release -- bundle --since output/downloads/guides-en.manifest.json");

        var preview = (TomlTable)((TomlTable)netlify["context"])["deploy-preview"];
        Assert.Equal("scripts/netlify-build.sh --base-url $DEPLOY_PRIME_URL", preview["command"]);
        AssertRealCommand("dotnet run -c Release -- build --base-url $DEPLOY_PRIME_URL");
    }

    [Fact]
    public void Netlify_sets_the_security_headers_and_caches_fingerprinted_assets_for_ever()
    {
        var netlify = Netlify();
        var headers = ((TomlTableArray)netlify["headers"]).ToDictionary(h => (string)h["for"], h => (TomlTable)h["values"]);
        var all = headers["/*"];
        Assert.Equal("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
            all["Content-Security-Policy"]);
        Assert.Equal("nosniff", all["X-Content-Type-Options"]);
        Assert.Equal("strict-origin-when-cross-origin", all["Referrer-Policy"]);
        Assert.Equal("public, max-age=31536000, immutable", headers["/assets/css/*"]["Cache-Control"]);
        Assert.Equal("public, max-age=31536000, immutable", headers["/assets/js/*"]["Cache-Control"]);

        // The root's language redirects are generated into output/_redirects from site.yml (TranslatedPagesTests pins
        // them), so netlify.toml has none.
        Assert.False(netlify.ContainsKey("redirects"));
    }

    [Fact]
    public async Task The_content_security_policy_breaks_nothing_the_theme_writes_no_inline_script_or_style()
    {
        using var site = TestSite.Create();
        var run = await site.CheckAsync();

        Expect.NoDiagnostics(run.Diagnostics);
        foreach (var (path, html) in run.Pages)
        {
            var page = Html.Parse(html);
            Assert.True(page.QuerySelectorAll("script:not([src]), style, [style]").Length == 0, $"{path} has inline script or style");
            Assert.True(page.QuerySelectorAll("*").SelectMany(e => e.Attributes).All(a => !a.Name.StartsWith("on", StringComparison.Ordinal)), $"{path} has an event handler attribute");
            // Relative (a folder down or up, or a file beside the page), or (the 404 page, served at any depth) absolute on
            // the site's own base URL.
            Assert.All(page.QuerySelectorAll("script[src], link[rel=stylesheet]"), e =>
                Assert.Matches(@"^(https://guides\.test/|[^/:]+/|\.\./|[^/:]+$)", e.GetAttribute("src") ?? e.GetAttribute("href")));
        }
    }

    [GeneratedRegex(@"^dotnet run -c Release -- (?<rest>.+)$")]
    private static partial Regex ToolInvocation();
}
