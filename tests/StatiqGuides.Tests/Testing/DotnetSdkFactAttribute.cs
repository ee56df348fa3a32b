namespace StatiqGuides.Tests.Testing;

/// <summary>A test that needs the .NET SDK (<c>dotnet pack</c>, <c>dotnet tool install</c>), not only the runtime the
/// tests run on: skipped, saying why, on a machine where <c>dotnet</c> has no SDK to pack with.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DotnetSdkFactAttribute : FactAttribute
{
    public DotnetSdkFactAttribute()
    {
        if (!HasSdk()) Skip = "no .NET SDK beside the dotnet on PATH: the tool cannot be packed and installed here";
    }

    private static bool HasSdk()
    {
        var dotnet = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"))
            .FirstOrDefault(File.Exists);
        if (dotnet is null) return false;
        var real = new FileInfo(dotnet).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? dotnet;
        var sdk = Path.Combine(Path.GetDirectoryName(real)!, "sdk");
        return Directory.Exists(sdk) && Directory.EnumerateDirectories(sdk).Any();
    }
}
