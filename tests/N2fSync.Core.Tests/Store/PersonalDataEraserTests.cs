using System.Text;
using N2fSync.Agresso;
using N2fSync.N2f;
using N2fSync.Store.History;
using N2fSync.Store;
using N2fSync.Sync.Apply;
using N2fSync.Sync.Ports;
using N2fSync.Sync;
using N2fSync.Tests.Support;

namespace N2fSync.Tests.Store;

/// <summary>An erasure request: the person leaves the store, their colleagues' history stays readable, the run counts stay.</summary>
public sealed class PersonalDataEraserTests : IDisposable
{
    private const string Ann = "ann.peeters@example.be";
    private const string Chloe = "chloe.o'neil@example.be";
    private static readonly DateTimeOffset Night = new(2026, 11, 27, 1, 0, 0, TimeSpan.Zero);
    private static readonly string Origin = Fixtures.Target.Origin;
    private readonly TempFolder _folder = new();
    private readonly SyncStore _store;

    public PersonalDataEraserTests()
    {
        _store = SyncStore.Open(_folder.File("store.db"), Fixtures.Target);
        var summary = new SyncSummary { RunId = "night-1127", StartedAt = Night, Target = Fixtures.Target.ToString() };
        summary.Scope("users").Status = ScopeStatus.Completed;
        _store.Runs.Start(new RunStart("night-1127", Night, false, "svc-n2fsync", "AGRESSO-JOB01", 4711, Fixtures.Target.Origin, null));
        Journal(Ann, SyncOutcome.Updated, null, new FieldDifference("lastname", "Peters", "Peeters"),
            new FieldDifference("jobTitle", "Comptable", "Comptable principale"));
        // Ann manages Marc: his row names her.
        Journal("marc.dupont@example.be", SyncOutcome.Updated, null, new FieldDifference("managerMail", null, Ann));
        Journal("joann.peeters@example.be", SyncOutcome.Failed, "manager joann.peeters@example.be.old is unknown",
            new FieldDifference("jobTitle", "Stagiaire", "Juriste"));
        Journal(Chloe, SyncOutcome.Created, null, new FieldDifference("firstname", null, "Chloé"));
        Journal("wim.verstraeten@example.be", SyncOutcome.Failed, $"Manager '{Chloe}' does not exist.",
            new FieldDifference("managerMail", "ann.peeters@example.be", Chloe));
        _store.FailedKeys.RecordFailure("night-1127", "users", "BE01", Ann, "Update", "h1", 400, "jobTitle is too long", true, Night);
        _store.FailedKeys.RecordFailure("night-1127", "users", "BE01", "wim.verstraeten@example.be", "Update", "h2", 400, $"Manager '{Chloe}' does not exist.", true, Night);
        _store.Runs.RecordIssues("night-1127",
        [
            new DataIssue("users", 3, Ann, "Fonction", DataIssueKind.TooLong, "Fonction is 151 characters long.", "Comptable principale et …"),
            new DataIssue("users", 7, "marc.dupont@example.be", "Manager", DataIssueKind.InvalidEmail, "Manager is not an e-mail address.", "Ann.Peeters@Example.be;"),
        ], Night);
        summary.Add(new SyncResult { Outcome = SyncOutcome.Updated });
        summary.Add(new SyncResult { Outcome = SyncOutcome.Updated });
        summary.Complete(Night.AddMinutes(4));
        _store.Runs.Complete(summary);
        Cache(N2fList.Users, (Ann, $$"""{"mail":"{{Ann}}","firstname":"Ann","lastname":"Peeters"}"""),
            ("marc.dupont@example.be", $$"""{"mail":"marc.dupont@example.be","managerMail":"{{Ann}}"}"""));
        Cache(N2fList.Companies, (null, """{"uuid":"c-1","code":"BE01","name":"Acme Belgium"}"""));
    }

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    private void Journal(string key, SyncOutcome outcome, string? message, params FieldDifference[] differences)
    {
        var change = new N2fChange { Scope = "users", Action = ChangeAction.Update, Key = key, Company = "BE01", Differences = differences };
        _store.Journal.After(_store.Journal.Before("night-1127", change, "h", Night),
            new SyncResult { Outcome = outcome, StatusCode = outcome == SyncOutcome.Failed ? 400 : 200, Message = message, Timestamp = Night });
    }

    private void Cache(N2fList list, params (string? Key, string Json)[] items)
    {
        var id = _store.Cache.BeginList(Origin, list, Night);
        _store.Cache.AddItems(id, items.Select((item, i) => ((long)i + 1, item.Key, System.Text.Encoding.UTF8.GetBytes(item.Json))).ToList());
        _store.Cache.CompleteList(id, Origin, list.Path);
    }

    private List<SyncChangeRecord> Changes(string key)
    {
        var found = new List<SyncChangeRecord>();
        _store.History.Changes(new ChangeQuery { Key = key }, found.Add);
        return found;
    }

    [Fact]
    public void Erase_RemovesThePersonsJournalRows_AndKeepsTheRunAndItsCounts()
    {
        var erased = new PersonalDataEraser(_store).Erase(Ann);

        Assert.Equal(1, erased.JournalRows);
        Assert.Empty(Changes(Ann));
        var run = Assert.Single(_store.History.Runs(new RunQuery()));
        Assert.Equal(2, run.Updated);
        Assert.Equal("svc-n2fsync", run.UserName);
    }

