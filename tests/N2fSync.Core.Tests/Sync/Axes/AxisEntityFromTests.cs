using N2fSync.Agresso;
using N2fSync.Config;
using N2fSync.Sync;
using static N2fSync.Tests.Support.AxisFixtures;

namespace N2fSync.Tests.Sync.Axes;

/// <summary>Objects piped into Compare-N2fPayload (Import-Csv of the analytics view) become axis values of the scope.</summary>
public sealed class AxisEntityFromTests
{
    private static AgressoEntity? EntityFrom(string scopeName, Dictionary<string, string?> row, N2fSyncConfig? config = null)
    {
        using var session = new SyncSession(config ?? new N2fSyncConfig { Axes = BuiltInAxisScopes.Create() });
        session.Scopes.TryGet(scopeName, out var scope);
        return session.EntityFrom(scope, 5, n => row.TryGetValue(n, out var v) ? v : null, row.ContainsKey);
    }

    [Fact]
    public void EntityFrom_RowOfTheScopesTyp_IsAnAxisValueOfTheScope()
    {
        var value = Assert.IsType<AgressoAxisValue>(EntityFrom("plates", Row("1-ABC-123", ("typ", "plaque"), ("description", "Škoda Octavia"))));
        Assert.Equal(("plates", "1-ABC-123", 5), (value.Scope, value.Key, value.RowNumber));
    }

    [Fact]
    public void EntityFrom_RowOfAnotherTyp_IsNotPartOfTheScope()
    {
        Assert.Null(EntityFrom("plates", Row("PRJ-0042")));
    }

    [Fact]
    public void EntityFrom_RowWithoutTyp_IsTakenForTheScope()
    {
        var row = Row("PRJ-0042");
        row.Remove("typ");
        Assert.NotNull(EntityFrom("projects", row));
    }

    [Fact]
    public void EntityFrom_ExcludedStatus_IsNotPartOfTheScope()
    {
        var config = new N2fSyncConfig { Axes = BuiltInAxisScopes.Create() };
        config.Axes["projects"].ExcludeStatuses = ["C"];
        Assert.Null(EntityFrom("projects", Row("PRJ-0061", ("status", "C")), config));
    }
}
