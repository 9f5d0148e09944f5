using Microsoft.Extensions.Time.Testing;
using N2fSync.Emulator;
using N2fSync.Mapping;
using N2fSync.Scopes;
using N2fSync.Sync.Apply;
using N2fSync.Sync;
using N2fSync.Tests.N2f;

namespace N2fSync.Tests.Sync.Apply;

/// <summary>
/// Sending one change and saying what happened (domain.md §2.4, decisions.md §14–§16), against the emulator's reference
/// account: companies BE01 (c-1) and BE02 (c-2).
/// </summary>
public sealed class ChangeApplierTests : IAsyncLifetime
{
    private const string Ann = "ann.peeters@example.be";
    private const string JeanLuc = "jean-luc.dubois@example.be";
    private const string Chloe = "chloe.o'neil@example.be";
    private static readonly DateTimeOffset MondayMorning = new(2026, 3, 2, 8, 15, 0, TimeSpan.Zero);

    private ClientHarness _n2f = null!;
    private readonly FakeTimeProvider _clock = new(MondayMorning);
    private ChangeApplier _applier = null!;

    public async Task InitializeAsync()
    {
        _n2f = await ClientHarness.StartAsync(client: o => o.RetryCount = 2);
        _applier = new ChangeApplier(_n2f.Client, _n2f.Log, _clock);
    }

    public async Task DisposeAsync() => await _n2f.DisposeAsync();

    private static N2fPayload UserPayload(string mail, string firstname, string lastname, string company = ReferenceData.Company1Uuid,
        string managerMail = "", string role = "Utilisateur", string jobTitle = "Comptable") => new()
    {
        ["mail"] = mail, ["firstname"] = firstname, ["lastname"] = lastname, ["company"] = company, ["role"] = role,
        ["profile"] = "Standard", ["managerMail"] = managerMail, ["culture"] = "fr", ["currencyIsoCode"] = "EUR",
        ["jobTitle"] = jobTitle, ["employeeNumber"] = "00123", ["structure"] = "L3", ["authMode"] = "Integrated",
        ["canCreateVehicle"] = true, ["gotProPayment"] = false,
    };

    private static N2fChange UserChange(ChangeAction action, string mail, N2fPayload? payload = null, string? dependsOn = null,
        IReadOnlyList<FieldDifference>? differences = null) => new()
    {
        Scope = ScopeNames.Users,
        Action = action,
        Key = mail.ToLowerInvariant(),
        Company = payload?["company"] as string == ReferenceData.Company2Uuid ? "BE02" : "BE01",
        CompanyId = payload?["company"] as string ?? ReferenceData.Company1Uuid,
        Payload = payload,
        DependsOn = dependsOn,
        Differences = differences ?? [],
    };

    private void SeedUser(string mail, string firstname, string lastname, string company = ReferenceData.Company1Uuid) =>
        _n2f.State.UpsertUser(new EmulatedUser { Mail = mail, Firstname = firstname, Lastname = lastname, Company = company, JobTitle = "Comptable" });

    [Fact]
    public async Task Create_PostsUsersWithThePayload()
    {
        SeedUser(Ann, "Ann", "Peeters");
        var change = UserChange(ChangeAction.Create, "Chloe.O'Neil@example.be",
            UserPayload(Chloe, "Chloé", "O'Neil", ReferenceData.Company2Uuid, managerMail: Ann));

        var result = await _applier.ApplyAsync(change, default);

        Assert.Equal((SyncOutcome.Created, 200), (result.Outcome, result.StatusCode));
        Assert.Equal(["POST /services/api/v2/users"], _n2f.Wire.Targets.Where(t => !t.EndsWith("/auth", StringComparison.Ordinal)));
        var chloe = _n2f.State.FindUser(Chloe)!;
        Assert.Equal(("Chloé", "O'Neil", "c-2", Ann), (chloe.Firstname, chloe.Lastname, chloe.Company, chloe.ManagerMail));
        Assert.Equal(("00123", "L3", true), (chloe.EmployeeNumber, chloe.Structure, chloe.CanCreateVehicle));
    }

    [Fact]
    public async Task Update_PostsUsersWithThePayloadAndReportsTheChangedFields()
    {
        SeedUser(JeanLuc, "Jean-Luc", "Dubois");
        var change = UserChange(ChangeAction.Update, JeanLuc, UserPayload(JeanLuc, "Jean-Luc", "Dubois", jobTitle: "Contrôleur de gestion"),
            differences: [new FieldDifference("jobTitle", "Comptable", "Contrôleur de gestion")]);

        var result = await _applier.ApplyAsync(change, default);

        Assert.Equal((SyncOutcome.Updated, 200), (result.Outcome, result.StatusCode));
        Assert.Equal("jobTitle", result.ChangedFields);
        Assert.Equal("Contrôleur de gestion", _n2f.State.FindUser(JeanLuc)!.JobTitle);
        Assert.Equal(1, _n2f.State.UserCount);
    }

