using Fluid;
using Fluid.Values;

namespace StatiqGuides.Modules.Templates;

/// <summary>Hands a template a member that holds HTML the build made (a sanitized body, a printable page's guides)
/// as markup, while everything else a template prints is HTML-encoded.</summary>
public sealed class RawHtmlAccessor<T>(Func<T, string?> read) : IMemberAccessor
{
    public object Get(object obj, string name, TemplateContext ctx) =>
        obj is T model && read(model) is { } html ? new StringValue(html, encode: false) : NilValue.Instance;
}
