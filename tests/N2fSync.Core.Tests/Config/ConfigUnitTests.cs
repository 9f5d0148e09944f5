using N2fSync.Config;

namespace N2fSync.Tests.Config;

/// <summary>The small building blocks: issue text, key suggestions, reference expansion, time zones.</summary>
public sealed class ConfigUnitTests
{
    [Fact]
    public void ConfigIssue_ToString_IsFileLineColumnKeyMessage()
    {
        var issue = new ConfigIssue(ConfigIssueSeverity.Error, "source.provider", "bad.", "n2fsync.yaml", 12, 3);

        Assert.Equal("n2fsync.yaml:12:3 source.provider: bad.", issue.ToString());
    }

    [Fact]
    public void ConfigIssue_ToString_WithoutLineOrFile()
    {
        var issue = new ConfigIssue(ConfigIssueSeverity.Warning, "n2f.sandbox", "odd.");

        Assert.Equal("config n2f.sandbox: odd.", issue.ToString());
    }

    [Theory]
    [InlineData("provder", "provider")]
    [InlineData("conectionString", "connectionString")]
    [InlineData("CLIENT_SECRET", "clientSecret")]
    [InlineData("zzzz", null)]
    public void KeySuggestion_FindsClosestKnownKey(string typed, string? expected)
    {
        Assert.Equal(expected, KeySuggestion.Closest(typed, SourceSchema.Section.Keys.Concat(N2fSchema.Section.Keys)));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a${X}b", "a1b")]
    [InlineData("${MISSING:-dflt}", "dflt")]
    [InlineData("${EMPTY:-dflt}", "dflt")]
    [InlineData("${EMPTY}", "")]
    [InlineData("cost $5", "cost $5")]
    [InlineData("$${X}", "${X}")]
    public void EnvReferenceExpander_Expands(string text, string expected)
    {
        var env = new Dictionary<string, string?> { ["X"] = "1", ["EMPTY"] = "" };
        var errors = new List<string>();

        Assert.Equal(expected, EnvReferenceExpander.Expand(text, n => env.GetValueOrDefault(n), errors.Add));
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("${1BAD}")]
    [InlineData("${}")]
    [InlineData("${A-B}")]
    public void EnvReferenceExpander_BadName_IsError(string text)
    {
        var errors = new List<string>();

        Assert.Null(EnvReferenceExpander.Expand(text, _ => "x", errors.Add));
        Assert.Single(errors);
    }

    [Fact]
    public void ConfigTimeZone_UnknownId_IsNotResolved()
    {
        Assert.False(ConfigTimeZone.TryResolve("Nowhere/Special", out _));
    }

    [Fact]
    public void ConfigTimeZone_IanaParis_Resolves()
    {
        Assert.True(ConfigTimeZone.TryResolve("Europe/Paris", out var zone));
        Assert.Equal(TimeSpan.FromHours(1), zone.GetUtcOffset(new DateTime(2026, 1, 15, 12, 0, 0, DateTimeKind.Utc)));
    }
}
