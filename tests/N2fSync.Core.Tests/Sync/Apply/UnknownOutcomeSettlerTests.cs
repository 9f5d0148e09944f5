using Microsoft.Extensions.Time.Testing;
using N2fSync.Config;
using N2fSync.Emulator;
using N2fSync.N2f;
using N2fSync.N2f.Quota;
using N2fSync.Scopes;
using N2fSync.Store;
using N2fSync.Sync;
using N2fSync.Sync.Apply;
using N2fSync.Sync.Axes;
using N2fSync.Sync.Ports;
using N2fSync.Sync.Users;
using N2fSync.Tests.N2f;
using N2fSync.Tests.Support;

namespace N2fSync.Tests.Sync.Apply;

/// <summary>
/// Writes whose answer was lost are settled by reading N2F back, once per list, by the planner's own comparison
/// rules: what landed is final without a write, the rest is sent again; and when sending a few writes again costs
/// less quota than reading a long list, they are sent again unread. Against the emulator and its lost-answer fault.
/// </summary>
public sealed class UnknownOutcomeSettlerTests : IAsyncLifetime
{
    private const string Ann = "ann.peeters@example.be";
    private const string JeanLuc = "jean-luc.dubois@example.be";
    private const string Chloe = "chloe.o'neil@example.be";
    private static readonly DateTimeOffset MondayMorning = new(2026, 3, 2, 8, 15, 0, TimeSpan.Zero);
    private static readonly QuotaLimits Day = new(60, 10);

    private readonly TempFolder _folder = new();
    private readonly N2fSyncConfig _config = Fixtures.Config();
    private ClientHarness _n2f = null!;
    private SyncStore _store = null!;
    private ChangeApplier _applier = null!;
    private N2fReader _reader = null!;
    private N2fDirectory _directory = null!;

    public async Task InitializeAsync()
    {
        _n2f = await ClientHarness.StartAsync(client: o => o.RetryCount = 2, emulator: o => o.DateStyle = DateStyle.ParisOffset);
        _n2f.Client.ResendWritesOfUnknownOutcome = false;
        _store = SyncStore.Open(_folder.File("store.db"), Fixtures.Target);
        _applier = new ChangeApplier(_n2f.Client, _n2f.Log, new FakeTimeProvider(MondayMorning), _store.Journal, _store.FailedKeys, "run-1");
        _reader = new N2fReader(_n2f.Client, 200);
        _directory = await _reader.ReadDirectoryAsync(default);
    }

    public async Task DisposeAsync()
    {
        _store.Dispose();
        await _n2f.DisposeAsync();
        _folder.Dispose();
    }

    private UnknownOutcomeSettler Settler(QuotaLimits? limits = null) =>
        new(_reader, _directory, _config, new SettlementCost(limits ?? Day, 200));

    private N2fChange UserChange(ChangeAction action, string mail, string? dependsOn = null, params (string Column, string? Value)[] row)
    {
        var user = Fixtures.User(mail, row);
        var company = user.Company == "BE02" ? ReferenceData.Company2Uuid : ReferenceData.Company1Uuid;
        return new N2fChange
        {
            Scope = ScopeNames.Users, Action = action, Key = user.Key, Company = user.Company, CompanyId = company,
            Payload = action == ChangeAction.Delete ? null : new UserPayloads(_config.Users, false, _directory).Build(user, company, "Utilisateur", "Standard"),
            DependsOn = dependsOn,
        };
    }

    private static N2fChange ProjectChange(ChangeAction action, string code, string company, params (string Column, string? Value)[] row)
    {
        var value = AxisFixtures.Value(code, [("client", company), .. row]);
        return new N2fChange
        {
            Scope = "projects", Action = action, Key = code, Company = company,
            CompanyId = company == "BE02" ? ReferenceData.Company2Uuid : ReferenceData.Company1Uuid, AxisId = "projects",
            Payload = action == ChangeAction.Delete ? null : new AxisPayloads(AxisFixtures.Projects).Build(value),
        };
    }

    /// <summary>Applies the changes with every answer lost (each write applied, then its connection dropped).</summary>
    private async Task<List<SyncResult>> ApplyWithAnswersLostAsync(params N2fChange[] changes)
    {
        _n2f.Emulator.Options.Faults.LostResponseRate = 1;
        var results = new List<SyncResult>();
        foreach (var change in changes) results.Add(await _applier.ApplyAsync(change, default));
        _n2f.Emulator.Options.Faults.LostResponseRate = 0;
        return results;
    }

    private void SeedUser(string mail, string lastname, string jobTitle = "Comptable") => _n2f.State.UpsertUser(new EmulatedUser
    {
        Mail = mail, Firstname = "Ann", Lastname = lastname, Company = ReferenceData.Company1Uuid, JobTitle = jobTitle,
    });

