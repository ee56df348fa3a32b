using System.CommandLine;
using StatiqGuides.Cli;

try
{
    // Bad content is reported as diagnostics; an exception reaching here is a bug of ours, and a stack trace would only
    // confuse an author: one line says what happened, STATIQGUIDES_TRACE=1 shows the trace for the bug report.
    return await CommandLine.Create().Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
}
catch (Exception exception) when (exception is not OperationCanceledException)
{
    return InternalError.Report(exception);
}
