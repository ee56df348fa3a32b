using StatiqGuides.Cli;

namespace StatiqGuides.Tests.Cli;

/// <summary>Hints name the command the way the user runs the tool.</summary>
public sealed class CommandInvocationTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sg-invocation-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void From_the_repository_build_it_is_dotnet_run_with_the_configuration()
    {
        var bin = Directory.CreateDirectory(Path.Combine(_root, "bin", "Debug", "net10.0")).FullName;
        File.WriteAllText(Path.Combine(_root, "StatiqGuides.csproj"), "<Project />");

        var invocation = CommandInvocation.Detect(bin, "/usr/bin/dotnet");

        Assert.Equal("Run `dotnet run -c Debug -- codeowners` and commit.", invocation.Apply("Run `statiqguides codeowners` and commit."));
    }

    [Fact]
    public void As_a_global_tool_it_is_the_tool_name_and_as_a_local_tool_dotnet_and_the_name()
    {
        var store = Directory.CreateDirectory(Path.Combine(_root, ".store", "statiqguides", "tools")).FullName;

        Assert.Equal("statiqguides", CommandInvocation.Detect(store, Path.Combine(_root, "statiqguides")).Prefix);
        Assert.Equal("dotnet statiqguides", CommandInvocation.Detect(store, "/usr/share/dotnet/dotnet").Prefix);
        Assert.Equal("run 'dotnet statiqguides check'", CommandInvocation.Detect(store, "/usr/bin/dotnet").Apply("run 'statiqguides check'"));
    }
}