    [Fact]
    public async Task CreateWhoseAnswerWasLost_ReadBackAsLanded_IsCreatedWithoutASecondWrite()
    {
        var change = UserChange(ChangeAction.Create, "Chloe.O'Neil@Example.be", row: [("Prenom", "Chloé"), ("Nom", "O'Neil"), ("Entreprise", "BE02")]);
        var lost = Assert.Single(await ApplyWithAnswersLostAsync(change));

        var settlement = await Settler().SettleAsync([change], null, default);
        var final = _applier.RecordSettled(Assert.Single(settlement.Changes));

        Assert.Equal((SyncOutcome.Unknown, true), (lost.Outcome, lost.Sent));
        Assert.Equal(SettledOutcome.Landed, settlement.Changes[0].Outcome);
        Assert.Equal((SyncOutcome.Created, true), (final.Outcome, final.Sent));
        Assert.Equal(1, _n2f.Requests.Writes);
        Assert.Equal("O'Neil", _n2f.State.FindUser(Chloe)!.Lastname);
    }

    [Fact]
    public async Task UpdateLanded_ComparesByThePlannersRules_RoleAnsweredInDutchIsTheSameRole()
    {
        SeedUser(Ann, "Peeters", jobTitle: "Comptable");
        var change = UserChange(ChangeAction.Update, "Ann.Peeters@example.be", row: [("Fonction", "Contrôleur de gestion")]);
        await ApplyWithAnswersLostAsync(change);

        var settled = Assert.Single((await Settler().SettleAsync([change], null, default)).Changes);

        var answered = new List<N2fUser>();
        await _reader.ReadUsersAsync(_directory, answered.Add, default);
        Assert.Equal("Gebruiker", answered.Single(u => u.Key == Ann).Role);
        Assert.Equal(SettledOutcome.Landed, settled.Outcome);
        Assert.False(settled.MustResend);
    }

    [Fact]
    public async Task UpdateThatNeverReachedN2f_IsNotLanded_NamingTheFieldThatDiffers_AndIsSentAgain()
    {
        SeedUser(JeanLuc, "Dubois", jobTitle: "Comptable");
        var change = UserChange(ChangeAction.Update, JeanLuc, row: [("Prenom", "Jean-Luc"), ("Nom", "Dubois"), ("Fonction", "Contrôleur de gestion")]);
        _n2f.Emulator.Options.Faults.DropRate = 1;
        var lost = await _applier.ApplyAsync(change, default);
        _n2f.Emulator.Options.Faults.DropRate = 0;

        var settlement = await Settler().SettleAsync([change], null, default);
        var resent = await _applier.ApplyAsync(Assert.Single(settlement.ToResend), default);

        Assert.Equal(SyncOutcome.Unknown, lost.Outcome);
        Assert.Equal(SettledOutcome.NotLanded, settlement.Changes[0].Outcome);
        Assert.Contains("jobTitle", settlement.Changes[0].Reason, StringComparison.Ordinal);
        Assert.Equal(SyncOutcome.Updated, resent.Outcome);
        Assert.Equal("Contrôleur de gestion", _n2f.State.FindUser(JeanLuc)!.JobTitle);
    }

    [Fact]
    public async Task Deletes_AbsentKeyIsLanded_PresentKeyIsNotLanded()
    {
        SeedUser(Ann, "Peeters");
        SeedUser("marc.lefevre@example.be", "Lefèvre");
        var gone = UserChange(ChangeAction.Delete, Ann);
        var kept = UserChange(ChangeAction.Delete, "Marc.Lefevre@example.be");
        await ApplyWithAnswersLostAsync(gone);

        var settlement = await Settler().SettleAsync([gone, kept], null, default);

        Assert.Equal([SettledOutcome.Landed, SettledOutcome.NotLanded], settlement.Changes.Select(c => c.Outcome));
        Assert.Equal([kept], settlement.ToResend);
    }

    [Fact]
    public async Task ManyUnknownUserWrites_AreSettledByOneReadOfTheUsersList()
    {
        var changes = new[] { (Ann, "Peeters"), (JeanLuc, "Dubois"), (Chloe, "O'Neil") }
            .Select(u => UserChange(ChangeAction.Create, u.Item1, row: [("Nom", u.Item2)])).ToArray();
        await ApplyWithAnswersLostAsync(changes);
        _n2f.Requests.Clear();

        var settlement = await Settler().SettleAsync(changes, null, default);

        Assert.All(settlement.Changes, c => Assert.Equal(SettledOutcome.Landed, c.Outcome));
        Assert.Equal(1, settlement.ListsRead);
        Assert.Equal(["/services/api/v2/users"], _n2f.ApiRequests.Select(r => r.Path));
        Assert.Equal(0, _n2f.Requests.Writes);
    }

    [Fact]
    public async Task AxisValues_AreReadBackPerCompanyAndAxis_DatesAsCalendarDays_NoEndAs2099()
    {
        var be01 = ProjectChange(ChangeAction.Create, "PRJ-0042", "BE01", ("description", "Rénovation école"), ("date_to", "2099-12-31"));
        var be02 = ProjectChange(ChangeAction.Create, "PRJ-0042", "BE02", ("description", "Škoda Octavia d'entreprise"), ("date_from", "15/03/2024"));
        await ApplyWithAnswersLostAsync(be01, be02);

        var settlement = await Settler().SettleAsync([be01, be02], null, default);

        Assert.Equal(2, settlement.ListsRead);
        Assert.All(settlement.Changes, c => Assert.Equal(SettledOutcome.Landed, c.Outcome));
    }

