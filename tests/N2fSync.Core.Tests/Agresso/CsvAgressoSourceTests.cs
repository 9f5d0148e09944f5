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
    public void A_quoted_field_keeps_delimiters_and_doubled_quotes()
    {
        var rows = Read("code,description\nPRJ-1,\"Extension crèche \"\"Les Petits Loups\"\", phase 1\"\nPRJ-2,Voirie\n");

        Assert.Equal(2, rows.Count);
        Assert.Equal("Extension crèche \"Les Petits Loups\", phase 1", rows[0]["description"]);
        Assert.Equal("PRJ-2", rows[1]["code"]);
    }

    [Fact]
    public void Header_names_match_columns_whatever_their_case() =>
        Assert.Equal("ann@example.be", Assert.Single(Read("adresseemail;PRENOM\nann@example.be;Ann\n"))["AdresseEmail"]);

    [Fact]
    public void Empty_lines_are_skipped_and_numbers_stay_the_file_lines()
    {
        var rows = Read("\r\ncode,description\r\n\r\nSP-1,Carburant\r\n\r\nSP-2,Hôtel\r\n,\r\n");

        Assert.Equal(["SP-1", "SP-2"], rows.Select(r => r["code"]));
        Assert.Equal([4, 6], rows.Select(r => r.RowNumber));
    }

    [Fact]
    public void An_empty_field_is_null_whether_quoted_or_not_as_a_database_null_is()
    {
        var row = Assert.Single(Read("code,date_from,date_to\nSP-7,,\"\"\n"));

        Assert.Null(row["date_from"]);
        Assert.Null(row["date_to"]);
    }

    [Fact]
    public void The_last_line_needs_no_line_break() =>
        Assert.Equal("Carburant", Assert.Single(Read("code,description\nSP-1,Carburant"))["description"]);

    [Fact]
    public void Row_numbers_are_the_file_lines_where_records_start()
    {
        var rows = Read("\ncode;description\nSP-1;\"Hôtel\nde ville\"\n\nSP-2;Péage\n");

        Assert.Equal([3, 6], rows.Select(r => r.RowNumber));
        Assert.Equal("iris_N2F_Test.csv line 6", rows[1].Origin!.Describe(rows[1].RowNumber));
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void Lines_are_counted_alike_for_CRLF_LF_and_CR_endings(string eol)
    {
        var rows = Read(string.Join(eol, "code,description", "", "SP-1,\"Hôtel" + eol + "de ville\"", "SP-2,Péage", ""));

        Assert.Equal([3, 5], rows.Select(r => r.RowNumber));
        Assert.Equal("Hôtel" + eol + "de ville", rows[0]["description"]);
    }

    [Fact]
    public void A_quoted_line_break_is_a_value_not_damage_the_row_is_handed_on_for_rejection()
    {
        var rows = Read("code;description\nSP-1;\"Hôtel\r\nde ville\"\nSP-2;Péage\n");

        Assert.Equal(2, rows.Count);
        Assert.Equal("Hôtel\r\nde ville", rows[0]["description"]);
    }

    [Fact]
    public void A_line_starting_with_a_hash_is_a_record_not_a_comment() =>
        Assert.Equal("#PRJ-1", Assert.Single(Read("code,description\n#PRJ-1,Crèche\n"))["code"]);

    [Fact]
    public void A_line_of_spaces_or_of_delimiters_only_is_blank_and_skipped() =>
        Assert.Equal(["SP-1"], Read("code;description\n   \n;\nSP-1;Carburant\n").Select(r => r["code"]));

    [Fact]
    public void Excel_trailing_delimiters_with_a_blank_last_header_cell_are_read() =>
        Assert.Equal("Carburant", Assert.Single(Read("code;description;\nSP-1;Carburant;\n"))["description"]);

    [Fact]
    public void A_tab_delimiter_can_be_configured() =>
        Assert.Equal("Péage, parking", Assert.Single(Read("code\tdescription\nSP-2\tPéage, parking\n", delimiter: '\t'))["description"]);

    [Fact]
    public void A_missing_file_is_an_error_naming_its_path()
    {
        var source = new CsvAgressoSource(_temp.Path);

        var ex = Assert.Throws<AgressoSourceException>(() => source.ReadRows(View, CancellationToken.None).ToList());

        Assert.Contains(source.FilePathFor(View.Name), ex.Message);
    }

    [Fact]
    public void An_empty_file_is_an_error_not_an_empty_view() =>
        Assert.Contains("the file is empty", Assert.Throws<AgressoSourceDamagedException>(() => Read("\r\n\r\n")).Message);

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
