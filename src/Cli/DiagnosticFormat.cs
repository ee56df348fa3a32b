namespace StatiqGuides.Cli;

internal enum DiagnosticFormat
{
    Text,
    Github,
    Json,
}
