using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;

namespace HostedSite;

/// <summary>The Liquid filter <c>reading_minutes</c>: about how many minutes a page's HTML takes to read, at 200 words
/// a minute, at least 1.</summary>
public static partial class ReadingTime
{
    public static ValueTask<FluidValue> Filter(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        var words = Words().Count(Tags().Replace(input.ToStringValue(), " "));
        return new(NumberValue.Create(Math.Max(1, (int)Math.Round(words / 200.0))));
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Words();
}
