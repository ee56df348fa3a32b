namespace StatiqGuides.Core.Diagnostics;

/// <summary>How bad a diagnostic is. The order matters: a build fails on the worst one.</summary>
public enum Severity
{
    Info = 0,
    Warning = 1,
    Error = 2,
}
