using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Markdown;

/// <summary>GitHub alerts get their label from the UI strings of the page's language.</summary>
public sealed class AlertLabelsTests
{
    private const string Alerts = "> [!NOTE]\n> One.\n\n> [!TIP]\n> Two.\n\n> [!IMPORTANT]\n> Three.\n\n> [!WARNING]\n> Four.\n\n> [!CAUTION]\n> Five.\n";

    [Fact]
    public async Task Alert_labels_are_in_the_language_of_each_page_translated_or_not()
    {
        using var site = TestSite.Create().WithLanguages("en", "fr", "es")
            .WithGuide("alerts", "title: Alerts\nsummary: S", Alerts)
            .WithFile("guides/websites/alerts.fr.md", "---\ntitle: Alertes\nsummary: S\n---\n\nTexte traduit.\n\n" + Alerts);

        var run = await site.CheckAsync();

        Expect.NoDiagnostics(run.Diagnostics);
        List<string> Labels(string language) =>
            [.. run.Page($"{language}/guides/websites/alerts/index.html").QuerySelectorAll(".markdown-alert-title").Select(p => p.TextContent)];
        Assert.Equal(["Note", "Tip", "Important", "Warning", "Caution"], Labels("en"));
        Assert.Equal(["Remarque", "Conseil", "Important", "Avertissement", "Attention"], Labels("fr"));
        // es has no translation: English text under Spanish labels.
        Assert.Equal(["Nota", "Consejo", "Importante", "Advertencia", "Precaución"], Labels("es"));
    }
}
