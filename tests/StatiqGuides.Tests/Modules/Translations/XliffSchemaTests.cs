using System.Security.Cryptography;
using StatiqGuides.Tests.Testing;

namespace StatiqGuides.Tests.Modules.Translations;

/// <summary>The schema every export is checked against is the OASIS one, unchanged, and it does reject what XLIFF 2.1
/// forbids: so "valid" in the other tests means valid.</summary>
public sealed class XliffSchemaTests
{
    private const string Valid = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:sg="urn:statiqguides:xliff:1" version="2.1" srcLang="en" trgLang="fr">
        <file id="f1" sg:uid="a"><unit id="u1"><originalData><data id="d1">**</data></originalData><segment state="final"><source><pc id="1" dataRefStart="d1" dataRefEnd="d1">Hello</pc></source><target><pc id="1" dataRefStart="d1" dataRefEnd="d1">Bonjour</pc></target></segment></unit></file>
        </xliff>
        """;

    [Theory]
    [InlineData("xliff_core_2.0.xsd", "5686d2dbe9dac95e34d1b06a805e1e0f4999db5d5a67dc8bb8514c780592a84d")]
    [InlineData("informativeCopiesOf3rdPartySchemas/w3c/xml.xsd", "61960fb3131e38022caad5360e2f33a3382578ab3c80cd58bd74320ede61b20c")]
    public async Task The_stored_schemas_are_the_published_files_byte_for_byte(string path, string sha256)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(XliffSchema.Folder, path));

        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Contains("Copyright (c) OASIS Open 2018. All Rights Reserved.", await File.ReadAllTextAsync(XliffSchema.CorePath), StringComparison.Ordinal);
    }

    [Fact]
    public void A_minimal_xliff_2_1_file_with_our_own_attributes_is_valid() =>
        Assert.Empty(XliffSchema.SchemaErrors(Valid));

    [Theory]
    [InlineData("state=\"final\"", "state=\"done\"", "'state' attribute is invalid")]
    [InlineData("<unit id=\"u1\">", "<unit>", "required attribute 'id' is missing")]
    [InlineData("<source><pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d1\">Hello</pc></source>", "", "invalid child element 'target'")]
    [InlineData("<pc id=\"1\" dataRefStart", "<pc id=\"1\" disp=\"**\" dataRefStart", "'disp' attribute is not allowed")]
    [InlineData("<originalData>", "<notes/><originalData>", "incomplete content")]
    [InlineData("<data id=\"d1\">**</data>", "<data id=\"d1\"><b>**</b></data>", "has invalid child element 'b'")]
    public void The_schema_rejects_what_xliff_forbids(string from, string to, string expected)
    {
        var invalid = Valid.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Valid, invalid);

        var errors = XliffSchema.SchemaErrors(invalid);

        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }
}
