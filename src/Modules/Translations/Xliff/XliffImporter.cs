using System.Xml;
using System.Xml.Linq;
using StatiqGuides.Core.Content;
using StatiqGuides.Core.Diagnostics;

namespace StatiqGuides.Modules.Translations.Xliff;

/// <summary>Reads an XLIFF file written by <see cref="XliffExporter"/> and translated in a CAT tool, and works out each
/// translation file (SPEC §3 <c>translations import</c>): translated blocks in source order, the translation's own front
/// matter kept, <c>source_hash</c> set when every unit is translated. Refuses, at the XLIFF line, a source changed since
/// export, lost or unknown inline codes, structure codes moved, missing targets and new links that lead nowhere.</summary>
public sealed class XliffImporter(SiteCatalog catalog, TranslationAlignment alignment, Func<string, string> displayPath)
{
    private static readonly string[] DoneStates = ["translated", "reviewed", "final"];

    public ImportResult Import(string xliffPath, string text)
    {
        ArgumentNullException.ThrowIfNull(xliffPath);
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new DiagnosticBag();
        var shown = displayPath(xliffPath);
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersInDocument = 256L * 1024 * 1024,
            });
            document = XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException exception)
        {
            diagnostics.Report(DiagnosticCodes.XliffUnreadable, new SourceLocation(shown, Math.Max(1, exception.LineNumber), Math.Max(1, exception.LinePosition)), exception.Message);
            return new ImportResult([], diagnostics.ToSortedList());
        }
        var root = document.Root!;
        if (root.Name != XliffNames.Core + "xliff" || !((string?)root.Attribute("version") ?? "").StartsWith("2.", StringComparison.Ordinal))
        {
            diagnostics.Report(DiagnosticCodes.XliffUnreadable, At(shown, root), "its root is not an XLIFF 2 <xliff> element");
            return new ImportResult([], diagnostics.ToSortedList());
        }
        var language = (string?)root.Attribute("trgLang") ?? "";
        if (language == catalog.Settings.DefaultLanguage || !catalog.Settings.Languages.Contains(language))
        {
            diagnostics.Report(DiagnosticCodes.XliffWrongLanguage, At(shown, root), language);
            return new ImportResult([], diagnostics.ToSortedList());
        }
        var files = new List<ImportedFile>();
        foreach (var file in root.Elements(XliffNames.Core + "file"))
        {
            if (ImportFile(file, language, shown, diagnostics) is { } imported) files.Add(imported);
        }
        return new ImportResult(files, diagnostics.ToSortedList());
    }

    private ImportedFile? ImportFile(XElement file, string language, string shown, DiagnosticBag diagnostics)
    {
        var uid = (string?)file.Attribute(XliffNames.Own + "uid") ?? "";
        if (catalog.Find(uid) is not { } source)
        {
            diagnostics.Report(DiagnosticCodes.XliffUnknownDocument, At(shown, file), uid);
            return null;
        }
        var exportedHash = (string?)file.Attribute(XliffNames.Own + "sourceHash") ?? "";
        var plan = alignment.Plan(catalog, source, language);
        if (exportedHash != plan.SourceHash)
        {
            diagnostics.Report(DiagnosticCodes.XliffSourceChanged, At(shown, file), uid, exportedHash, plan.SourceHash);
            return null;
        }
        if ((string?)file.Attribute(XliffNames.Own + "translationHash") != XliffExporter.TranslationHash(plan.TranslationText))
        {
            diagnostics.Report(DiagnosticCodes.XliffTranslationChanged, At(shown, file), displayPath(plan.TranslationPath));
            return null;
        }
        var units = file.Descendants(XliffNames.Core + "unit").ToList();
        var planned = plan.Units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        var targets = new Dictionary<string, (string Text, bool Done, XElement Unit)>(StringComparer.Ordinal);
        var errors = diagnostics.Count(Severity.Error);
        foreach (var unit in units)
        {
            var id = (string?)unit.Attribute("id") ?? "";
            if (!planned.TryGetValue(id, out var unitPlan))
            {
                diagnostics.Report(DiagnosticCodes.XliffUnknownUnit, At(shown, unit), id, uid);
                continue;
            }
            if (ReadUnit(unit, unitPlan, uid, shown, diagnostics) is { } target) targets[id] = (target.Text, target.Done, unit);
        }
        foreach (var missing in plan.Units.Where(u => !targets.ContainsKey(u.Id) && !units.Any(x => (string?)x.Attribute("id") == u.Id)))
        {
            if (missing.NeedsTranslation) diagnostics.Report(DiagnosticCodes.XliffMissingTarget, At(shown, file), missing.Id, uid);
        }
        if (diagnostics.Count(Severity.Error) > errors) return null;
        var rebuilt = TranslationWriter.Rebuild(plan, targets.ToDictionary(t => t.Key, t => (t.Value.Text, t.Value.Done), StringComparer.Ordinal));
        var linkErrors = LinkCheck.NewBrokenLinks(catalog, plan, rebuilt.Body);
        foreach (var link in linkErrors)
        {
            var unit = targets.FirstOrDefault(t => t.Value.Text.Contains(link, StringComparison.Ordinal));
            diagnostics.Report(DiagnosticCodes.XliffBrokenLink, unit.Value.Unit is { } element ? At(shown, element) : At(shown, file), unit.Key ?? "body", uid, link);
        }
        if (linkErrors.Count > 0) return null;
        return new ImportedFile(plan.TranslationPath, rebuilt.Text, rebuilt.Text != plan.TranslationText, rebuilt.Current);
    }

    private static (string Text, bool Done)? ReadUnit(XElement unit, UnitPlan plan, string uid, string shown, DiagnosticBag diagnostics)
    {
        var data = unit.Elements(XliffNames.Core + "originalData").Elements(XliffNames.Core + "data")
            .Where(d => d.Attribute("id") is not null)
            .GroupBy(d => (string)d.Attribute("id")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => XliffText.Read(g.First()), StringComparer.Ordinal);
        var segments = unit.Elements().Where(e => e.Name == XliffNames.Core + "segment" || e.Name == XliffNames.Core + "ignorable").ToList();
        var targets = segments.Select(s => s.Element(XliffNames.Core + "target")).ToList();
        var sourceCodes = segments.SelectMany(s => s.Element(XliffNames.Core + "source")?.Descendants() ?? [])
            .Where(e => e.Name.LocalName is "ph" or "pc" or "sc").ToList();
        if (targets.Any(t => t is null && plan.NeedsTranslation) || targets.Count == 0)
        {
            if (!plan.NeedsTranslation && targets.Count > 0) return (XliffExporter.Normalize(string.Concat(plan.Source.Select(s => s.Text))), true);
            diagnostics.Report(DiagnosticCodes.XliffMissingTarget, At(shown, unit), plan.Id, uid);
            return null;
        }
        // An ignorable without a target keeps its source (whitespace between segments).
        var parts = segments.Select((s, i) => targets[i] ?? s.Element(XliffNames.Core + "source")!).ToList();
        var content = TargetContent.Read(parts, data);
        if (content.Text.Trim().Length == 0 && plan.NeedsTranslation)
        {
            diagnostics.Report(DiagnosticCodes.XliffMissingTarget, At(shown, unit), plan.Id, uid);
            return null;
        }
        var failed = false;
        foreach (var unknown in content.Unknown.Concat(content.Codes.Where(c => sourceCodes.All(s => (string?)s.Attribute("id") != c) && !c.StartsWith('t'))).Distinct(StringComparer.Ordinal))
        {
            diagnostics.Report(DiagnosticCodes.XliffCodeUnknown, At(shown, targets.First(t => t is not null)!), plan.Id, uid, unknown);
            failed = true;
        }
        foreach (var code in sourceCodes.Where(c => (string?)c.Attribute("canDelete") == "no" && !content.Codes.Contains((string?)c.Attribute("id") ?? "")))
        {
            diagnostics.Report(DiagnosticCodes.XliffCodeRemoved, At(shown, targets.First(t => t is not null)!), plan.Id, uid, (string?)code.Attribute("id"), Display(code));
            failed = true;
        }
        var structure = sourceCodes.Where(c => (string?)c.Attribute("subType") == "sg:structure").Select(c => (string)c.Attribute("id")!).ToList();
        var kept = content.Codes.Where(structure.Contains).ToList();
        var expected = structure.Where(kept.Contains).ToList();
        // A block that starts with its marker (a heading's ##, a list item's -) must still start with it.
        var firstSource = segments.Select(s => s.Element(XliffNames.Core + "source")).FirstOrDefault()?.Nodes().FirstOrDefault() as XElement;
        var firstTarget = targets.FirstOrDefault(t => t is not null)?.Nodes().FirstOrDefault();
        if (!failed && firstSource is { Name.LocalName: "ph" } && (string?)firstSource.Attribute("subType") == "sg:structure"
            && content.Codes.Contains((string?)firstSource.Attribute("id") ?? "")
            && (firstTarget is not XElement first || (string?)first.Attribute("id") != (string?)firstSource.Attribute("id")))
        {
            diagnostics.Report(DiagnosticCodes.XliffCodeReordered, At(shown, targets.First(t => t is not null)!), plan.Id, uid,
                (string?)firstSource.Attribute("id"), Display(firstSource));
            failed = true;
        }
        if (!failed && !kept.SequenceEqual(expected))
        {
            var moved = kept.Zip(expected).First(p => p.First != p.Second).First;
            var code = sourceCodes.First(c => (string?)c.Attribute("id") == moved);
            diagnostics.Report(DiagnosticCodes.XliffCodeReordered, At(shown, targets.First(t => t is not null)!), plan.Id, uid, moved, Display(code));
            failed = true;
        }
        if (failed) return null;
        var states = segments.Where(s => s.Name.LocalName == "segment").Select(s => (string?)s.Attribute("state") ?? "initial").ToList();
        var previous = plan.Target is null ? null : XliffExporter.Normalize(string.Concat(plan.Target.Select(s => s.Text)));
        var done = plan.Target is null || states.All(DoneStates.Contains) || content.Text != previous;
        return (content.Text, done);
    }

    /// <summary>How a code is shown to the translator: a <c>&lt;ph&gt;</c>'s disp, a <c>&lt;pc&gt;</c>'s dispStart.</summary>
    private static string? Display(XElement code) => (string?)code.Attribute("disp") ?? (string?)code.Attribute("dispStart");

    private static SourceLocation At(string path, XElement element)
    {
        var info = (IXmlLineInfo)element;
        return info.HasLineInfo() ? new SourceLocation(path, info.LineNumber, info.LinePosition) : SourceLocation.StartOf(path);
    }
}
