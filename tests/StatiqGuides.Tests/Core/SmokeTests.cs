namespace StatiqGuides.Tests.Core;

public sealed class SmokeTests
{
    [Fact]
    public void Diagnostic_codes_are_unique()
    {
        var codes = StatiqGuides.Core.Diagnostics.DiagnosticCodes.All.Select(c => c.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }
}
