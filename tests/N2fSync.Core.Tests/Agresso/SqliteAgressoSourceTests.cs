using N2fSync.Agresso;
using N2fSync.Config;

namespace N2fSync.Tests.Agresso;

public sealed class SqliteAgressoSourceTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private SqliteAgressoSource SampleSource() => new(_temp.CopySample("agresso-sample.db"));

    private static AgressoView Users => AgressoQueries.ForUsers(new ViewOptions { View = SampleFiles.UsersView });

    private static AgressoView Analytics => AgressoQueries.ForAnalytics(new ViewOptions { View = SampleFiles.AnalyticsView });

    [Fact]
    public void Reads_every_user_of_the_sample_with_accents_and_apostrophes_intact()
    {
        var rows = SampleSource().ReadRows(Users, CancellationToken.None).ToList();

        Assert.Equal(25, rows.Count);
        var chloe = Assert.Single(rows, r => r["AdresseEmail"] == "chloe.o'neil@example.be");
        Assert.Equal("Chloé", chloe["Prenom"]);
        Assert.Equal("O'Neil", chloe["Nom"]);
    }

    [Fact]
    public void Reads_every_analytics_row_of_the_sample_with_accents_intact()
    {
        var rows = SampleSource().ReadRows(Analytics, CancellationToken.None).ToList();

        Assert.Equal(40, rows.Count);
        Assert.Contains(rows, r => r["client"] == "BE01" && r["code"] == "PRJ-0042" && r["description"] == "Rénovation école");
        Assert.Contains(rows, r => r["description"] == "Škoda Octavia");
    }

    [Fact]
    public void Row_numbers_are_positions_in_the_view_as_an_admin_queries_it_not_in_an_email_sorted_result()
    {
        var path = SampleFiles.CreateSqlite(_temp.File("order.db"), SampleFiles.UsersTable + """
            INSERT INTO iris_N2F_User (AdresseEmail, Prenom) VALUES ('zoe.wouters@example.be', 'Zoé'), ('Ann.Peeters@example.be', 'Ann'),
                ('marc.dubois@example.be', 'Marc');
            """);

        var rows = new SqliteAgressoSource(path).ReadRows(Users, CancellationToken.None).ToList();

        Assert.Equal([(1, "Zoé"), (2, "Ann"), (3, "Marc")], rows.Select(r => (r.RowNumber, r["Prenom"])));
        Assert.Equal("iris_N2F_User row 3", rows[2].Origin!.Describe(rows[2].RowNumber));
    }

    [Fact]
    public void Numbers_rows_from_one_in_reading_order()
    {
        var rows = SampleSource().ReadRows(Analytics, CancellationToken.None).ToList();

        Assert.Equal(Enumerable.Range(1, rows.Count), rows.Select(r => r.RowNumber));
    }

    [Fact]
    public void A_view_without_a_required_column_fails_naming_the_view_and_the_column()
    {
        var path = SampleFiles.CreateSqlite(_temp.File("nomanager.db"), "CREATE TABLE v (AdresseEmail TEXT, Prenom TEXT, Nom TEXT);");
        var view = new AgressoView("v", "SELECT AdresseEmail, Prenom, Nom FROM v", ["AdresseEmail", "Prenom", "Nom", "Manager"]);

        var ex = Assert.Throws<AgressoSourceException>(() => new SqliteAgressoSource(path).ReadRows(view, CancellationToken.None).ToList());

        Assert.Contains("view 'v'", ex.Message);
        Assert.Contains("no column 'Manager'", ex.Message);
    }

    [Fact]
    public void A_value_of_an_unexpected_type_fails_naming_the_row_and_the_column()
    {
        var path = SampleFiles.CreateSqlite(_temp.File("blob.db"),
            "CREATE TABLE t (code TEXT, description); INSERT INTO t VALUES ('SP-1', 'Carburant'), ('SP-2', x'CAFE');");

        var ex = Assert.Throws<AgressoSourceException>(() =>
            new SqliteAgressoSource(path).ReadRows(new AgressoView("t", "SELECT code, description FROM t"), CancellationToken.None).ToList());

        Assert.Contains("row 2", ex.Message);
        Assert.Contains("column description", ex.Message);
        Assert.Contains("binary", ex.Message);
    }

    [Fact]
    public void Null_values_read_as_null_and_the_column_is_still_present()
    {
        var path = SampleFiles.CreateSqlite(_temp.File("nulls.db"),
            "CREATE TABLE t (a TEXT, b INTEGER, c REAL); INSERT INTO t VALUES (NULL, NULL, NULL);");

        var row = Assert.Single(new SqliteAgressoSource(path).ReadRows(new AgressoView("t", "SELECT a, b, c FROM t"), CancellationToken.None));

        Assert.All(new[] { "a", "b", "c" }, c => { Assert.True(row.HasColumn(c)); Assert.Null(row[c]); });
    }

    [Fact]
    public void Numbers_read_as_invariant_text()
    {
        var path = SampleFiles.CreateSqlite(_temp.File("numbers.db"),
            "CREATE TABLE t (i INTEGER, r REAL); INSERT INTO t VALUES (42, 8.5);");

        var row = Assert.Single(new SqliteAgressoSource(path).ReadRows(new AgressoView("t", "SELECT i, r FROM t"), CancellationToken.None));

        Assert.Equal("42", row["i"]);
        Assert.Equal("8.5", row["r"]);
    }

    [Fact]
    public void Yields_the_first_rows_before_the_query_has_produced_the_rest()
    {
        // Row 3 makes SQLite fail (abs of the smallest integer overflows): only a streaming reader hands out rows 1
        // and 2 first.
        var path = SampleFiles.CreateSqlite(_temp.File("stream.db"), "CREATE TABLE t (x TEXT);");
        const string query = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5) "
                             + "SELECT CASE WHEN i < 3 THEN i ELSE abs(-9223372036854775807 - (i - 2)) END AS v FROM n";
        using var rows = new SqliteAgressoSource(path).ReadRows(new AgressoView("n", query), CancellationToken.None).GetEnumerator();

        Assert.True(rows.MoveNext());
        Assert.True(rows.MoveNext());
        Assert.Equal("2", rows.Current["v"]);
        Assert.Throws<AgressoSourceException>(() => rows.MoveNext());
    }

    [Fact]
    public void Cancellation_between_rows_stops_the_read()
    {
        using var cts = new CancellationTokenSource();
        using var rows = SampleSource().ReadRows(Analytics, cts.Token).GetEnumerator();
        Assert.True(rows.MoveNext());

        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => rows.MoveNext());
    }

    [Fact]
    public void A_custom_query_file_replaces_the_built_in_query()
    {
        var source = SampleSource();
        var query = _temp.Write("be02.sql", "SELECT * FROM {view} WHERE Entreprise = 'BE02' ORDER BY AdresseEmail");

        var rows = source.ReadRows(AgressoQueries.ForUsers(new ViewOptions { View = SampleFiles.UsersView, Query = query }),
            CancellationToken.None).ToList();

        Assert.Equal(11, rows.Count);
        Assert.All(rows, r => Assert.Equal("BE02", r["Entreprise"]));
    }

    [Fact]
    public void A_missing_database_file_is_an_error_naming_the_path_and_no_file_is_created()
    {
        var path = _temp.File("nowhere.db");

        var ex = Assert.Throws<AgressoSourceException>(() => new SqliteAgressoSource(path).ReadRows(Users, CancellationToken.None).ToList());

        Assert.Contains(path, ex.Message);
        Assert.Contains("sqlite", ex.Message);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void A_failing_query_is_an_error_naming_the_provider_and_the_view()
    {
        var source = SampleSource();

        var ex = Assert.Throws<AgressoSourceException>(() =>
            source.ReadRows(new AgressoView("iris_N2F_Missing", "SELECT * FROM iris_N2F_Missing"), CancellationToken.None).ToList());

        Assert.Contains("sqlite", ex.Message);
        Assert.Contains("iris_N2F_Missing", ex.Message);
    }

    [Fact]
    public void The_sample_database_is_not_modified_by_reading()
    {
        var path = _temp.CopySample("agresso-sample.db");
        var before = File.ReadAllBytes(path);

        new SqliteAgressoSource(path).ReadRows(Users, CancellationToken.None).ToList();

        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(_temp.Path));
    }
}
