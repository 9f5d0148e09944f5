using N2fSync.Agresso;
using N2fSync.Config;
using N2fSync.N2f;
using N2fSync.Sync.Users;
using N2fSync.Sync;
using N2fSync.Tests.Support;

namespace N2fSync.Tests.Sync;

public sealed class UsersPlannerTests
{
    private static SyncPlan Plan(IEnumerable<AgressoUser> source, IEnumerable<N2fUser> n2f, N2fSyncConfig? config = null,
        bool includeEqual = false) =>
        new UsersPlanner(config ?? Fixtures.Config(), Fixtures.Directory())
            .Plan(source.ToList(), n2f.ToList(), new PlanOptions { IncludeEqual = includeEqual });

    private static AgressoUser[] Rows(params Dictionary<string, string?>[] rows) =>
        rows.Select((r, i) => Fixtures.User(i + 1, r)).ToArray();

    [Fact]
    public void Plan_UserAbsentFromN2f_IsCreatedWithFullPayload()
    {
        var plan = Plan(Rows(Fixtures.Row("Ann.Peeters@example.be")), []);
        var change = Assert.Single(plan.Changes);
        Assert.Equal(ChangeAction.Create, change.Action);
        Assert.Equal("ann.peeters@example.be", change.Payload!["mail"]);
        Assert.Equal("c-1", change.Payload["company"]);
        Assert.Equal(true, change.Payload["canCreateVehicle"]);
        Assert.Equal("00123", change.Payload["employeeNumber"]);
    }

    [Fact]
    public void Plan_UserInStep_EmitsNothing()
    {
        var plan = Plan(Rows(Fixtures.Row("ann.peeters@example.be")), [Fixtures.N2f("ann.peeters@example.be")]);
        Assert.Empty(plan.Changes);
    }

    [Fact]
    public void Plan_IncludeEqual_EmitsNoneForUserInStep()
    {
        var plan = Plan(Rows(Fixtures.Row("ann.peeters@example.be")), [Fixtures.N2f("ann.peeters@example.be")], includeEqual: true);
        Assert.Equal(ChangeAction.None, Assert.Single(plan.Changes).Action);
    }

    [Fact]
    public void Plan_RoleAnsweredInDutch_EqualsFrenchSourceRole()
    {
        var plan = Plan(Rows(Fixtures.Row("a@example.be", ("Role", "Utilisateur"))), [Fixtures.N2f("a@example.be", ("role", "Gebruiker"))]);
        Assert.Empty(plan.Changes);
    }

    [Fact]
    public void Plan_SourceRoleInDutch_IsSentAsFrench()
    {
        var plan = Plan(Rows(Fixtures.Row("a@example.be", ("Role", "Beheerder"))), []);
        Assert.Equal("Administrateur", Assert.Single(plan.Changes).Payload!["role"]);
    }

    [Fact]
    public void Plan_ChangedFirstName_IsUpdateWithFieldDifference()
    {
        var plan = Plan(Rows(Fixtures.Row("a@example.be", ("Prenom", "Anne-Marie"))), [Fixtures.N2f("a@example.be")]);
        var change = Assert.Single(plan.Changes);
        Assert.Equal(ChangeAction.Update, change.Action);
        var difference = Assert.Single(change.Differences);
        Assert.Equal("firstname", difference.Field);
        Assert.Equal("Ann", difference.N2fValue);
        Assert.Equal("Anne-Marie", difference.AgressoValue);
    }

    [Fact]
    public void Plan_FlagOneAgainstN2fTrue_IsEqual()
    {
        var plan = Plan(Rows(Fixtures.Row("a@example.be", ("Moyen_Paiement_Prof", "1"))),
            [Fixtures.N2f("a@example.be", ("gotProPayment", true))]);
        Assert.Empty(plan.Changes);
    }

    [Fact]
    public void Plan_EmptyTextAgainstMissingN2fField_IsEqual()
    {
        var plan = Plan(Rows(Fixtures.Row("a@example.be", ("Fonction", ""))), [Fixtures.N2f("a@example.be", ("jobTitle", null))]);
        Assert.Empty(plan.Changes);
    }

    [Fact]
    public void Plan_EmployeeNumberLeadingZeros_AreSignificant()
    {
        var plan = Plan(Rows(Fixtures.Row("a@example.be", ("Matricule", "00123"))), [Fixtures.N2f("a@example.be", ("employeeNumber", "123"))]);
        Assert.Equal("employeeNumber", Assert.Single(Assert.Single(plan.Changes).Differences).Field);
    }

    [Fact]
    public void Plan_TypographicApostrophe_DiffersFromStraightOne()
    {
        var plan = Plan(Rows(Fixtures.Row("a@example.be", ("Nom", "O'Neil"))), [Fixtures.N2f("a@example.be", ("lastname", "O’Neil"))]);
        Assert.Equal(ChangeAction.Update, Assert.Single(plan.Changes).Action);
    }

