using System.Xml.Linq;

namespace StatiqGuides.Modules.Translations.Xliff;

/// <summary>The names of the XLIFF 2.1 file <c>translations export</c> writes: OASIS core (whose namespace 2.1 keeps
/// from 2.0) and our own attributes, which the core schema lets any file and unit carry.</summary>
public static class XliffNames
{
    public const string CoreNamespace = "urn:oasis:names:tc:xliff:document:2.0";
    public const string OwnNamespace = "urn:statiqguides:xliff:1";

    public static readonly XNamespace Core = CoreNamespace;
    public static readonly XNamespace Own = OwnNamespace;

    /// <summary>Our note category for the source text a draft target translates (gettext's <c>#| msgid</c>).</summary>
    public const string PreviousSourceCategory = "sg:previous-source";
}
