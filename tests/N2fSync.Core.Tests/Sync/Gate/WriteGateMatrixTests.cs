using N2fSync.Agresso;
using N2fSync.Config;
using N2fSync.Scopes;
using N2fSync.Sync;
using N2fSync.Tests.Support;

namespace N2fSync.Tests.Sync.Gate;

/// <summary>
/// The write gate, every origin × every rule: a change planned by the run, piped from Compare-N2fPayload, read back
/// from a saved plan, or made by hand meets the same rules, checked against what the run read (the source, and for
/// deletes a fresh plan), never against what the change says about itself. Only a reviewed plan releases the guard.
/// </summary>
public sealed class WriteGateMatrixTests
{
    private const string ThisTarget = "https://www.n2f.com/services/api/v2/ svc-prod";

    public static IEnumerable<object[]> Origins() =>
        Enum.GetValues(typeof(ChangeOrigin)).Cast<ChangeOrigin>().Select(o => new object[] { o });

    public static IEnumerable<object[]> OriginsAndRules() =>
        from origin in Enum.GetValues(typeof(ChangeOrigin)).Cast<ChangeOrigin>()
        from rule in Cases.Keys
        select new object[] { origin, rule };

    /// <summary>
    /// The source: Ann (BE01, manages Jean-Luc), Jean-Luc (BE01), Chloé (BE02), a rejected row for Marc (BE01).
    /// The fresh plan deletes wim (BE01, still manages lucas), parti (BE01), and 60 departed users of BE02.
    /// </summary>
    private static readonly IReadOnlyList<AgressoEntity> Source =
    [
        Fixtures.User(1, Fixtures.Row("Ann.Peeters@example.be")),
        Fixtures.User(2, Fixtures.Row("jean-luc.dubois@example.be", ("Manager", "ann.peeters@example.be"))),
        Fixtures.User(3, Fixtures.Row("chloe.o'neil@example.be", ("Prenom", "Chloé"), ("Nom", "O'Neil"), ("Entreprise", "BE02"))),
        Fixtures.User(4, Fixtures.Row("marc.dupont@example.be", ("Creation_Vehicule", "peut-être"))),
        Fixtures.User(5, Fixtures.Row("lucas.dhondt@example.be", ("Manager", "wim.verstraeten@example.be"))),
    ];

    private static readonly SyncPlan FreshPlan = new("users",
        [
            Delete("wim.verstraeten@example.be", "BE01") with { StillManages = ["lucas.dhondt@example.be"], Held = true },
            Delete("parti.ailleurs@example.be", "BE01"),
            .. Enumerable.Range(1, 60).Select(i => Delete($"depart.{i:00}@example.be", "BE02")),
        ],
        [], [], Source.Count, 200, new Dictionary<string, int> { ["BE01"] = 120, ["BE02"] = 80 });

    private static N2fChange Delete(string key, string company) => new()
    {
        Scope = ScopeNames.Users, Action = ChangeAction.Delete, Key = key, Company = company, CompanyId = company == "BE01" ? "c-1" : "c-2",
        Reason = "not in the source",
    };

    private static N2fChange Update(string key, string company = "BE01") => new()
    {
        Scope = ScopeNames.Users, Action = ChangeAction.Update, Key = key, Company = company, CompanyId = "c-1",
        Payload = new N2fPayload { ["mail"] = key, ["firstname"] = "Ann", ["jobTitle"] = "Directrice financière" },
        Differences = [new FieldDifference("jobTitle", "Comptable", "Directrice financière")],
    };

    private static readonly N2fPayload RefusedPayload = new() { ["mail"] = "refused@example.be", ["culture"] = "français" };

