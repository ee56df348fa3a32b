namespace StatiqGuides.Cli;

/// <summary>Prints an unexpected exception as one line on stderr, then a hint, or its stack trace when STATIQGUIDES_TRACE=1.</summary>
internal static class InternalError
{
    public static int Report(Exception exception, CommandEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(environment);
        var cause = exception is AggregateException { InnerExceptions.Count: > 0 } aggregate ? aggregate.InnerExceptions[0] : exception;
        environment.Error.Write($"statiqguides: internal error ({cause.GetType().Name}): {Core.Diagnostics.DisplayText.Escape(cause.Message)}\n");
        environment.Error.Write(environment.Traces
            ? $"{exception}\n"
            : "This is a bug in StatiqGuides, not in your content; please report it with the file that causes it (STATIQGUIDES_TRACE=1 shows the stack trace).\n");
        return 1;
    }
}
