using System.Text;

namespace StatiqGuides.Tests.Testing;

/// <summary>A command's stdout or stderr in a test: written from any thread (serve prints from its rebuilds), read by
/// the test while the command runs.</summary>
public sealed class CapturedWriter : TextWriter
{
    private readonly StringBuilder _text = new();
    private readonly Lock _lock = new();

    public override Encoding Encoding => Encoding.UTF8;

    public string Text
    {
        get
        {
            lock (_lock) return _text.ToString();
        }
    }

    public override void Write(char value)
    {
        lock (_lock) _text.Append(value);
    }

    public override void Write(string? value)
    {
        lock (_lock) _text.Append(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (_lock) _text.Append(buffer, index, count);
    }

    /// <summary>The text once <paramref name="done"/> holds for it; polled, as a test waits for a line that a server prints.</summary>
    public async Task<string> WaitForAsync(Func<string, bool> done, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(done);
        for (var text = Text; ; text = Text)
        {
            if (done(text)) return text;
            await Task.Delay(20, cancellationToken);
        }
    }
}
