using N2fSync.Agresso;
using N2fSync.Config;
using N2fSync.Sync;
using N2fSync.Sync.Users;
using N2fSync.Tests.Support;

namespace N2fSync.Tests.Agresso;

/// <summary>
/// An invisible character inside a value that is sent or is a key rejects the row (never stripped in silence): the
/// issue names the row as its source numbers it, the column and the character; the key stays protected as read.
/// </summary>
public sealed class InvisibleCharacterRowTests
{
    private static readonly SourceOrigin UsersCsv = SourceOrigin.CsvFile("iris_N2F_User.csv");

    private static AgressoUser User(int line, params (string Column, string? Value)[] overrides) =>
        new N2fSync.Agresso.Normalization.UserNormalizer(new UsersOptions())
            .Normalize(new SourceRow(line, Fixtures.Row("ann.peeters@example.be", overrides), UsersCsv));

    [Fact]
    public void A_zero_width_space_in_a_first_name_rejects_the_row_naming_file_line_column_and_character()
    {
        var user = User(42, ("Prenom", "Ann\u200B"));

        Assert.False(user.IsValid);
        var issue = Assert.Single(user.Issues);
        Assert.Equal((DataIssueKind.InvalidCharacter, "Prenom", "Ann\u200B"), (issue.Kind, issue.Field, issue.Value));
        Assert.StartsWith("users iris_N2F_User.csv line 42 (ann.peeters@example.be), Prenom: U+200B (zero width space) in 'Ann\\u200B'",
            issue.ToString());
    }

    [Theory]
    [InlineData("Nom", "Peeters\nDupont")]
    [InlineData("Fonction", "Comptable\u202E")]
    [InlineData("Matricule", "00\u00AD123")]
    [InlineData("Manager", "wim\uFEFF@example.be")]
    [InlineData("Entreprise", "BE\u000001")]
    [InlineData("Nouveau_Email", "ann\u200D@example.com")]
    public void Any_sent_column_with_one_rejects_the_row(string column, string value)
    {
        var user = User(7, (column, value));

        Assert.Contains(user.Issues, i => i.Kind == DataIssueKind.InvalidCharacter && i.Field == column && i.IsBlocking);
    }

    [Fact]
    public void A_column_that_is_not_sent_is_not_checked() =>
        Assert.True(User(7, ("Centre_Cout", "CC\u200B-1")).IsValid);

    [Fact]
    public void An_email_with_one_is_rejected_but_protects_the_address_a_person_reads()
    {
        var user = User(9, ("AdresseEmail", "Ann.Peeters\u200B@example.be"));
        var plan = new UsersPlanner(Fixtures.Config(), Fixtures.Directory())
            .Plan([user], [Fixtures.N2f("ann.peeters@example.be", ("firstname", "Anne"))], new PlanOptions());

        Assert.Equal("ann.peeters@example.be", user.Key);
        Assert.Contains(user.Issues, i => i.Kind == DataIssueKind.InvalidCharacter && i.Field == "AdresseEmail");
        Assert.DoesNotContain(plan.Changes, c => c.Action is ChangeAction.Delete or ChangeAction.Update or ChangeAction.Create);
    }

    [Fact]
    public void An_axis_code_with_one_is_rejected_keyed_by_the_visible_code()
    {
        var value = AxisFixtures.Value("PRJ-0042\u2060");

        Assert.Equal("PRJ-0042", value.Key);
        var issue = Assert.Single(value.Issues);
        Assert.Equal((DataIssueKind.InvalidCharacter, "code"), (issue.Kind, issue.Field));
        Assert.Contains("U+2060 (word joiner)", issue.Message);
    }

    [Fact]
    public void An_axis_typ_with_one_still_lands_in_its_scope_where_the_row_is_rejected()
    {
        var row = AxisFixtures.Row("PRJ-0042", ("typ", "PROJECT\u200B"));

        Assert.Equal("PROJECT", N2fSync.Agresso.Normalization.AxisValueNormalizer.TypeOf(c => row[c], row.ContainsKey));
        Assert.Contains(AxisFixtures.Value(3, row).Issues, i => i.Kind == DataIssueKind.InvalidCharacter && i.Field == "typ");
    }

    [Fact]
    public void Planner_issues_name_the_row_as_its_source_numbers_it_too()
    {
        var user = User(12, ("Role", "Inconnu"));

        new UsersPlanner(Fixtures.Config(), Fixtures.Directory()).Plan([user], [], new PlanOptions());

        Assert.Contains(user.Issues, i => i.Kind == DataIssueKind.UnknownRole && i.SourceLocation == "iris_N2F_User.csv line 12");
    }
}