    [Fact]
    public void Erase_ReplacesTheAddressWhereAColleaguesRowNamesThePersonAsManager()
    {
        var erased = new PersonalDataEraser(_store).Erase(Ann);

        var marc = Assert.Single(Changes("marc.dupont@example.be"));
        Assert.Equal(PersonalDataEraser.Replacement, Assert.Single(marc.Differences).AgressoValue);
        var wim = Assert.Single(Changes("wim.verstraeten@example.be"));
        Assert.Equal(PersonalDataEraser.Replacement, wim.Differences[0].N2fValue);
        Assert.Equal(Chloe, wim.Differences[0].AgressoValue);
        Assert.Equal(2, erased.JournalMentions);
    }

    [Fact]
    public void Erase_LeavesALongerAddressThatContainsThePersonsAddress()
    {
        new PersonalDataEraser(_store).Erase(Ann);

        var joann = Assert.Single(Changes("joann.peeters@example.be"));
        Assert.Equal("manager joann.peeters@example.be.old is unknown", joann.Message);
    }

    [Fact]
    public void Erase_RemovesTheFailedKeyAndDataQualityRowsOfThePerson_AndTheirAddressFromOthers()
    {
        var erased = new PersonalDataEraser(_store).Erase(Ann);

        Assert.DoesNotContain(_store.FailedKeys.All(), f => f.Key == Ann);
        var issues = _store.DataIssues("night-1127");
        var marc = Assert.Single(issues);
        Assert.Equal("(erased);", marc.Value);
        Assert.Equal((1, 1, 1), (erased.FailedKeys, erased.DataIssueRows, erased.DataIssueMentions));
    }

    [Fact]
    public void Erase_DropsTheCachedUsersListThatHoldsThePerson_AndKeepsTheOtherLists()
    {
        var erased = new PersonalDataEraser(_store).Erase(Ann);

        Assert.Equal(["users"], erased.CachedLists);
        Assert.Equal(2, erased.CachedItems);
        Assert.Null(_store.Cache.FreshList(Origin, N2fList.Users.Path, Night));
        Assert.NotNull(_store.Cache.FreshList(Origin, N2fList.Companies.Path, Night));
    }

    [Fact]
    public void Erase_AnAddressWithAnApostrophe_IsFoundAlsoWhereJsonEscapedIt()
    {
        var erased = new PersonalDataEraser(_store).Erase("  Chloe.O'Neil@Example.be ");

        Assert.Equal(Chloe, erased.Key);
        Assert.Equal(1, erased.JournalRows);
        var wim = Assert.Single(Changes("wim.verstraeten@example.be"));
        Assert.Equal("Manager '(erased)' does not exist.", wim.Message);
        Assert.Equal(PersonalDataEraser.Replacement, wim.Differences[0].AgressoValue);
        Assert.Equal("Manager '(erased)' does not exist.", _store.FailedKeys.All().Single(f => f.Key == "wim.verstraeten@example.be").Message);
    }

    [Fact]
    public void Erase_LeavesNoCopyOfThePersonInTheStoreFiles()
    {
        // Enough rows of Ann's that deleting them frees whole pages, which SQLite would otherwise leave as they were.
        for (var i = 0; i < 300; i++)
            Journal(Ann, SyncOutcome.Updated, null, new FieldDifference("jobTitle", $"Comptable {i}", "Comptable principale"));

        new PersonalDataEraser(_store).Erase(Ann);

        foreach (var file in Directory.GetFiles(_folder.Path, "store.db*"))
        {
            var bytes = Encoding.UTF8.GetString(File.ReadAllBytes(file));
            // Joann, a colleague with a longer address, stays.
            Assert.DoesNotMatch(@"(?i)(?<!jo)ann\.peeters@", bytes);
            Assert.DoesNotContain("Comptable 12", bytes);
        }
    }

    [Fact]
    public void Preview_CountsWhatWouldGo_AndChangesNothing()
    {
        var preview = new PersonalDataEraser(_store).Preview(Ann);

        Assert.False(preview.Erased);
        // Journal: Ann's row and two that name her; her failed key; her data issue and one naming her; the users list.
        Assert.Equal(7, preview.Total);
        Assert.Single(Changes(Ann));
        Assert.NotNull(_store.Cache.FreshList(Origin, N2fList.Users.Path, Night));
    }

    [Fact]
    public void Erase_APersonTheStoreNeverSaw_RemovesNothing()
    {
        var erased = new PersonalDataEraser(_store).Erase("lies.janssens@example.be");

        Assert.Equal(0, erased.Total);
        Assert.Contains("holds nothing", erased.ToString());
        Assert.Equal(5, Changes("*").Count);
    }

    [Theory]
    [InlineData("ann")]
    [InlineData("@example.be")]
    [InlineData("")]
    public void Erase_NotAWholeAddress_IsRefused(string key)
    {
        var error = Assert.Throws<ArgumentException>(() => new PersonalDataEraser(_store).Erase(key));

        Assert.Contains("whole address", error.Message);
        Assert.Equal(5, Changes("*").Count);
    }
}
