using System.Globalization;

namespace StatiqGuides.Modules.Templates;

/// <summary>The .NET culture of a site language, for dates and numbers: any culture .NET knows (pt, pt-BR, sw, ar);
/// a code it does not know formats as the invariant culture rather than failing the build.</summary>
public static class LanguageCulture
{
    public static CultureInfo Of(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        try
        {
            return CultureInfo.GetCultureInfo(language, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