    /// <summary>Each rule: the change that meets it, and what the gate must answer for it.</summary>
    private static readonly Dictionary<string, (N2fChange Change, GateVerdict Verdict, GateRule Rule)> Cases = new()
    {
        ["a valid update"] = (Update("ann.peeters@example.be"), GateVerdict.Send, GateRule.None),
        ["a plan for another target"] = (Update("ann.peeters@example.be") with { N2fTarget = "https://sandbox.n2f.com/services/api/v2/ svc-test" },
            GateVerdict.Refuse, GateRule.OtherTarget),
        ["an update of a protected key"] = (Update("admin@example.be"), GateVerdict.Refuse, GateRule.ProtectedKey),
        ["a delete of a protected key"] = (Delete("admin@example.be", "BE01"), GateVerdict.Refuse, GateRule.ProtectedKey),
        ["a delete in a company nobody manages"] = (Delete("someone@example.lu", "LU01"), GateVerdict.Refuse, GateRule.UnmanagedCompany),
        ["an update of a key whose row is rejected"] = (Update("marc.dupont@example.be"), GateVerdict.Refuse, GateRule.RejectedRow),
        ["a payload N2F refused before"] = (Update("refused@example.be") with { Payload = RefusedPayload },
            GateVerdict.Refuse, GateRule.RefusedPayload),
        ["a delete of a key in the source"] = (Delete("ann.peeters@example.be", "BE01"), GateVerdict.Refuse, GateRule.KeyInSource),
        ["a delete of a rejected row's key"] = (Delete("marc.dupont@example.be", "BE01"), GateVerdict.Refuse, GateRule.KeyInSource),
        ["a delete the fresh plan does not call for"] = (Delete("ghost@example.be", "BE01"), GateVerdict.Refuse, GateRule.DeleteNotPlanned),
        ["a delete of a manager with staying reports"] = (Delete("wim.verstraeten@example.be", "BE01"), GateVerdict.Hold,
            GateRule.ManagesStayingUsers),
        ["a delete within the guard"] = (Delete("parti.ailleurs@example.be", "BE01"), GateVerdict.Send, GateRule.None),
        ["a delete in a company above the guard"] = (Delete("depart.07@example.be", "BE02"), GateVerdict.Hold, GateRule.DeleteGuard),
    };

    private static WriteGate Gate(bool allowMassDelete = false) => new(ThisTarget,
        new SafetyOptions { ProtectedKeys = ["Admin@Example.be"], MaxDeleteCount = 50 },
        [new FailedKey("users", "BE01", "refused@example.be", "Update", RefusedPayload.Hash(), 400, "culture invalid", true, 1,
            DateTimeOffset.UtcNow, "run-1")],
        allowMassDelete);

    private static ScopeTruth Truth() => ScopeTruth.From(ScopeDefinition.Users, Source, ["BE01"], FreshPlan);

    private static GateDecision Decide(N2fChange change, ChangeOrigin origin, bool allowMassDelete = false) =>
        Assert.Single(Gate(allowMassDelete).Evaluate([(change, origin)], Truth()));

    [Theory]
    [MemberData(nameof(OriginsAndRules))]
    public void EveryOrigin_MeetsEveryRule(ChangeOrigin origin, string rule)
    {
        var (change, verdict, expectedRule) = Cases[rule];
        // Only the review a saved plan stands for releases the guard; nothing else differs between origins.
        if (origin == ChangeOrigin.Reviewed && expectedRule == GateRule.DeleteGuard) (verdict, expectedRule) = (GateVerdict.Send, GateRule.None);

        var decision = Decide(change, origin);

        Assert.Equal((verdict, expectedRule), (decision.Verdict, decision.Rule));
    }

    [Theory]
    [MemberData(nameof(Origins))]
    public void AllowMassDelete_ReleasesTheGuard_AndNoOtherRule(ChangeOrigin origin)
    {
        Assert.Equal(GateVerdict.Send, Decide(Cases["a delete in a company above the guard"].Change, origin, allowMassDelete: true).Verdict);
        Assert.Equal((GateVerdict.Hold, GateRule.ManagesStayingUsers),
            Decide(Cases["a delete of a manager with staying reports"].Change, origin, allowMassDelete: true) is var held ? (held.Verdict, held.Rule) : default);
        Assert.Equal(GateRule.ProtectedKey, Decide(Cases["a delete of a protected key"].Change, origin, allowMassDelete: true).Rule);
        Assert.Equal(GateRule.KeyInSource, Decide(Cases["a delete of a key in the source"].Change, origin, allowMassDelete: true).Rule);
    }

