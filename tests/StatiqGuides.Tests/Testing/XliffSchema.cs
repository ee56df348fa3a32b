using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using StatiqGuides.Modules.Translations.Xliff;
using Xunit.Sdk;

namespace StatiqGuides.Tests.Testing;

/// <summary>Checks an exported XLIFF file: against the OASIS XLIFF 2 core schema (xliff_core_2.0.xsd, which 2.1 uses)
/// when it is on this machine — <c>XLIFF_CORE_XSD</c> names it, scripts/test.sh looks in the usual places — and
/// always against the core rules the export relies on (element order, states, code and data references).</summary>
/// <remarks>No package on the registries this project reaches ships the schema, and it is not committed here.</remarks>
public static class XliffSchema
{
    private static readonly string[] States = ["initial", "translated", "reviewed", "final"];
    private static readonly string[] InlineElements = ["ph", "pc", "cp", "sc", "ec", "mrk", "sm", "em"];

    public static string? SchemaPath
    {
        get
        {
            var candidates = new[]
            {
                Environment.GetEnvironmentVariable("XLIFF_CORE_XSD"),
                "/usr/share/xml/xliff/2.0/xliff_core_2.0.xsd",
                Path.Combine(RepositoryPaths.Root, ".cache", "xliff", "xliff_core_2.0.xsd"),
            };
            return candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && File.Exists(c));
        }
    }

    public static void AssertValid(string xliff)
    {
        if (SchemaPath is { } schema)
        {
            var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, DtdProcessing = DtdProcessing.Prohibit };
            settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
            settings.Schemas.Add(XliffNames.CoreNamespace, schema);
            var errors = new List<string>();
            settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Exception.LineNumber}:{e.Exception.LinePosition}: {e.Message}");
            using (var reader = XmlReader.Create(new StringReader(xliff), settings))
            {
                while (reader.Read())
                {
                }
            }
            if (errors.Count > 0) throw new XunitException("XLIFF schema errors:\n" + string.Join('\n', errors.Take(20)));
        }
        AssertCoreRules(xliff);
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