    [Fact]
    public void Plan_ManagerChange_IsUpdateOfManagerMail()
    {
        var plan = Plan(Rows(Fixtures.Row("boss@example.be"), Fixtures.Row("a@example.be", ("Manager", "Boss@Example.be"))),
            [Fixtures.N2f("boss@example.be"), Fixtures.N2f("a@example.be", ("managerMail", "old.boss@example.be"))]);
        var change = Assert.Single(plan.Changes);
        Assert.Equal("managerMail", Assert.Single(change.Differences).Field);
        Assert.Equal("boss@example.be", change.Payload!["managerMail"]);
    }

    [Fact]
    public void Plan_NewManagerListedAfterReport_IsCreatedFirst()
    {
        var plan = Plan(Rows(Fixtures.Row("aaron@example.be", ("Manager", "zoe@example.be")), Fixtures.Row("zoe@example.be")), []);
        Assert.Equal(["zoe@example.be", "aaron@example.be"], plan.Changes.Select(c => c.Key));
        Assert.Equal("zoe@example.be", plan.Changes[1].DependsOn);
    }

    [Fact]
    public void Plan_NewUsersManagingEachOther_CreateOneWithoutManagerThenUpdate()
    {
        var plan = Plan(Rows(Fixtures.Row("a@example.be", ("Manager", "b@example.be")), Fixtures.Row("b@example.be", ("Manager", "a@example.be"))), []);
        Assert.Equal(3, plan.Changes.Count);
        Assert.Equal((ChangeAction.Create, "a@example.be", ""), (plan.Changes[0].Action, plan.Changes[0].Key, plan.Changes[0].Payload!["managerMail"]));
        Assert.Equal((ChangeAction.Create, "b@example.be", "a@example.be"), (plan.Changes[1].Action, plan.Changes[1].Key, plan.Changes[1].Payload!["managerMail"]));
        Assert.Equal((ChangeAction.Update, "a@example.be", "b@example.be"), (plan.Changes[2].Action, plan.Changes[2].Key, plan.Changes[2].Payload!["managerMail"]));
    }

    [Fact]
    public void Plan_ManagerNeitherInSourceNorN2f_RejectsRow()
    {
        var plan = Plan(Rows(Fixtures.Row("a@example.be", ("Manager", "ghost@example.be"))), []);
        var change = Assert.Single(plan.Changes);
        Assert.Equal(ChangeAction.Skip, change.Action);
        Assert.Equal(DataIssueKind.ManagerNotFound, Assert.Single(plan.Issues).Kind);
    }

    [Fact]
    public void Plan_MissingManagerWithSendEmptyPolicy_SendsEmptyManager()
    {
        var config = Fixtures.Config();
        config.Users.MissingManager = MissingManagerPolicy.SendEmpty;
        var plan = Plan(Rows(Fixtures.Row("a@example.be", ("Manager", "ghost@example.be"))), [], config);
        Assert.Equal("", Assert.Single(plan.Changes).Payload!["managerMail"]);
        Assert.Single(plan.Warnings);
    }

    [Fact]
    public void Plan_ManagerOnlyInN2f_IsAccepted()
    {
        var plan = Plan(Rows(Fixtures.Row("a@example.be", ("Manager", "boss@example.be"))), [Fixtures.N2f("boss@example.be", ("company", "c-2"))]);
        Assert.Contains(plan.Changes, c => c.Action == ChangeAction.Create && c.Key == "a@example.be");
    }

    [Fact]
    public void Plan_ManagerRejected_RejectsReportsTransitively()
    {
        var plan = Plan(Rows(
            Fixtures.Row("boss@example.be", ("Entreprise", "XX99")),
            Fixtures.Row("mid@example.be", ("Manager", "boss@example.be")),
            Fixtures.Row("low@example.be", ("Manager", "mid@example.be"))), []);
        Assert.All(plan.Changes, c => Assert.Equal(ChangeAction.Skip, c.Action));
        Assert.Equal(3, plan.Changes.Count);
    }

    [Fact]
    public void Plan_UnknownCompany_RejectsRowNamingCode()
    {
        var plan = Plan(Rows(Fixtures.Row("a@example.be", ("Entreprise", "FR77"))), []);
        var issue = Assert.Single(plan.Issues);
        Assert.Equal(DataIssueKind.UnknownCompany, issue.Kind);
        Assert.Contains("FR77", issue.Message);
    }

    [Fact]
    public void Plan_UnknownRole_RejectsRow()
    {
        var plan = Plan(Rows(Fixtures.Row("a@example.be", ("Role", "Stagiaire"))), []);
        Assert.Equal(DataIssueKind.UnknownRole, Assert.Single(plan.Issues).Kind);
    }

