using N2fSync.Agresso.Normalization;

namespace N2fSync.Tests.Agresso;

public sealed class ValidityDateTests
{
    [Theory]
    [InlineData("2026-01-01T01:00:00+01:00")]
    [InlineData("2026-01-01T00:00:00Z")]
    [InlineData("2026-01-01T02:00:00+02:00")]
    [InlineData("2026-01-01")]
    public void TryParseN2f_AnsweredInstant_IsTheDayWrittenNotTheUtcDay(string answered)
    {
        Assert.True(ValidityDate.TryParseN2f(answered, out var day));
        Assert.Equal(new DateTime(2026, 1, 1), day);
    }

    [Fact]
    public void TryParseN2f_NoEndAnswered_IsNoDate()
    {
        Assert.True(ValidityDate.TryParseN2f("2099-12-31T01:00:00+01:00", out var day));
        Assert.Null(day);
    }

    [Fact]
    public void ToPayload_IsMidnightUtcOfTheDay()
    {
        Assert.Equal("2026-01-01T00:00:00Z", ValidityDate.ToPayload(new DateTime(2026, 1, 1)));
        Assert.Null(ValidityDate.ToPayload(null));
    }
}
