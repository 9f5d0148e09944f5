using N2fSync.Agresso;
using N2fSync.Config;
using N2fSync.Mapping;
using N2fSync.Scopes;
using N2fSync.Sync.Axes;
using N2fSync.Sync;
using N2fSync.Tests.Support;
using static N2fSync.Tests.Support.AxisFixtures;

namespace N2fSync.Tests.Sync.Axes;

public sealed class AxisPlannerTests
{
    private static SyncPlan Plan(IEnumerable<AgressoAxisValue> source, IEnumerable<CompanyAxis> companies,
        N2fSyncConfig? config = null, bool includeEqual = false, ScopeDefinition? scope = null) =>
        new AxisPlanner(config ?? Fixtures.Config(), scope ?? Projects, Fixtures.Directory())
            .Plan(source.ToList(), companies.ToList(), new PlanOptions { IncludeEqual = includeEqual });

    [Fact]
    public void Plan_ValueAbsentFromN2f_IsCreatedInItsCompanyAndAxis()
    {
        var change = Assert.Single(Plan(Values(Row("PRJ-0042")), [Company(Be01)]).Changes);
        Assert.Equal(ChangeAction.Create, change.Action);
        Assert.Equal("PRJ-0042", change.Key);
        Assert.Equal("BE01", change.Company);
        Assert.Equal("c-1", change.CompanyId);
        Assert.Equal("projects", change.AxisId);
        Assert.Equal(1, change.RowNumber);
        Assert.Equal("projects value PRJ-0042 (BE01)", change.Target);
    }

    [Fact]
    public void Plan_ValueInStep_DatesAnsweredInParisOffset_EmitsNothing()
    {
        var plan = Plan(Values(Row("PRJ-0042", ("date_from", "2026-01-01"), ("date_to", "2099-12-31"))),
            [Company(Be01, N2fValue("PRJ-0042", overrides: [("validityDateFrom", "2026-01-01T01:00:00+01:00"), ("validityDateTo", null)]))]);
        Assert.Empty(plan.Changes);
    }

    [Fact]
    public void Plan_NoEndWrittenAs2099InN2f_EqualsNoEndInSource()
    {
        var plan = Plan(Values(Row("PRJ-0042", ("date_to", ""))),
            [Company(Be01, N2fValue("PRJ-0042", overrides: ("validityDateTo", "2099-12-31T01:00:00+01:00")))]);
        Assert.Empty(plan.Changes);
    }

    [Fact]
    public void Plan_IncludeEqual_EmitsNoneForValueInStep()
    {
        var plan = Plan(Values(Row("PRJ-0042")), [Company(Be01, N2fValue("PRJ-0042"))], includeEqual: true);
        Assert.Equal(ChangeAction.None, Assert.Single(plan.Changes).Action);
    }

    [Fact]
    public void Plan_ChangedDescription_IsUpdateOfEveryConfiguredCulture()
    {
        var plan = Plan(Values(Row("PRJ-0042", ("description", "Rénovation école Saint-Joseph"))), [Company(Be01, N2fValue("PRJ-0042"))]);
        var change = Assert.Single(plan.Changes);
        Assert.Equal(ChangeAction.Update, change.Action);
        Assert.Equal(["names[fr]", "names[nl]"], change.Differences.Select(d => d.Field));
        Assert.Equal("Rénovation école", change.Differences[0].N2fValue);
        Assert.Equal("Rénovation école Saint-Joseph", change.Differences[0].AgressoValue);
    }

    [Fact]
    public void Plan_CultureMissingInN2f_IsADifference()
    {
        var n2f = N2fValue("PRJ-0042", overrides: ("names", Names(("fr", "Rénovation école"))));
        var change = Assert.Single(Plan(Values(Row("PRJ-0042")), [Company(Be01, n2f)]).Changes);
        var difference = Assert.Single(change.Differences);
        Assert.Equal("names[nl]", difference.Field);
        Assert.Null(difference.N2fValue);
        Assert.Equal("Rénovation école", difference.AgressoValue);
    }

    [Fact]
    public void Plan_ExtraCultureInN2f_IsIgnored()
    {
        var n2f = N2fValue("PRJ-0042", overrides: ("names", Names(("en", "School renovation"), ("fr", "Rénovation école"), ("nl", "Rénovation école"))));
        Assert.Empty(Plan(Values(Row("PRJ-0042")), [Company(Be01, n2f)]).Changes);
    }

