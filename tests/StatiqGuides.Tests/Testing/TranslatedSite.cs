namespace StatiqGuides.Tests.Testing;

/// <summary>A site in en, fr and es whose guides, case study and pages hold every translation state: current (the
/// right <c>source_hash</c>), outdated (a wrong one, or none) and missing.</summary>
/// <remarks>
/// | uid        | kind       | fr                   | es                 |
/// |------------|------------|----------------------|--------------------|
/// | good       | guide      | current              | missing            |
/// | second     | guide      | outdated (wrong)     | outdated (no hash) |
/// | kenya      | case-study | current              | missing            |
/// | about      | page       | outdated (wrong)     | missing            |
/// | contribute | page       | missing              | current            |
/// </remarks>
public static class TranslatedSite
{
    public const string GoodBody = "\n## First part\n\nSome text.\n";
    public const string SecondBody = "\nSecond text.\n";
    public const string KenyaBody = "\nThe clerks scanned the Hansard.\n";
    public const string ContributeBody = "\nOpen a pull request.\n";

    public static string GoodHash => SpecSourceHash.Of("A good guide", "Nothing is wrong here.", GoodBody);

    public static string KenyaHash => SpecSourceHash.Of("Kenya's Hansard", "What a parliament did.", KenyaBody);

    public static string ContributeHash => SpecSourceHash.Of("Contribute", "How to help.", ContributeBody);

    public static TestSite Create() => TestSite.Create().WithLanguages("en", "fr", "es")
        .WithCaseStudy("kenya", "title: Kenya's Hansard\nupdated: 2024-02-10", KenyaBody.TrimStart('\n'))
        .WithFile("case-studies/kenya.fr.md", $"---\ntitle: Le Hansard du Kenya\nsummary: Ce qu'a fait un parlement.\nsource_hash: {KenyaHash}\n---\n\nLes greffiers ont numérisé le Hansard.\n")
        .WithFile("guides/websites/good.fr.md", $"---\ntitle: Un bon guide\nsummary: Rien à redire.\nsource_hash: {GoodHash}\n---\n\n## Première partie\n\nDu texte.\n")
        .WithGuide("second", "title: Second guide\nsummary: Also fine.\nupdated: 2024-03-05", SecondBody.TrimStart('\n'))
        .WithFile("guides/websites/second.fr.md", "---\ntitle: Deuxième guide\nsummary: Très bien aussi.\nsource_hash: 000000000000\n---\n\nDeuxième texte.\n")
        .WithFile("guides/websites/second.es.md", "---\ntitle: Segunda guía\nsummary: También bien.\n---\n\nSegundo texto.\n")
        .WithFile("pages/about.md", "---\ntitle: About\nsummary: Who we are.\n---\n\nAbout us.\n")
        .WithFile("pages/about.fr.md", "---\ntitle: À propos\nsummary: Qui nous sommes.\nsource_hash: abcdefabcdef\n---\n\nÀ propos de nous.\n")
        .WithFile("pages/contribute.md", $"---\ntitle: Contribute\nsummary: How to help.\n---\n{ContributeBody}")
        .WithFile("pages/contribute.es.md", $"---\ntitle: Contribuir\nsummary: Cómo ayudar.\nsource_hash: {ContributeHash}\n---\n\nAbra una solicitud de incorporación de cambios.\n");
}
