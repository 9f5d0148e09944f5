using System.Globalization;
using N2fSync.Agresso;

namespace N2fSync.Tests.Agresso;

public sealed class SourceValueTextTests
{
    [Fact]
    public void DbNull_becomes_null() => Assert.Null(SourceValueText.From(DBNull.Value));

    [Fact]
    public void Strings_are_kept_as_they_are() => Assert.Equal("  Chloé O'Neil ", SourceValueText.From("  Chloé O'Neil "));

    [Fact]
    public void A_date_at_midnight_is_written_as_a_day() =>
        Assert.Equal("2099-12-31", SourceValueText.From(new DateTime(2099, 12, 31)));

    [Fact]
    public void A_date_with_a_time_is_written_in_iso_8601() =>
        Assert.Equal("2026-03-01T14:30:05.25", SourceValueText.From(new DateTime(2026, 3, 1, 14, 30, 5, 250)));

    [Fact]
    public void Booleans_are_true_and_false()
    {
        Assert.Equal("true", SourceValueText.From(true));
        Assert.Equal("false", SourceValueText.From(false));
    }

    [Fact]
    public void Numbers_ignore_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-BE");
            Assert.Equal("8.5", SourceValueText.From(8.5d));
            Assert.Equal("1234.50", SourceValueText.From(1234.50m));
            Assert.Equal("-12", SourceValueText.From(-12L));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