    [Fact]
    public void Plan_NameDifferingOnlyInApostropheStyle_IsAnUpdate()
    {
        var n2f = N2fValue("PRJ-0061", overrides: ("names", Names(("fr", "Voirie rue de l’Église"), ("nl", "Voirie rue de l'Église"))));
        var change = Assert.Single(Plan(Values(Row("PRJ-0061", ("description", "Voirie rue de l'Église"))), [Company(Be01, n2f)]).Changes);
        Assert.Equal("names[fr]", Assert.Single(change.Differences).Field);
    }

    [Fact]
    public void Plan_ChangedEndDate_IsUpdateShowingCalendarDays()
    {
        var n2f = N2fValue("PRJ-0043", overrides: ("validityDateTo", "2027-06-30T02:00:00+02:00"));
        var change = Assert.Single(Plan(Values(Row("PRJ-0043", ("date_to", "31/12/2027"))), [Company(Be01, n2f)]).Changes);
        var difference = Assert.Single(change.Differences);
        Assert.Equal("validityDateTo", difference.Field);
        Assert.Equal("2027-06-30", difference.N2fValue);
        Assert.Equal("2027-12-31", difference.AgressoValue);
        Assert.Equal("2027-12-31T00:00:00Z", change.Payload!["validityDateTo"]);
    }

    [Fact]
    public void Plan_SameCodeInTwoCompanies_AreDistinctValues()
    {
        var source = Values(Row("PRJ-0042"), Row("PRJ-0042", ("client", "BE02"), ("description", "Renovatie school Sint-Jozef")));
        var plan = Plan(source, [Company(Be01, N2fValue("PRJ-0042")), Company(Be02)]);
        var change = Assert.Single(plan.Changes);
        Assert.Equal(ChangeAction.Create, change.Action);
        Assert.Equal("c-2", change.CompanyId);
        Assert.Equal("Renovatie school Sint-Jozef", Assert.IsType<List<CultureName>>(change.Payload!["names"])[0].Value);
    }

    [Fact]
    public void Plan_CodesDifferingOnlyInCase_AreRejectedAndTheirN2fValueKept()
    {
        var source = Values(Row("PRJ-0100", ("description", "Migration ERP")), Row("prj-0100", ("description", "Migration ERP bis")));
        var plan = Plan(source, [Company(Be01, N2fValue("PRJ-0100"))]);
        Assert.All(plan.Changes, c => Assert.Equal(ChangeAction.Skip, c.Action));
        Assert.Equal(2, plan.Changes.Count);
        Assert.All(plan.Issues, i => Assert.Equal(DataIssueKind.DuplicateKey, i.Kind));
        Assert.Contains("differ only in case", plan.Issues[0].Message);
    }

    [Fact]
    public void Plan_SameCodeTwiceInOneCompany_IsRejected()
    {
        var plan = Plan(Values(Row("SP-1"), Row("SP-1")), [Company(Be01)]);
        Assert.Equal([ChangeAction.Skip, ChangeAction.Skip], plan.Changes.Select(c => c.Action));
        Assert.Contains("rows 1, 2", plan.Issues[0].Message);
    }

    [Fact]
    public void Plan_UnknownCompany_RejectsThatRowOnly()
    {
        var source = Values(Row("PRJ-9001", ("client", "FR77")), Row("PRJ-0042"));
        var plan = Plan(source, [Company(Be01)]);
        var issue = Assert.Single(plan.Issues);
        Assert.Equal(DataIssueKind.UnknownCompany, issue.Kind);
        Assert.Contains("FR77", issue.Message);
        Assert.Equal(1, issue.RowNumber);
        Assert.Equal([ChangeAction.Skip, ChangeAction.Create], plan.Changes.Select(c => c.Action));
    }

