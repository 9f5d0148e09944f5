using N2fSync.Agresso;

namespace N2fSync.Tests.Agresso;

public sealed class CsvAgressoSourceTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly AgressoView View = new("iris_N2F_Test", "ignored for CSV");

    private List<SourceRow> Read(string text, bool bom = false, char? delimiter = null)
    {
        _temp.Write(View.Name + ".csv", text, bom);
        return new CsvAgressoSource(_temp.Path, delimiter).ReadRows(View, CancellationToken.None).ToList();
    }

    [Fact]
    public void A_byte_order_mark_does_not_end_up_in_the_first_column_name()
    {
        var row = Assert.Single(Read("AdresseEmail;Prenom\r\nann@example.be;Ann\r\n", bom: true));

        Assert.Equal("ann@example.be", row["AdresseEmail"]);
        Assert.Equal(["AdresseEmail", "Prenom"], row.Values.Keys);
    }

    [Fact]
    public void A_file_without_byte_order_mark_keeps_accents() =>
        Assert.Equal("Chloé", Assert.Single(Read("Prenom,Nom\nChloé,O'Neil\n"))["Prenom"]);

    [Fact]
    public void Semicolon_is_detected_from_the_header() =>
        Assert.Equal("8,5", Assert.Single(Read("Matricule;Distance_TravDom\n00101;8,5\n"))["Distance_TravDom"]);

    [Fact]
    public void Comma_is_detected_from_the_header() =>
        Assert.Equal("SP-1", Assert.Single(Read("typ,client,code\nSUBPOST,BE01,SP-1\n"))["code"]);

    [Fact]
    public void Delimiters_inside_quoted_header_names_do_not_count_for_detection()
    {
        var row = Assert.Single(Read("\"a;b;c\",d\n1,2\n"));

        Assert.Equal("1", row["a;b;c"]);
    }

    [Fact]
    public void A_configured_delimiter_overrides_detection()
    {
        var row = Assert.Single(Read("code|description\nSP-2|Péage, parking; tunnel\n", delimiter: '|'));

        Assert.Equal("Péage, parking; tunnel", row["description"]);
    }

    [Fact]
    public void A_quoted_field_keeps_delimiters_doubled_quotes_and_line_breaks()
    {
        var rows = Read("code,description\nPRJ-1,\"Extension crèche \"\"Les Petits Loups\"\", phase 1\r\nsuite\"\nPRJ-2,Voirie\n");

        Assert.Equal(2, rows.Count);
        Assert.Equal("Extension crèche \"Les Petits Loups\", phase 1\r\nsuite", rows[0]["description"]);
        Assert.Equal("PRJ-2", rows[1]["code"]);
    }

    [Fact]
    public void Header_names_match_columns_whatever_their_case() =>
        Assert.Equal("ann@example.be", Assert.Single(Read("adresseemail;PRENOM\nann@example.be;Ann\n"))["AdresseEmail"]);

    [Fact]
    public void Empty_lines_are_skipped_and_do_not_count_as_rows()
    {
        var rows = Read("\r\ncode,description\r\n\r\nSP-1,Carburant\r\n\r\nSP-2,Hôtel\r\n,\r\n");

        Assert.Equal(["SP-1", "SP-2"], rows.Select(r => r["code"]));
        Assert.Equal([1, 2], rows.Select(r => r.RowNumber));
    }

    [Fact]
    public void An_unquoted_empty_field_is_null_and_a_quoted_one_is_empty_text()
    {
        var row = Assert.Single(Read("code,date_from,date_to\nSP-7,,\"\"\n"));

        Assert.Null(row["date_from"]);
        Assert.Equal("", row["date_to"]);
    }

    [Fact]
    public void The_last_line_needs_no_line_break() =>
        Assert.Equal("Carburant", Assert.Single(Read("code,description\nSP-1,Carburant"))["description"]);

    [Fact]
    public void A_line_with_too_few_fields_is_returned_with_the_missing_columns_null_and_reported()
    {
        _temp.Write(View.Name + ".csv", "code,description,status\nSP-1,Carburant,N\nSP-2,Hôtel\n");
        var source = new CsvAgressoSource(_temp.Path);

        var rows = source.ReadRows(View, CancellationToken.None).ToList();

        Assert.Equal(2, rows.Count);
        Assert.True(rows[1].HasColumn("status"));
        Assert.Null(rows[1]["status"]);
        var issue = Assert.Single(source.RowIssues);
        Assert.Equal((View.Name, 2, 3), (issue.View, issue.RowNumber, issue.LineNumber));
        Assert.Contains("2 fields where the header has 3", issue.Message);
    }

    [Fact]
    public void A_line_with_too_many_fields_is_returned_without_the_extra_ones_and_reported()
    {
        _temp.Write(View.Name + ".csv", "code;description\nSP-1;Carburant;oops\n");
        var source = new CsvAgressoSource(_temp.Path);

        var row = Assert.Single(source.ReadRows(View, CancellationToken.None));

        Assert.Equal(["code", "description"], row.Values.Keys);
        Assert.Equal(1, Assert.Single(source.RowIssues).RowNumber);
    }

    [Fact]
    public void An_issue_is_recorded_before_its_row_is_handed_out()
    {
        _temp.Write(View.Name + ".csv", "code,description\nSP-1\nSP-2,Hôtel\n");
        var source = new CsvAgressoSource(_temp.Path);
        using var rows = source.ReadRows(View, CancellationToken.None).GetEnumerator();

        Assert.True(rows.MoveNext());

        Assert.Equal(rows.Current.RowNumber, Assert.Single(source.RowIssues).RowNumber);
    }

    [Fact]
    public void Reading_a_view_again_replaces_its_earlier_issues()
    {
        _temp.Write(View.Name + ".csv", "code,description\nSP-1\n");
        var source = new CsvAgressoSource(_temp.Path);

        source.ReadRows(View, CancellationToken.None).ToList();
        source.ReadRows(View, CancellationToken.None).ToList();

        Assert.Single(source.RowIssues);
    }

    [Fact]
    public void A_missing_file_is_an_error_naming_its_path()
    {
        var source = new CsvAgressoSource(_temp.Path);

        var ex = Assert.Throws<AgressoSourceException>(() => source.ReadRows(View, CancellationToken.None).ToList());

        Assert.Contains(source.FilePathFor(View.Name), ex.Message);
    }

    [Fact]
    public void An_empty_file_is_an_error_not_an_empty_view() =>
        Assert.Throws<AgressoSourceException>(() => Read("\r\n\r\n"));

    [Fact]
    public void An_unclosed_quote_is_an_error_naming_its_line()
    {
        var ex = Assert.Throws<AgressoSourceException>(() => Read("code,description\nSP-1,Carburant\nSP-2,\"Hôtel\nSP-3,x\n"));

        Assert.Contains("line 3", ex.Message);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_an_error()
    {
        File.WriteAllBytes(_temp.File(View.Name + ".csv"), [.. "code,description\nSP-3,H"u8, 0xF4, .. "tel\n"u8]);

        var ex = Assert.Throws<AgressoSourceException>(() =>
            new CsvAgressoSource(_temp.Path).ReadRows(View, CancellationToken.None).ToList());

        Assert.Contains("UTF-8", ex.Message);
    }

    [Fact]
    public void A_column_named_twice_in_the_header_is_an_error() =>
        Assert.Throws<AgressoSourceException>(() => Read("code,Code\nSP-1,SP-2\n"));

    [Fact]
    public void Cancellation_between_rows_stops_the_read()
    {
        _temp.Write(View.Name + ".csv", "code\nSP-1\nSP-2\n");
        using var cts = new CancellationTokenSource();
        using var rows = new CsvAgressoSource(_temp.Path).ReadRows(View, cts.Token).GetEnumerator();
        Assert.True(rows.MoveNext());

        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => rows.MoveNext());
    }
}