    [Fact]
    public async Task Delete_SendsDeleteUsersWithTheMailEscaped_AndAnApostropheWorks()
    {
        SeedUser(Chloe, "Chloé", "O'Neil", ReferenceData.Company2Uuid);
        var change = UserChange(ChangeAction.Delete, Chloe);

        var result = await _applier.ApplyAsync(change, default);

        Assert.Equal((SyncOutcome.Deleted, 200), (result.Outcome, result.StatusCode));
        Assert.Equal("users/chloe.o%27neil%40example.be", ChangeApplier.PathOf(change));
        Assert.Equal("/services/api/v2/users/chloe.o'neil@example.be", Assert.Single(_n2f.ApiRequests).Path);
        Assert.Null(_n2f.State.FindUser(Chloe));
    }

    [Fact]
    public async Task Delete_OfAnAbsentUser_IsDeletedWith404AndAMessage()
    {
        var result = await _applier.ApplyAsync(UserChange(ChangeAction.Delete, "Marc.Lefevre@example.be"), default);

        Assert.Equal((SyncOutcome.Deleted, 404), (result.Outcome, result.StatusCode));
        Assert.Equal("already absent from N2F.", result.Message);
        Assert.False(result.IsFailure);
    }

    [Fact]
    public async Task FailedManagerCreate_MakesTheReportDependencyFailedWithoutSendingIt()
    {
        var manager = await _applier.ApplyAsync(UserChange(ChangeAction.Create, Ann, UserPayload(Ann, "Ann", "Peeters", role: "Directrice")), default);
        var report = await _applier.ApplyAsync(
            UserChange(ChangeAction.Create, JeanLuc, UserPayload(JeanLuc, "Jean-Luc", "Dubois", managerMail: Ann), dependsOn: Ann), default);

        Assert.Equal(SyncOutcome.Failed, manager.Outcome);
        Assert.Equal(SyncOutcome.DependencyFailed, report.Outcome);
        Assert.Null(report.StatusCode);
        Assert.Contains(Ann, report.Message, StringComparison.Ordinal);
        Assert.True(report.IsFailure);
        Assert.Equal(1, _n2f.Requests.Writes);
        Assert.Null(_n2f.State.FindUser(JeanLuc));
    }

    [Fact]
    public async Task FailedManagerCreate_AlsoHoldsTheReportsOfItsReports()
    {
        // Ann manages Jean-Luc, who manages Chloé; all three are new. Ann's create is refused.
        await _applier.ApplyAsync(UserChange(ChangeAction.Create, Ann, UserPayload(Ann, "Ann", "Peeters", role: "Directrice")), default);
        var jeanLuc = await _applier.ApplyAsync(
            UserChange(ChangeAction.Create, JeanLuc, UserPayload(JeanLuc, "Jean-Luc", "Dubois", managerMail: Ann), dependsOn: Ann), default);
        var chloe = await _applier.ApplyAsync(
            UserChange(ChangeAction.Create, Chloe, UserPayload(Chloe, "Chloé", "O'Neil", managerMail: JeanLuc), dependsOn: JeanLuc), default);

        Assert.Equal(SyncOutcome.DependencyFailed, jeanLuc.Outcome);
        Assert.Equal(SyncOutcome.DependencyFailed, chloe.Outcome);
        Assert.Contains(JeanLuc, chloe.Message, StringComparison.Ordinal);
        Assert.Equal(1, _n2f.Requests.Writes);
    }

    [Fact]
    public async Task ManagerNotSent_MakesTheReportSkippedWithoutSendingIt()
    {
        _applier.MarkNotSent(UserChange(ChangeAction.Create, Ann, UserPayload(Ann, "Ann", "Peeters")));

        var report = await _applier.ApplyAsync(
            UserChange(ChangeAction.Create, JeanLuc, UserPayload(JeanLuc, "Jean-Luc", "Dubois", managerMail: Ann), dependsOn: Ann), default);

        Assert.Equal(SyncOutcome.Skipped, report.Outcome);
        Assert.Contains(Ann, report.Message, StringComparison.Ordinal);
        Assert.False(report.IsFailure);
        Assert.Equal(0, _n2f.Requests.Writes);
    }

