namespace StatiqGuides.Cli;

/// <summary>Prints an unexpected exception as one line on stderr (with its stack trace only when STATIQGUIDES_TRACE=1).</summary>
internal static class InternalError
{
    public static int Report(Exception exception)
    {
        var cause = exception is AggregateException { InnerExceptions.Count: > 0 } aggregate ? aggregate.InnerExceptions[0] : exception;
        Console.Error.WriteLine($"statiqguides: internal error ({cause.GetType().Name}): {Core.Diagnostics.DisplayText.Escape(cause.Message)}");
        if (Environment.GetEnvironmentVariable("STATIQGUIDES_TRACE") == "1")
        {
            Console.Error.WriteLine(exception);
        }
        else
        {
            Console.Error.WriteLine("This is a bug in StatiqGuides, not in your content; please report it with the file that causes it (STATIQGUIDES_TRACE=1 shows the stack trace).");
        }
        return 1;
    }
}
