using N2fSync.Config;
using N2fSync.Sync;

namespace N2fSync.Tests.Sync;

public sealed class DeleteGuardTests
{
    private static SyncPlan Plan(int deletesInBe01, int n2fInBe01, int deletesInBe02 = 0, int n2fInBe02 = 100)
    {
        var changes = new List<N2fChange> { new() { Scope = "users", Action = ChangeAction.Create, Key = "new@example.be", Company = "BE01" } };
        changes.AddRange(Enumerable.Range(0, deletesInBe01).Select(i => Delete($"gone{i}@example.be", "BE01")));
        changes.AddRange(Enumerable.Range(0, deletesInBe02).Select(i => Delete($"left{i}@example.be", "BE02")));
        return new SyncPlan("users", changes, [], [], 10, n2fInBe01 + n2fInBe02,
            new Dictionary<string, int> { ["BE01"] = n2fInBe01, ["BE02"] = n2fInBe02 });
    }

    private static readonly HashSet<string> BothInSource = new(["BE01", "BE02"], StringComparer.OrdinalIgnoreCase);

    private static N2fChange Delete(string key, string company) =>
        new() { Scope = "users", Action = ChangeAction.Delete, Key = key, Company = company, Reason = "not in the source" };

    [Fact]
    public void Apply_DeletesWithinThresholds_HoldsNothing()
    {
        var plan = DeleteGuard.Apply(Plan(deletesInBe01: 3, n2fInBe01: 100), new SafetyOptions(), BothInSource);
        Assert.Empty(plan.Breaches);
        Assert.DoesNotContain(plan.Changes, c => c.Held);
    }

    [Fact]
    public void Apply_MoreDeletesThanMaxCount_HoldsThatCompanysDeletes()
    {
        var plan = DeleteGuard.Apply(Plan(deletesInBe01: 51, n2fInBe01: 5000), new SafetyOptions { MaxDeleteCount = 50 }, BothInSource);
        Assert.Equal("BE01", Assert.Single(plan.Breaches).Company);
        Assert.All(plan.Changes.Where(c => c.Action == ChangeAction.Delete), c => Assert.True(c.Held));
    }

    [Fact]
    public void Apply_TruncatedSourceHalfTheUsers_IsHeldByPercentage()
    {
        var plan = DeleteGuard.Apply(Plan(deletesInBe01: 40, n2fInBe01: 80), new SafetyOptions { MaxDeleteCount = 500, MaxDeletePercent = 10 }, BothInSource);
        Assert.Contains("50 %", Assert.Single(plan.Breaches).Reason);
    }

    [Fact]
    public void Apply_SmallCompanyBelowFloor_IsNotHeldByPercentage()
    {
        var plan = DeleteGuard.Apply(Plan(deletesInBe01: 1, n2fInBe01: 3), new SafetyOptions { MaxDeletePercent = 10, PercentGuardFloor = 5 }, BothInSource);
        Assert.Empty(plan.Breaches);
    }

    [Fact]
    public void Apply_BreachInOneCompany_LeavesOtherCompanyAndCreatesAlone()
    {
        var plan = DeleteGuard.Apply(Plan(deletesInBe01: 60, n2fInBe01: 100, deletesInBe02: 2, n2fInBe02: 100), new SafetyOptions(), BothInSource);
        Assert.All(plan.Changes.Where(c => c.Company == "BE02"), c => Assert.False(c.Held));
        Assert.False(plan.Changes.Single(c => c.Action == ChangeAction.Create).Held);
    }

    [Fact]
    public void Apply_EveryObjectOfACompanyWithoutSourceRows_IsHeldWhateverTheCount()
    {
        var plan = DeleteGuard.Apply(Plan(deletesInBe01: 3, n2fInBe01: 3), new SafetyOptions { PercentGuardFloor = 5 },
            new HashSet<string>(["BE02"], StringComparer.OrdinalIgnoreCase));
        Assert.Contains("all 3 of the company's N2F objects", Assert.Single(plan.Breaches).Reason);
        Assert.All(plan.Changes.Where(c => c.Action == ChangeAction.Delete), c => Assert.True(c.Held));
    }

    [Fact]
    public void Apply_LastObjectOfACompanyTheSourceStillHas_IsNotHeldForBeingTheLast()
    {
        var plan = DeleteGuard.Apply(Plan(deletesInBe01: 1, n2fInBe01: 1), new SafetyOptions { PercentGuardFloor = 5 }, BothInSource);
        Assert.Empty(plan.Breaches);
    }
}