    [Fact]
    public async Task AxisValueWhoseLabelDiffersInN2f_IsNotLanded()
    {
        _n2f.State.UpsertAxisValue(ReferenceData.Company1Uuid, "projects", "PRJ-0042", "Renovation ecole", new DateOnly(2026, 1, 1));
        var change = ProjectChange(ChangeAction.Update, "PRJ-0042", "BE01", ("description", "Rénovation école"));

        var settled = Assert.Single((await Settler().SettleAsync([change], null, default)).Changes);

        Assert.Equal(SettledOutcome.NotLanded, settled.Outcome);
        Assert.Contains("names[fr]", settled.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneUnknownWriteInALongUsersList_IsSentAgainUnread_WhenThatCostsLessQuota()
    {
        var change = UserChange(ChangeAction.Update, Ann, row: [("Fonction", "Directrice financière")]);
        var plan = new SyncPlan(ScopeNames.Users, [change], [], [], sourceRows: 100_000, n2fObjects: 99_500);
        _n2f.Requests.Clear();

        var settled = Assert.Single((await Settler(Day).SettleAsync([change], plan, default)).Changes);

        // 498 pages at 60 reads a minute take over 8 minutes; one write at 10 a minute, 6 seconds.
        Assert.Equal(SettledOutcome.Resend, settled.Outcome);
        Assert.Contains("498 page(s)", settled.Reason, StringComparison.Ordinal);
        Assert.Equal(0, _n2f.Requests.Reads);
    }

    [Fact]
    public async Task ShortList_IsReadBack_EvenForOneUnknownWrite()
    {
        SeedUser(Ann, "Peeters");
        var change = UserChange(ChangeAction.Delete, Ann);
        var plan = new SyncPlan(ScopeNames.Users, [change], [], [], sourceRows: 950, n2fObjects: 960);
        _n2f.Requests.Clear();

        var settled = Assert.Single((await Settler(Day).SettleAsync([change], plan, default)).Changes);

        Assert.Equal(SettledOutcome.NotLanded, settled.Outcome);
        // Five pages fit in one window of 60 reads: the list is read back rather than the write sent again (here one short page).
        Assert.Equal(["/services/api/v2/users"], _n2f.ApiRequests.Select(r => r.Path));
    }

    [Fact]
    public async Task ReportOfAManagerWhoseCreateIsUnknown_WaitsUnsent_ThenGoesOnceTheManagerIsSettled()
    {
        var manager = UserChange(ChangeAction.Create, Ann, row: [("Nom", "Peeters")]);
        var report = UserChange(ChangeAction.Create, JeanLuc, dependsOn: Ann, row: [("Nom", "Dubois"), ("Manager", Ann)]);
        await ApplyWithAnswersLostAsync(manager);

        var waiting = await _applier.ApplyAsync(report, default);
        var settlement = await Settler().SettleAsync([manager], null, default);
        _applier.RecordSettled(settlement.Changes[0]);
        var sent = await _applier.ApplyAsync(report, default);

        Assert.Equal((SyncOutcome.Unknown, false), (waiting.Outcome, waiting.Sent));
        Assert.Contains($"the outcome of the write of {Ann} is unknown", waiting.Message, StringComparison.Ordinal);
        Assert.Equal(SyncOutcome.Created, sent.Outcome);
        Assert.Equal(Ann, _n2f.State.FindUser(JeanLuc)!.ManagerMail);
    }

    [Fact]
    public async Task SettledWrite_ReplacesTheUnknownOutcomeInTheJournal()
    {
        var change = UserChange(ChangeAction.Create, Chloe, row: [("Prenom", "Chloé"), ("Nom", "O'Neil")]);
        await ApplyWithAnswersLostAsync(change);
        Assert.Equal("Unknown", Assert.Single(_store.JournalOf("run-1")).Outcome);

        _applier.RecordSettled((await Settler().SettleAsync([change], null, default)).Changes[0]);

        var entry = Assert.Single(_store.JournalOf("run-1"));
        Assert.Equal((JournalEntry.Done, "Created"), (entry.State, entry.Outcome));
        Assert.Contains("the answer was lost; read back: N2F holds what was sent", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotLandedWrite_CannotBeRecordedAsSettled()
    {
        var change = UserChange(ChangeAction.Create, Chloe, row: [("Nom", "O'Neil")]);

        var settled = Assert.Single((await Settler().SettleAsync([change], null, default)).Changes);

        Assert.Throws<ArgumentException>(() => _applier.RecordSettled(settled));
    }

    [Fact]
    public async Task AChangeThatIsNoWrite_IsRefused()
    {
        var skip = new N2fChange { Scope = ScopeNames.Users, Action = ChangeAction.Skip, Key = Ann };

        await Assert.ThrowsAsync<ArgumentException>(() => Settler().SettleAsync([skip], null, default));
    }
}
