using StatiqGuides.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StatiqGuides.Modules.Yaml;

/// <summary>Reads one YAML document into <see cref="YamlValue"/> nodes, reporting syntax errors and
/// duplicate keys as diagnostics at their real place in the file.</summary>
public static class YamlReader
{
    /// <summary>Parses a one-line document and drops it, so that YamlDotNet's static tables (among them a compiled regular
    /// expression, about 18 ms) are built now: called on a spare core at startup, while the command line is read, they
    /// are not built by the first settings file, which every other step of a build waits for.</summary>
    public static void Prepare() => Read("prepared: true\n", "", 0, new DiagnosticBag());

    /// <param name="lineOffset">Lines of the file before <paramref name="text"/> (the front matter's opening '---').</param>
    /// <returns>The root node; an empty mapping for an empty document; null when the YAML is malformed.</returns>
    public static YamlValue? Read(string text, string displayPath, int lineOffset, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var parser = new Parser(new StringReader(text));
        var state = new ReaderState(displayPath, lineOffset, diagnostics);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return new YamlMapping([], new SourceLocation(displayPath, lineOffset + 1, 1));
            }
            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, state);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var next = parser.Current!;
                diagnostics.Report(DiagnosticCodes.YamlSyntax, state.At(next.Start), "only one YAML document is allowed here");
                return null;
            }
            return root;
        }
        catch (YamlException exception)
        {
            var (message, line, column) = YamlErrorText.Explain(text, Clean(exception.Message), (int)exception.Start.Line, (int)Math.Max(1, exception.Start.Column));
            diagnostics.Report(DiagnosticCodes.YamlSyntax, new SourceLocation(displayPath, line + lineOffset, column), message);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, not a YamlException, when the text ends inside an unclosed flow
            // collection ("title: [draft"); it gives no position, so the bracket is looked for (else the front
            // matter's first line is named).
            if (YamlErrorText.UnclosedBracket(text) is { } open)
            {
                diagnostics.Report(DiagnosticCodes.YamlSyntax, new SourceLocation(displayPath, open.Line + lineOffset, open.Column),
                    YamlErrorText.UnclosedMessage(open.Bracket));
            }
            else
            {
                diagnostics.Report(DiagnosticCodes.YamlSyntax, new SourceLocation(displayPath, lineOffset + 1, 1),
                    "the text ends inside a '[' or '{' that is never closed");
            }
            return null;
        }
    }

    /// <summary>Deeper nesting is no front matter anyone writes, and would exhaust the stack of the recursive readers.</summary>
    private const int MaxDepth = 64;

    /// <summary>Values counted with every alias expanded: a few anchors referring to each other ("billion laughs")
    /// would otherwise expand to billions of values when the front matter is converted for themes.</summary>
    private const int MaxExpandedValues = 100_000;

    private static YamlValue ReadNode(IParser parser, ReaderState state, int depth = 0)
    {
        var current = parser.Current ?? throw new YamlException("unexpected end of the YAML document");
        if (depth > MaxDepth)
        {
            throw new YamlException(current.Start, current.End, $"values are nested more than {MaxDepth} levels deep");
        }
        var before = state.Expanded++;
        var value = ReadValue(parser, state, current, depth);
        state.Remember(AnchorOf(current), value, state.Expanded - before);
        return value;
    }

    private static AnchorName AnchorOf(ParsingEvent current) => current switch
    {
        NodeEvent node => node.Anchor,
        _ => AnchorName.Empty,
    };

    private static YamlValue ReadValue(IParser parser, ReaderState state, ParsingEvent current, int depth)
    {
        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                return new YamlScalar(state.Checked(scalar), scalar.Style == ScalarStyle.Plain, state.At(scalar.Start));
            case SequenceStart start:
            {
                parser.MoveNext();
                var items = new List<YamlValue>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode(parser, state, depth + 1));
                }
                return new YamlSequence(items, state.At(start.Start));
            }
            case MappingStart start:
            {
                parser.MoveNext();
                var entries = new List<YamlEntry>();
                var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var keyNode = ReadNode(parser, state, depth + 1);
                    var value = ReadNode(parser, state, depth + 1);
                    if (keyNode is not YamlScalar key)
                    {
                        state.Diagnostics.Report(DiagnosticCodes.YamlSyntax, keyNode.Location, "a key must be a plain string");
                        continue;
                    }
                    if (seen.TryGetValue(key.Text, out var firstLine))
                    {
                        state.Diagnostics.Report(DiagnosticCodes.DuplicateYamlKey, key.Location, key.Text, firstLine);
                        continue;
                    }
                    seen[key.Text] = key.Location.Line;
                    entries.Add(new YamlEntry(key, value));
                }
                return new YamlMapping(entries, state.At(start.Start));
            }
            case AnchorAlias alias:
                parser.MoveNext();
                var resolved = state.Resolve(alias);
                if (state.Expanded > MaxExpandedValues)
                {
                    throw new YamlException(alias.Start, alias.End, $"aliases expand to more than {MaxExpandedValues} values");
                }
                return resolved;
            default:
                throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
        }
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: 12) - (...): "; the position is printed by us.
    private static string Clean(string message)
    {
        var index = message.IndexOf("): ", StringComparison.Ordinal);
        return index >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(index + 3)..] : message;
    }

    private sealed class ReaderState(string displayPath, int lineOffset, IDiagnosticSink diagnostics)
    {
        private readonly Dictionary<string, (YamlValue Value, int Size)> _anchors = new(StringComparer.Ordinal);

        /// <summary>Values read so far, each alias counting as all the values it stands for.</summary>
        public int Expanded { get; set; }

        public IDiagnosticSink Diagnostics { get; } = diagnostics;

        /// <summary>The scalar's text, with the characters HTML and XML cannot carry (C0 controls but tab and newline,
        /// lone surrogates, U+FFFE, U+FFFF; YAML escapes such as "\x01" make them) reported at their place and replaced
        /// by U+FFFD, so that no feed, sitemap or page writer meets them.</summary>
        public string Checked(Scalar scalar)
        {
            var value = scalar.Value;
            var bad = ForbiddenCharacters.IndexOfFirst(value);
            if (bad < 0) return value;
            var location = At(scalar.Start);
            // A plain or quoted one-line scalar is written as read: the character's own column; otherwise the scalar's start.
            if (scalar.Style == ScalarStyle.Plain && !value.Contains('\n', StringComparison.Ordinal))
            {
                location = location with { Column = location.Column + bad };
            }
            Diagnostics.Report(DiagnosticCodes.ForbiddenCharacter, location, value.Length <= 40 ? value : value[..40] + "...", (int)value[bad]);
            return ForbiddenCharacters.Replace(value);
        }

        public SourceLocation At(Mark mark) => new(displayPath, (int)mark.Line + lineOffset, (int)Math.Max(1, mark.Column));

        public void Remember(AnchorName anchor, YamlValue value, int size)
        {
            if (!anchor.IsEmpty)
            {
                _anchors[anchor.Value] = (value, size);
            }
        }

        public YamlValue Resolve(AnchorAlias alias)
        {
            if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
            {
                throw new YamlException(alias.Start, alias.End, $"unknown alias '*{alias.Value.Value}'");
            }
            // The alias itself was counted once already.
            Expanded += anchored.Size - 1;
            return anchored.Value;
        }
    }
}