    [Fact]
    public void Plan_N2fUserAbsentFromSource_IsDeleted()
    {
        var plan = Plan(Rows(Fixtures.Row("a@example.be")), [Fixtures.N2f("a@example.be"), Fixtures.N2f("gone@example.be")]);
        var change = Assert.Single(plan.Changes);
        Assert.Equal((ChangeAction.Delete, "gone@example.be", "BE01"), (change.Action, change.Key, change.Company));
    }

    [Fact]
    public void Plan_N2fUserOfUnmanagedCompany_IsNotDeleted()
    {
        var plan = Plan(Rows(Fixtures.Row("a@example.be")), [Fixtures.N2f("a@example.be"), Fixtures.N2f("other@example.be", ("company", "c-2"))]);
        Assert.Empty(plan.Changes);
    }

    [Fact]
    public void Plan_CompanyListedInConfig_IsManagedWithoutSourceRows()
    {
        var config = Fixtures.Config();
        config.Companies.Add("BE02");
        var plan = Plan(Rows(Fixtures.Row("a@example.be")), [Fixtures.N2f("a@example.be"), Fixtures.N2f("other@example.be", ("company", "c-2"))], config);
        Assert.Equal("other@example.be", Assert.Single(plan.Changes).Key);
    }

    [Fact]
    public void Plan_RejectedRow_ProtectsItsN2fUserFromDeleteAndUpdate()
    {
        var plan = Plan(Rows(Fixtures.Row("a@example.be", ("Creation_Vehicule", "peut-être"), ("Prenom", "Changed"))),
            [Fixtures.N2f("a@example.be")]);
        Assert.Equal(ChangeAction.Skip, Assert.Single(plan.Changes).Action);
    }

    [Fact]
    public void Plan_EmptySource_DeletesNothing()
    {
        var plan = Plan([], [Fixtures.N2f("a@example.be")]);
        Assert.Empty(plan.Changes);
        Assert.Contains(plan.Warnings, w => w.Contains("no rows"));
    }

    [Fact]
    public void Plan_DuplicateKeyDifferingInCase_RejectsBothRows()
    {
        var plan = Plan(Rows(Fixtures.Row("Ann.Peeters@example.be"), Fixtures.Row("ann.peeters@EXAMPLE.be")), [Fixtures.N2f("ann.peeters@example.be")]);
        Assert.Equal(2, plan.Changes.Count(c => c.Action == ChangeAction.Skip));
        Assert.DoesNotContain(plan.Changes, c => c.Action == ChangeAction.Delete);
    }

    [Fact]
    public void Plan_ProtectedKey_IsNeitherUpdatedNorDeleted()
    {
        var config = Fixtures.Config();
        config.Safety.ProtectedKeys.Add("Admin@example.be");
        var plan = Plan(Rows(Fixtures.Row("x@example.be"), Fixtures.Row("admin@example.be", ("Prenom", "Changed"))),
            [Fixtures.N2f("x@example.be"), Fixtures.N2f("admin@example.be"), Fixtures.N2f("svc@example.be")], config);
        Assert.Equal("svc@example.be", Assert.Single(plan.Changes).Key);
        config.Safety.ProtectedKeys.Add("svc@example.be");
        Assert.Empty(Plan(Rows(Fixtures.Row("x@example.be")), [Fixtures.N2f("x@example.be"), Fixtures.N2f("svc@example.be")], config).Changes);
    }

    [Fact]
    public void Plan_Sandbox_SendsIntegratedAuthMode()
    {
        var config = Fixtures.Config();
        config.N2f.Sandbox = true;
        var plan = Plan(Rows(Fixtures.Row("a@example.be", ("Methode_SSO", "Saml"))), [], config);
        Assert.Equal("Integrated", Assert.Single(plan.Changes).Payload!["authMode"]);
    }

    [Fact]
    public void Plan_OptionalFields_AreSentOnlyWhenConfigured()
    {
        var row = Fixtures.Row("a@example.be", ("Centre_Cout", "CC-42"));
        Assert.False(Plan(Rows(row), []).Changes[0].Payload!.ContainsKey("defaultCostCenter"));
        var config = Fixtures.Config();
        config.Users.ExtraFields.Add("defaultCostCenter");
        Assert.Equal("CC-42", Plan(Rows(row), [], config).Changes[0].Payload!["defaultCostCenter"]);
    }

    [Fact]
    public void Plan_OptionalFieldNotSent_IsNotCompared()
    {
        var plan = Plan(Rows(Fixtures.Row("a@example.be", ("Centre_Cout", "CC-42"))), [Fixtures.N2f("a@example.be", ("defaultCostCenter", "OTHER"))]);
        Assert.Empty(plan.Changes);
    }

    [Fact]
    public void Plan_DeletesComeLast()
    {
        var plan = Plan(Rows(Fixtures.Row("new@example.be")), [Fixtures.N2f("aaa.gone@example.be")]);
        Assert.Equal([ChangeAction.Create, ChangeAction.Delete], plan.Changes.Select(c => c.Action));
    }
}