    [Fact]
    public async Task ManagerNotSent_AlsoSkipsTheReportsOfItsReports()
    {
        _applier.MarkNotSent(UserChange(ChangeAction.Create, Ann, UserPayload(Ann, "Ann", "Peeters")));

        await _applier.ApplyAsync(
            UserChange(ChangeAction.Create, JeanLuc, UserPayload(JeanLuc, "Jean-Luc", "Dubois", managerMail: Ann), dependsOn: Ann), default);
        var chloe = await _applier.ApplyAsync(
            UserChange(ChangeAction.Create, Chloe, UserPayload(Chloe, "Chloé", "O'Neil", managerMail: JeanLuc), dependsOn: JeanLuc), default);

        Assert.Equal(SyncOutcome.Skipped, chloe.Outcome);
        Assert.Equal(0, _n2f.Requests.Writes);
    }

    [Fact]
    public async Task ManagerCreated_LetsTheReportGoThrough()
    {
        await _applier.ApplyAsync(UserChange(ChangeAction.Create, Ann, UserPayload(Ann, "Ann", "Peeters", role: "Manager")), default);

        var report = await _applier.ApplyAsync(
            UserChange(ChangeAction.Create, JeanLuc, UserPayload(JeanLuc, "Jean-Luc", "Dubois", managerMail: Ann), dependsOn: Ann), default);

        Assert.Equal(SyncOutcome.Created, report.Outcome);
        Assert.Equal(Ann, _n2f.State.FindUser(JeanLuc)!.ManagerMail);
    }

    [Fact]
    public async Task Rejected400_IsFailedWithTheStatusAndN2fsMessage_AndIsNotRetried()
    {
        var result = await _applier.ApplyAsync(
            UserChange(ChangeAction.Create, Chloe, UserPayload(Chloe, "Chloé", "O'Neil", company: "c-9")), default);

        Assert.Equal((SyncOutcome.Failed, 400), (result.Outcome, result.StatusCode));
        Assert.Equal("company 'c-9' is not a known company uuid.", result.Message);
        Assert.Equal(1, _n2f.Requests.Writes);
    }

    [Fact]
    public async Task UnreachableN2f_IsFailedWithTheLastStatusAndN2fsMessage()
    {
        _n2f.Emulator.Options.Faults.Seed = 38; // the dice answer 503
        _n2f.Emulator.Options.Faults.ServerErrorRate = 1;

        var result = await _applier.ApplyAsync(UserChange(ChangeAction.Create, Ann, UserPayload(Ann, "Ann", "Peeters")), default);

        Assert.Equal((SyncOutcome.Failed, 503), (result.Outcome, result.StatusCode));
        Assert.Contains("Service unavailable, retry later.", result.Message, StringComparison.Ordinal);
        Assert.Equal(3, _n2f.Requests.Writes);
    }

    [Fact]
    public async Task Results_CarryTheUtcInstantTheOutcomeWasKnown()
    {
        var created = await _applier.ApplyAsync(UserChange(ChangeAction.Create, Ann, UserPayload(Ann, "Ann", "Peeters")), default);
        _clock.Advance(TimeSpan.FromSeconds(7));
        _applier.MarkNotSent(UserChange(ChangeAction.Create, JeanLuc, UserPayload(JeanLuc, "Jean-Luc", "Dubois")));
        var skipped = await _applier.ApplyAsync(
            UserChange(ChangeAction.Create, Chloe, UserPayload(Chloe, "Chloé", "O'Neil", managerMail: JeanLuc), dependsOn: JeanLuc), default);

        Assert.Equal(MondayMorning, created.Timestamp);
        Assert.Equal(MondayMorning.AddSeconds(7), skipped.Timestamp);
        Assert.All([created, skipped], r => Assert.Equal(TimeSpan.Zero, r.Timestamp.Offset));
    }