    [Theory]
    [MemberData(nameof(Origins))]
    public void WhatAChangeSaysAboutItself_IsNotTrusted(ChangeOrigin origin)
    {
        // Edited on the way: the hold and the reports dropped, another reason written in.
        var edited = Delete("wim.verstraeten@example.be", "BE01") with { Held = false, StillManages = [], Reason = "reviewed, fine" };

        Assert.Equal(GateRule.ManagesStayingUsers, Decide(edited, origin).Rule);
    }

    [Fact]
    public void TheHeldDeleteOfAManager_NamesTheUsersWhoStillPointAtThem()
    {
        var decision = Decide(Cases["a delete of a manager with staying reports"].Change, ChangeOrigin.Planned);

        Assert.Contains("still manages lucas.dhondt@example.be", decision.Reason);
    }

    [Fact]
    public void TheGuard_CountsEveryDeleteTheSourceImplies_NotOnlyThoseHandedIn()
    {
        // Two of the sixty BE02 deletes are piped: the source still looks truncated for BE02.
        var decisions = Gate().Evaluate(
            [(Delete("depart.01@example.be", "BE02"), ChangeOrigin.Piped), (Delete("depart.02@example.be", "BE02"), ChangeOrigin.Piped)], Truth());

        Assert.All(decisions, d => Assert.Equal(GateVerdict.Hold, d.Verdict));
    }

    [Fact]
    public void ADelete_WithoutAFreshPlan_IsNeverSent()
    {
        var truth = ScopeTruth.From(ScopeDefinition.Users, Source, ["BE01"], plan: null);

        var decision = Assert.Single(Gate().Evaluate([(Delete("parti.ailleurs@example.be", "BE01"), ChangeOrigin.HandMade)], truth));

        Assert.Equal((GateVerdict.Refuse, GateRule.DeleteNotPlanned), (decision.Verdict, decision.Rule));
    }

    [Fact]
    public void ASentDelete_TakesTheIdsAndWaitsOfTheFreshPlan()
    {
        var handMade = new N2fChange { Scope = ScopeNames.Users, Action = ChangeAction.Delete, Key = "parti.ailleurs@example.be", Company = "BE01" };

        var decision = Decide(handMade, ChangeOrigin.HandMade);

        Assert.Equal((GateVerdict.Send, "c-1"), (decision.Verdict, decision.Change.CompanyId));
    }

    [Fact]
    public void ARenamedUsersNewAddress_IsNeverDeleted()
    {
        IReadOnlyList<AgressoEntity> source = [Fixtures.User(1, Fixtures.Row("ann.peeters@example.be", ("Nouveau_Email", "ann.janssens@example.be")))];
        var plan = new SyncPlan("users", [Delete("ann.janssens@example.be", "BE01")], [], [], 1, 10, new Dictionary<string, int> { ["BE01"] = 10 });

        var decision = Assert.Single(Gate().Evaluate([(Delete("ann.janssens@example.be", "BE01"), ChangeOrigin.Piped)],
            ScopeTruth.From(ScopeDefinition.Users, source, [], plan)));

        Assert.Equal(GateRule.KeyInSource, decision.Rule);
    }

    [Fact]
    public void ChangesThatWriteNothing_PassUntouched()
    {
        var skip = new N2fChange { Scope = ScopeNames.Users, Action = ChangeAction.Skip, Key = "not-an-email", Company = "BE01" };

        Assert.Equal(GateVerdict.NotAWrite, Decide(skip, ChangeOrigin.Piped).Verdict);
    }
}
