using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using StatiqGuides.Modules.Translations.Xliff;
using Xunit.Sdk;

namespace StatiqGuides.Tests.Testing;

/// <summary>Checks an exported XLIFF file: against the OASIS XLIFF 2.1 core schema (xliff_core_2.0.xsd, stored with
/// what it imports in tests/StatiqGuides.Tests/Schemas/, see its README), and against the core rules the schema cannot
/// express and the export relies on (unique ids, states, code and data references).</summary>
/// <remarks>Validation never reaches the network: the schemas resolve only inside that folder.</remarks>
public static class XliffSchema
{
    private static readonly string[] States = ["initial", "translated", "reviewed", "final"];
    private static readonly string[] InlineElements = ["ph", "pc", "cp", "sc", "ec", "mrk", "sm", "em"];

    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "StatiqGuides.Tests", "Schemas", "xliff-2.1");

    public static string CorePath => Path.Combine(Folder, "xliff_core_2.0.xsd");

    public static void AssertValid(string xliff)
    {
        var errors = SchemaErrors(xliff);
        if (errors.Count > 0) throw new XunitException("XLIFF schema errors:\n" + string.Join('\n', errors.Take(20)));
        AssertCoreRules(xliff);
    }

    /// <summary>Every error and warning the core schema reports, as <c>line:column: message</c>. Attributes and
    /// elements of another namespace (ours, <c>sg:</c>) are allowed by the schema's <c>anyAttribute ##other lax</c>;
    /// the only warning ignored is that there is no schema for them.</summary>
    public static IReadOnlyList<string> SchemaErrors(string xliff)
    {
        var schemas = new XmlSchemaSet { XmlResolver = new FolderResolver(Folder) };
        using (var core = XmlReader.Create(CorePath, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
        {
            schemas.Add(XliffNames.CoreNamespace, core);
        }
        schemas.Compile();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, Schemas = schemas };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationFlags &= ~(XmlSchemaValidationFlags.ProcessSchemaLocation | XmlSchemaValidationFlags.ProcessInlineSchema);
        var errors = new List<string>();
        settings.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Warning && e.Message.Contains(XliffNames.OwnNamespace, StringComparison.Ordinal)) return;
            errors.Add($"{e.Exception.LineNumber}:{e.Exception.LinePosition}: {e.Severity}: {e.Message}");
        };
        using (var reader = XmlReader.Create(new StringReader(xliff), settings))
        {
            while (reader.Read())
            {
            }
        }
        return errors;
    }

    /// <summary>Resolves schema imports only to files inside one folder; anything else (http, another folder) fails.</summary>
    private sealed class FolderResolver(string folder) : XmlUrlResolver
    {
        private readonly string _folder = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            ArgumentNullException.ThrowIfNull(absoluteUri);
            if (!absoluteUri.IsFile || !Path.GetFullPath(absoluteUri.LocalPath).StartsWith(_folder, StringComparison.Ordinal))
            {
                throw new XmlException($"schema validation may not read {absoluteUri}: only files under {_folder}");
            }
            return base.GetEntity(absoluteUri, role, ofObjectToReturn);
        }
    }

    private static void AssertCoreRules(string xliff)
    {
        XNamespace x = XliffNames.CoreNamespace;
        var root = XDocument.Parse(xliff, LoadOptions.PreserveWhitespace).Root!;
        Assert.Equal(x + "xliff", root.Name);
        Assert.Equal("2.1", (string?)root.Attribute("version"));
        Assert.NotNull(root.Attribute("srcLang"));
        Assert.All(root.Elements(), e => Assert.Equal(x + "file", e.Name));
        Assert.Equal(root.Elements().Count(), root.Elements().Select(f => (string?)f.Attribute("id")).Distinct().Count());
        foreach (var file in root.Elements())
        {
            Assert.NotNull(file.Attribute("id"));
            var children = file.Elements().Select(e => e.Name.LocalName).ToList();
            Assert.True(children.Count(c => c == "notes") <= 1 && (children.IndexOf("notes") is -1 or 0), string.Join(',', children));
            Assert.Contains("unit", children);
            var units = file.Elements(x + "unit").ToList();
            Assert.Equal(units.Count, units.Select(u => (string?)u.Attribute("id")).Distinct().Count());
            foreach (var unit in units)
            {
                var order = unit.Elements().Select(e => e.Name.LocalName).ToList();
                var expected = order.Where(n => n is "notes").Concat(order.Where(n => n is "originalData")).Concat(order.Where(n => n is "segment" or "ignorable")).ToList();
                Assert.Equal(expected, order);
                var data = unit.Elements(x + "originalData").Elements(x + "data").Select(d => (string)d.Attribute("id")!).ToList();
                Assert.Equal(data.Count, data.Distinct().Count());
                foreach (var segment in unit.Elements(x + "segment"))
                {
                    Assert.Contains((string?)segment.Attribute("state") ?? "initial", States);
                    Assert.Equal(x + "source", segment.Elements().First().Name);
                    foreach (var content in segment.Elements())
                    {
                        var codes = content.Descendants().Where(e => e.Name.LocalName is "ph" or "pc").ToList();
                        Assert.Equal(codes.Count, codes.Select(c => (string?)c.Attribute("id")).Distinct().Count());
                        foreach (var reference in codes.SelectMany(c => new[] { c.Attribute("dataRef"), c.Attribute("dataRefStart"), c.Attribute("dataRefEnd") }).Where(a => a is not null))
                        {
                            Assert.Contains(reference!.Value, data);
                        }
                        Assert.All(content.Descendants(), e => Assert.Contains(e.Name.LocalName, InlineElements));
                    }
                }
            }
        }
    }
}
