using System.CommandLine;
using StatiqGuides.Cli;

var root = new RootCommand("StatiqGuides: builds the multilingual site of practical guides on parliaments' digital tools.");
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(BundleCommand.Create());
root.Subcommands.Add(TranslationsCommand.Create());
root.Subcommands.Add(NewCommand.Create());
root.Subcommands.Add(CodeOwnersCommand.Create());
try
{
    // Bad content is reported as diagnostics; an exception reaching here is a bug of ours, and a stack trace would only
    // confuse an author: one line says what happened, STATIQGUIDES_TRACE=1 shows the trace for the bug report.
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
}
catch (Exception exception) when (exception is not OperationCanceledException)
{
    return InternalError.Report(exception);
}
