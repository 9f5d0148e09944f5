using N2fSync.Config;

namespace N2fSync.Tests.Config;

/// <summary>Axis scopes: three built in, more by config only.</summary>
public sealed class ConfigAxesTests
{
    [Fact]
    public void Load_NoAxesKey_HasTheThreeBuiltInScopes()
    {
        using var folder = new ConfigTestFolder();

        var axes = folder.Load(ConfigAssert.Minimal).Axes;

        Assert.Equal(["plates", "projects", "subposts"], axes.Keys.OrderBy(k => k));
        Assert.Equal(("PROJECT", "projects"), (axes["projects"].Type, axes["projects"].Axis));
        Assert.Equal(("PLAQUE", "plaque"), (axes["plates"].Type, axes["plates"].Axis));
        Assert.Equal(("SUBPOST", "subpost"), (axes["subposts"].Type, axes["subposts"].Axis));
        Assert.Equal(["fr", "nl"], axes["projects"].Cultures);
    }

    [Fact]
    public void Load_CustomAxisScope_AddsFourthScope()
    {
        using var folder = new ConfigTestFolder();

        var axes = folder.Load(ConfigAssert.Minimal + "axes:\n  vehicles: { type: vehicule, axis: vehicule, cultures: [fr, nl, en], excludeStatuses: [C] }\n").Axes;

        Assert.Equal(4, axes.Count);
        var vehicles = axes["vehicles"];
        Assert.Equal("VEHICULE", vehicles.Type);
        Assert.Equal("vehicule", vehicles.Axis);
        Assert.Equal(["fr", "nl", "en"], vehicles.Cultures);
        Assert.Equal(["C"], vehicles.ExcludeStatuses);
    }

    [Fact]
    public void Load_BuiltInScopeByName_ChangesOnlyGivenKeys()
    {
        using var folder = new ConfigTestFolder();

        var axes = folder.Load(ConfigAssert.Minimal + "axes:\n  projects:\n    cultures: [fr]\n").Axes;

        Assert.Equal(3, axes.Count);
        Assert.Equal(["fr"], axes["projects"].Cultures);
        Assert.Equal("PROJECT", axes["projects"].Type);
    }

    [Fact]
    public void Load_CustomScopeWithoutTypeOrAxis_ErrorsPointAtScope()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "axes:\n  vehicles:\n    cultures: [fr]\n");

        Assert.Equal(5, ConfigAssert.SingleError(result, "axes.vehicles.type").Line);
        Assert.Equal(5, ConfigAssert.SingleError(result, "axes.vehicles.axis").Line);
    }

    [Theory]
    [InlineData("users")]
    [InlineData("all")]
    public void Load_ReservedScopeName_IsError(string name)
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + $"axes:\n  {name}: {{ type: X, axis: x }}\n");

        var error = ConfigAssert.SingleError(result, "axes." + name);
        Assert.Equal(5, error.Line);
        Assert.Contains("reserved", error.Message);
    }

    [Fact]
    public void Load_UpperCaseScopeName_IsError()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "axes:\n  Vehicles: { type: X, axis: x }\n");

        Assert.Contains("lower-case", ConfigAssert.SingleError(result, "axes.Vehicles").Message);
    }

    [Fact]
    public void Load_TwoScopesWithSameType_IsError()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "axes:\n  vehicles: { type: PROJECT, axis: vehicule }\n");

        Assert.Contains("already the type of scope 'projects'", ConfigAssert.SingleError(result, "axes.vehicles.type").Message);
    }

    [Fact]
    public void Load_TwoScopesOnSameAxis_IsError()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "axes:\n  vehicles: { type: VEHICULE, axis: plaque }\n");

        Assert.Contains("scope 'plates'", ConfigAssert.SingleError(result, "axes.vehicles.axis").Message);
    }

    [Fact]
    public void Load_EmptyCultures_IsError()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "axes:\n  plates: { cultures: [] }\n");

        Assert.Equal(5, ConfigAssert.SingleError(result, "axes.plates.cultures").Line);
    }

    [Fact]
    public void Load_InvalidCulture_ErrorNamesItem()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "axes:\n  plates: { cultures: [fr, french] }\n");

        Assert.Contains("'french' is not a culture code", ConfigAssert.SingleError(result, "axes.plates.cultures[1]").Message);
    }

    [Fact]
    public void Load_UnknownKeyInScope_SuggestsClosest()
    {
        using var folder = new ConfigTestFolder();

        var result = folder.Validate(ConfigAssert.Minimal + "axes:\n  plates: { culture: [fr] }\n");

        Assert.Contains("did you mean 'cultures'?", ConfigAssert.SingleError(result, "axes.plates.culture").Message);
    }

    [Fact]
    public void Load_BuiltInScopes_AreFreshPerLoad()
    {
        using var folder = new ConfigTestFolder();
        var first = folder.Load(ConfigAssert.Minimal);
        first.Axes["projects"].Cultures.Add("en");

        var second = folder.Load(ConfigAssert.Minimal);

        Assert.Equal(["fr", "nl"], second.Axes["projects"].Cultures);
    }
}