    [Fact]
    public void Plan_AxisMissingInOneCompany_RejectsItsRowsAndDeletesNothingThere()
    {
        var source = new[]
        {
            Value(1, Row("1-ABC-123", ("typ", "PLAQUE"), ("description", "Škoda Octavia")), Plates),
            Value(2, Row("1-KLM-321", ("typ", "PLAQUE"), ("client", "BE02"), ("description", "Opel Corsa (pool)")), Plates),
        };
        var be01 = new CompanyAxis(Be01, "a-plaque-c1", null,
            [N2fValue("1-ABC-123", Be01, "a-plaque-c1", ("names", Names(("fr", "Škoda Octavia"), ("nl", "Škoda Octavia")))), N2fValue("9-OLD-000", Be01, "a-plaque-c1")]);
        var plan = Plan(source, [be01, CompanyWithoutAxis(Be02)], scope: Plates);

        var issue = Assert.Single(plan.Issues);
        Assert.Equal(DataIssueKind.UnknownAxis, issue.Kind);
        Assert.Contains("BE02", issue.Message);
        var delete = Assert.Single(plan.Changes, c => c.Action == ChangeAction.Delete);
        Assert.Equal(("9-OLD-000", "a-plaque-c1"), (delete.Key, delete.AxisId));
    }

    [Fact]
    public void Plan_ValueMissingFromSource_IsDeletedFromItsCompanyAndAxis()
    {
        var plan = Plan(Values(Row("PRJ-0042")), [Company(Be01, N2fValue("PRJ-0042"), N2fValue("PRJ-0001"))]);
        var change = Assert.Single(plan.Changes);
        Assert.Equal((ChangeAction.Delete, "PRJ-0001", "c-1", "projects"), (change.Action, change.Key, change.CompanyId, change.AxisId));
        Assert.Null(change.Payload);
    }

    [Fact]
    public void Plan_N2fCodeDifferingInCaseFromSource_IsAnotherValue()
    {
        var plan = Plan(Values(Row("PRJ-0042")), [Company(Be01, N2fValue("prj-0042"))]);
        Assert.Equal([ChangeAction.Create, ChangeAction.Delete], plan.Changes.Select(c => c.Action));
    }

    [Fact]
    public void Plan_EmptySource_PlansNoDeleteAndWarns()
    {
        var plan = Plan([], [Company(Be01, N2fValue("PRJ-0042"))]);
        Assert.Empty(plan.Changes);
        Assert.Contains(plan.Warnings, w => w.Contains("no rows"));
    }

    [Fact]
    public void Plan_RejectedRow_ItsN2fValueIsNeitherUpdatedNorDeleted()
    {
        var plan = Plan(Values(Row("PRJ-0050", ("date_to", "demain")), Row("PRJ-0042")),
            [Company(Be01, N2fValue("PRJ-0042"), N2fValue("PRJ-0050", overrides: ("names", Names(("fr", "Ancien"), ("nl", "Oud")))))]);
        var change = Assert.Single(plan.Changes);
        Assert.Equal((ChangeAction.Skip, "PRJ-0050"), (change.Action, change.Key));
        Assert.Contains("date_to", change.Reason);
    }

    [Fact]
    public void Plan_ProtectedCode_IsNeitherUpdatedNorDeleted()
    {
        var config = Fixtures.Config();
        config.Safety.ProtectedKeys.AddRange(["PRJ-0042", "prj-0001"]);
        var plan = Plan(Values(Row("PRJ-0042", ("description", "Autre"))), [Company(Be01, N2fValue("PRJ-0042"), N2fValue("PRJ-0001"))], config);
        Assert.Empty(plan.Changes);
        Assert.Equal(2, plan.Warnings.Count);
    }

    [Fact]
    public void Plan_Order_RejectsThenCompaniesInCodeOrderThenDeletes()
    {
        var source = Values(
            Row("PRJ-2001", ("client", "BE02")), Row("PRJ-0102"), Row("PRJ-0042", ("client", "BE02")), Row("PRJ-0042"),
            Row("PRJ-9999", ("client", "FR77")));
        var plan = Plan(source, [Company(Be02, N2fValue("OLD-2", Be02)), Company(Be01, N2fValue("OLD-1"))]);
        Assert.Equal(
            ["Skip PRJ-9999 FR77", "Create PRJ-0042 BE01", "Create PRJ-0102 BE01", "Create PRJ-0042 BE02", "Create PRJ-2001 BE02",
             "Delete OLD-1 BE01", "Delete OLD-2 BE02"],
            plan.Changes.Select(c => $"{c.Action} {c.Key} {c.Company}"));
    }

    [Fact]
    public void Plan_ConfiguredCompanyUnknownToN2f_IsAWarning()
    {
        var config = Fixtures.Config();
        config.Companies.Add("LU01");
        var plan = Plan(Values(Row("PRJ-0042")), [Company(Be01, N2fValue("PRJ-0042"))], config);
        Assert.Contains(plan.Warnings, w => w.Contains("LU01"));
    }
}
