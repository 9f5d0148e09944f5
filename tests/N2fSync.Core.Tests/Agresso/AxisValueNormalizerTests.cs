using N2fSync.Agresso.Normalization;
using N2fSync.Agresso;
using N2fSync.Tests.Support;

namespace N2fSync.Tests.Agresso;

public sealed class AxisValueNormalizerTests
{
    private static DateTime Day(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Normalize_ViewRow_GivesTypedValueKeyedByTrimmedCode()
    {
        var value = AxisFixtures.Value(" PRJ-0042 ", ("typ", "project"), ("client", " BE01 "), ("description", " Rénovation école "));
        Assert.Equal("PRJ-0042", value.Key);
        Assert.Equal("PRJ-0042", value.Code);
        Assert.Equal("BE01", value.Company);
        Assert.Equal("PROJECT", value.Type);
        Assert.Equal("Rénovation école", value.Description);
        Assert.Equal("projects", value.Scope);
        Assert.True(value.IsValid);
    }

    [Fact]
    public void Normalize_CodeCase_IsKeptExactly()
    {
        Assert.Equal("Prj-0042b", AxisFixtures.Value("Prj-0042b").Key);
    }

    [Fact]
    public void Normalize_IsoDates_AreCalendarDays()
    {
        var value = AxisFixtures.Value("PRJ-0043", ("date_from", "2025-09-01"), ("date_to", "2027-06-30"));
        Assert.Equal(Day(2025, 9, 1), value.ValidFrom);
        Assert.Equal(Day(2027, 6, 30), value.ValidTo);
    }

    [Theory]
    [InlineData("2026-03-01T00:00:00")]
    [InlineData("2026-03-01 00:00:00.000")]
    [InlineData("2026-03-01T00:00:00Z")]
    [InlineData("2026-03-01T23:30:00-05:00")]
    public void Normalize_IsoDateWithTime_KeepsTheDayWritten(string text)
    {
        Assert.Equal(Day(2026, 3, 1), AxisFixtures.Value("PRJ-0101", ("date_from", text)).ValidFrom);
    }

    [Theory]
    [InlineData("31/12/2026", 2026, 12, 31)]
    [InlineData("01/02/2026", 2026, 2, 1)]
    [InlineData("01-02-2026", 2026, 2, 1)]
    [InlineData("1.2.2026", 2026, 2, 1)]
    [InlineData("15/09/2025 00:00:00", 2025, 9, 15)]
    public void Normalize_SlashedDate_IsReadDayFirst(string text, int y, int m, int d)
    {
        Assert.Equal(Day(y, m, d), AxisFixtures.Value("PRJ-2002", ("date_from", text), ("date_to", "")).ValidFrom);
    }

    [Theory]
    [InlineData("2099-12-31")]
    [InlineData("31/12/2099")]
    [InlineData("2099-12-31T00:00:00")]
    public void Normalize_DateTo2099_MeansNoEnd(string text)
    {
        Assert.Null(AxisFixtures.Value("PRJ-0042", ("date_to", text)).ValidTo);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("  ")]
    [InlineData("nan")]
    public void Normalize_EmptyDate_IsNoDate(string? text)
    {
        var value = AxisFixtures.Value("PRJ-0070", ("date_from", text), ("date_to", text));
        Assert.Null(value.ValidFrom);
        Assert.Null(value.ValidTo);
        Assert.True(value.IsValid);
    }

    [Theory]
    [InlineData("demain")]
    [InlineData("12/31/2026")]
    [InlineData("31/02/2026")]
    [InlineData("2026-13-01")]
    public void Normalize_UnparseableDate_RejectsRowNamingRowAndColumn(string text)
    {
        var value = AxisFixtures.Value(7, AxisFixtures.Row("PRJ-0050", ("date_to", text)));
        var issue = Assert.Single(value.Issues);
        Assert.False(value.IsValid);
        Assert.Equal(DataIssueKind.InvalidDate, issue.Kind);
        Assert.Equal("date_to", issue.Field);
        Assert.Equal(7, issue.RowNumber);
        Assert.Contains(text, issue.ToString());
        Assert.Contains("row 7", issue.ToString());
    }

    [Fact]
    public void Normalize_StartAfterEnd_IsInvalidDate()
    {
        var value = AxisFixtures.Value("PRJ-0061", ("date_from", "2025-03-31"), ("date_to", "01/04/2023"));
        var issue = Assert.Single(value.Issues);
        Assert.Equal(DataIssueKind.InvalidDate, issue.Kind);
        Assert.Contains("2025-03-31", issue.Message);
        Assert.Contains("2023-04-01", issue.Message);
    }

    [Theory]
    [InlineData("client")]
    [InlineData("code")]
    [InlineData("description")]
    public void Normalize_MissingRequiredColumn_RejectsRow(string column)
    {
        var value = AxisFixtures.Value("SP-7", (column, " "));
        var issue = Assert.Single(value.Issues);
        Assert.Equal(DataIssueKind.MissingRequired, issue.Kind);
        Assert.Equal(column, issue.Field);
    }

    [Fact]
    public void Normalize_PropertyNames_BindLikeViewColumns()
    {
        // What Import-Csv of exported Get-AgressoEntity output looks like: the entity's property names.
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Type"] = "PLAQUE", ["Company"] = "BE02", ["Code"] = "1-EFG-579", ["Description"] = "Hyundai Kona Électrique",
            ["Status"] = "N", ["ValidFrom"] = "2025-04-01", ["ValidTo"] = "",
        };
        var value = AxisValueNormalizer.Normalize("plates", 3, n => values.TryGetValue(n, out var v) ? v : null, values.ContainsKey);
        Assert.Equal("BE02", value.Company);
        Assert.Equal("PLAQUE", value.Type);
        Assert.Equal("1-EFG-579", value.Key);
        Assert.Equal(new DateTime(2025, 4, 1), value.ValidFrom);
        Assert.Null(value.ValidTo);
        Assert.True(value.IsValid);
    }

    [Fact]
    public void Normalize_Description_IsNfcNormalized()
    {
        var decomposed = "S\u030Ckoda Octavia";
        Assert.Equal("\u0160koda Octavia", AxisFixtures.Value("1-ABC-123", ("description", decomposed)).Description);
    }
}