    [Fact]
    public async Task Results_OnTheSystemClock_AreUtcToo()
    {
        var applier = new ChangeApplier(_n2f.Client, _n2f.Log, TimeProvider.System);
        var before = DateTimeOffset.UtcNow;

        var result = await applier.ApplyAsync(UserChange(ChangeAction.Create, Ann, UserPayload(Ann, "Ann", "Peeters")), default);

        Assert.Equal(TimeSpan.Zero, result.Timestamp.Offset);
        Assert.InRange(result.Timestamp, before, DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Unchanged_AndRejectedRows_SendNothing()
    {
        var unchanged = await _applier.ApplyAsync(UserChange(ChangeAction.None, Ann), default);
        var rejected = await _applier.ApplyAsync(new N2fChange
        {
            Scope = ScopeNames.Users, Action = ChangeAction.Skip, Key = JeanLuc, Company = "BE01",
            Reason = "row 2, Moyen_Paiement_Prof: 'peut-être' is not a flag.",
        }, default);

        Assert.Equal(SyncOutcome.Unchanged, unchanged.Outcome);
        Assert.Equal(SyncOutcome.Skipped, rejected.Outcome);
        Assert.Equal("row 2, Moyen_Paiement_Prof: 'peut-être' is not a flag.", rejected.Message);
        Assert.Empty(_n2f.ApiRequests);
    }

    [Fact]
    public async Task AxisValueCreate_PostsToTheCompanysAxis()
    {
        var change = AxisChange(ChangeAction.Create, ReferenceData.Company1Uuid, ScopeNames.ProjectsAxisId, "PRJ-0042", new N2fPayload
        {
            ["code"] = "PRJ-0042",
            ["names"] = new[] { new CultureName("fr", "Rénovation école"), new CultureName("nl", "Renovatie school") },
            ["validityDateFrom"] = "2026-01-01",
            ["validityDateTo"] = "2099-12-31",
        });

        var result = await _applier.ApplyAsync(change, default);

        Assert.Equal(SyncOutcome.Created, result.Outcome);
        Assert.Equal("/services/api/v2/companies/c-1/axes/projects", Assert.Single(_n2f.ApiRequests).Path);
        var value = _n2f.State.FindAxisValue(ReferenceData.Company1Uuid, "projects", "PRJ-0042")!;
        Assert.Equal("Rénovation école", value.Names.Single(n => n.Culture == "fr").Value);
        Assert.Equal(new DateOnly(2099, 12, 31), value.ValidityDateTo);
    }

    [Fact]
    public async Task AxisValueDelete_NamesCompanyAxisAndCodeOnce()
    {
        _n2f.State.UpsertAxisValue(ReferenceData.Company1Uuid, ReferenceData.Company1PlaqueAxisUuid, "1-ABC-123", "Škoda Octavia");
        _n2f.State.UpsertAxisValue(ReferenceData.Company2Uuid, ReferenceData.Company2PlaqueAxisUuid, "1-ABC-123", "Škoda Octavia");

        var result = await _applier.ApplyAsync(
            AxisChange(ChangeAction.Delete, ReferenceData.Company1Uuid, ReferenceData.Company1PlaqueAxisUuid, "1-ABC-123"), default);

        Assert.Equal((SyncOutcome.Deleted, 200), (result.Outcome, result.StatusCode));
        Assert.Equal($"/services/api/v2/companies/c-1/axes/{ReferenceData.Company1PlaqueAxisUuid}/1-ABC-123", Assert.Single(_n2f.ApiRequests).Path);
        Assert.Null(_n2f.State.FindAxisValue(ReferenceData.Company1Uuid, ReferenceData.Company1PlaqueAxisUuid, "1-ABC-123"));
        Assert.NotNull(_n2f.State.FindAxisValue(ReferenceData.Company2Uuid, ReferenceData.Company2PlaqueAxisUuid, "1-ABC-123"));
    }

    [Fact]
    public async Task AxisValueDelete_ACodeWithASlashIsEscapedAndReachesThatValue()
    {
        _n2f.State.UpsertAxisValue(ReferenceData.Company2Uuid, ScopeNames.ProjectsAxisId, "PRJ/2026/07", "Chantier de l'Ourthe");

        var result = await _applier.ApplyAsync(
            AxisChange(ChangeAction.Delete, ReferenceData.Company2Uuid, ScopeNames.ProjectsAxisId, "PRJ/2026/07"), default);

        Assert.Equal((SyncOutcome.Deleted, 200), (result.Outcome, result.StatusCode));
        Assert.Null(_n2f.State.FindAxisValue(ReferenceData.Company2Uuid, ScopeNames.ProjectsAxisId, "PRJ/2026/07"));
    }

    private static N2fChange AxisChange(ChangeAction action, string companyId, string axisId, string code, N2fPayload? payload = null) => new()
    {
        Scope = axisId == ScopeNames.ProjectsAxisId ? "projects" : "plates",
        Action = action,
        Key = code,
        Company = companyId == ReferenceData.Company2Uuid ? "BE02" : "BE01",
        CompanyId = companyId,
        AxisId = axisId,
        Payload = payload,
    };
}
