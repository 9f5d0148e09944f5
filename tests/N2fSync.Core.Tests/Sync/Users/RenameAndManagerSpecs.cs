using N2fSync.Agresso;
using N2fSync.N2f;
using N2fSync.Sync;
using N2fSync.Sync.Users;
using N2fSync.Tests.Support;

namespace N2fSync.Tests.Sync.Users;

/// <summary>
/// Two ways a users plan used to lose people: an address changed by hand in N2F (as the module advises) was
/// recreated under the old address and the renamed user deleted; a manager who left was deleted under users who stay.
/// </summary>
public sealed class RenameAndManagerSpecs
{
    private static SyncPlan Plan(IEnumerable<AgressoUser> source, IEnumerable<N2fUser> n2f) =>
        new UsersPlanner(Fixtures.Config(), Fixtures.Directory()).Plan(source.ToList(), n2f.ToList(), new PlanOptions());

    private static AgressoUser[] Rows(params Dictionary<string, string?>[] rows) => rows.Select((r, i) => Fixtures.User(i + 1, r)).ToArray();

    private static Dictionary<string, string?> AnnRenaming() =>
        Fixtures.Row("Ann.Peeters@example.be", ("Nouveau_Email", "Ann.Janssens@Example.be"), ("Fonction", "Directrice financière"));

    [Fact]
    public void PendingRename_NeitherAddressInN2f_CreatesUnderTheCurrentAddress()
    {
        var change = Assert.Single(Plan(Rows(AnnRenaming()), []).Changes);

        Assert.Equal((ChangeAction.Create, "ann.peeters@example.be"), (change.Action, change.Key));
        Assert.Contains("pending rename to ann.janssens@example.be", change.Reason);
    }

    [Fact]
    public void PendingRename_RenamedByHandInN2f_IsUpdatedUnderTheNewAddress_NothingCreatedOrDeleted()
    {
        var plan = Plan(Rows(AnnRenaming()), [Fixtures.N2f("ann.janssens@example.be", ("jobTitle", "Comptable"))]);

        var change = Assert.Single(plan.Changes);
        Assert.Equal((ChangeAction.Update, "ann.janssens@example.be"), (change.Action, change.Key));
        Assert.Equal("ann.janssens@example.be", change.Payload!["mail"]);
        Assert.Equal(["jobTitle"], change.Differences.Select(d => d.Field));
        Assert.Contains("as renamed in N2F", change.Reason);
    }

    [Fact]
    public void PendingRename_RenamedByHandAndInStep_ConvergesWithNoWriteAndNoDelete()
    {
        var plan = Plan(Rows(AnnRenaming()), [Fixtures.N2f("ann.janssens@example.be", ("jobTitle", "Directrice financière"))]);

        Assert.Empty(plan.Changes);
        Assert.Equal(1, plan.Unchanged);
    }

    [Fact]
    public void PendingRename_BothAddressesInN2f_IsAConflictWithNoWriteForEither()
    {
        var plan = Plan(Rows(AnnRenaming(), Fixtures.Row("chloe.o'neil@example.be", ("Prenom", "Chloé"))),
            [Fixtures.N2f("ann.peeters@example.be"), Fixtures.N2f("ann.janssens@example.be"), Fixtures.N2f("chloe.o'neil@example.be", ("firstname", "Chloé"))]);

        var issue = Assert.Single(plan.Issues);
        Assert.Equal(DataIssueKind.RenameConflict, issue.Kind);
        Assert.Contains("both ann.peeters@example.be and the new address ann.janssens@example.be exist in N2F", issue.Message);
        Assert.DoesNotContain(plan.Changes, c => c.Action is ChangeAction.Update or ChangeAction.Delete);
        Assert.Equal(ChangeAction.Skip, Assert.Single(plan.Changes).Action);
    }

    [Fact]
    public void PendingRename_ReportsOfTheRenamedManager_PointToTheNewAddress()
    {
        var plan = Plan(Rows(AnnRenaming(), Fixtures.Row("jean-luc.dubois@example.be", ("Prenom", "Jean-Luc"), ("Manager", "ann.peeters@example.be"))),
            [Fixtures.N2f("ann.janssens@example.be", ("jobTitle", "Directrice financière")),
             Fixtures.N2f("jean-luc.dubois@example.be", ("firstname", "Jean-Luc"), ("managerMail", "ann.peeters@example.be"))]);

        var change = Assert.Single(plan.Changes);
        Assert.Equal(("jean-luc.dubois@example.be", "ann.janssens@example.be"), (change.Key, change.Payload!["managerMail"]));
    }

    [Fact]
    public void ManagerWhoLeft_StillNamedByTheSource_IsHeldWithTheUsersWhoNameThem()
    {
        var plan = Plan(Rows(Fixtures.Row("lucas.dhondt@example.be", ("Manager", "wim.verstraeten@example.be"))),
            [Fixtures.N2f("lucas.dhondt@example.be", ("managerMail", "wim.verstraeten@example.be")), Fixtures.N2f("wim.verstraeten@example.be")]);

        var delete = Assert.Single(plan.Changes, c => c.Action == ChangeAction.Delete);
        Assert.Equal(["lucas.dhondt@example.be"], delete.StillManages);
        Assert.True(delete.Held);
        Assert.Contains("still the manager of lucas.dhondt@example.be", delete.Reason);
    }

    [Fact]
    public void ManagerWhoLeft_StillNamedInN2fByAUserOfAnotherCompany_IsHeld()
    {
        var plan = Plan(Rows(Fixtures.Row("ann.peeters@example.be")),
            [Fixtures.N2f("ann.peeters@example.be"), Fixtures.N2f("wim.verstraeten@example.be"),
             Fixtures.N2f("autre.societe@example.be", ("company", "c-2"), ("managerMail", "wim.verstraeten@example.be"))]);

        var delete = Assert.Single(plan.Changes, c => c.Action == ChangeAction.Delete);
        Assert.Equal(["autre.societe@example.be"], delete.StillManages);
    }

    [Fact]
    public void ManagerWhoLeft_WhoseReportsMoveToANewManager_WaitsForTheirUpdates()
    {
        var plan = Plan(Rows(Fixtures.Row("ann.peeters@example.be"), Fixtures.Row("lucas.dhondt@example.be", ("Manager", "ann.peeters@example.be"))),
            [Fixtures.N2f("ann.peeters@example.be"), Fixtures.N2f("wim.verstraeten@example.be"),
             Fixtures.N2f("lucas.dhondt@example.be", ("managerMail", "wim.verstraeten@example.be"))]);

        var changes = plan.Changes.ToList();
        var delete = Assert.Single(changes, c => c.Action == ChangeAction.Delete);
        Assert.Empty(delete.StillManages);
        Assert.False(delete.Held);
        Assert.Equal(["lucas.dhondt@example.be"], delete.WaitsFor);
        Assert.True(changes.FindIndex(c => c.Key == "lucas.dhondt@example.be") < changes.IndexOf(delete));
    }

    [Fact]
    public void ManagerWhoLeft_WithReportsWhoLeftToo_IsDeletedWithThem()
    {
        var plan = Plan(Rows(Fixtures.Row("ann.peeters@example.be")),
            [Fixtures.N2f("ann.peeters@example.be"), Fixtures.N2f("wim.verstraeten@example.be"),
             Fixtures.N2f("lucas.dhondt@example.be", ("managerMail", "wim.verstraeten@example.be"))]);

        Assert.All(plan.Changes.Where(c => c.Action == ChangeAction.Delete), d => Assert.Empty(d.StillManages));
        Assert.Equal(2, plan.Count(ChangeAction.Delete));
    }
}
