using System.Text;
using N2fSync.Agresso;

namespace N2fSync.Tests.Agresso;

/// <summary>
/// A CSV file that does not account for every record it holds fails its view's read, naming the file and the line,
/// before any row is handed out: a read that silently lost rows would have their N2F objects deleted.
/// </summary>
public sealed class CsvDamageTests : IDisposable
{
    private const string FileName = "iris_N2F_Test.csv";
    private static readonly AgressoView View = new("iris_N2F_Test", "ignored for CSV");
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Asks for the first row only: the damage must be found before it, wherever the damage is.</summary>
    private AgressoSourceDamagedException FirstRowFails(string text, AgressoView? view = null)
    {
        _temp.Write(FileName, text);
        return ReadFails(view);
    }

    private AgressoSourceDamagedException ReadFails(AgressoView? view = null)
    {
        using var rows = new CsvAgressoSource(_temp.Path).ReadRows(view ?? View, CancellationToken.None).GetEnumerator();
        return Assert.Throws<AgressoSourceDamagedException>(() => rows.MoveNext());
    }

    private void AssertNames(AgressoSourceDamagedException ex, int line)
    {
        Assert.Equal(line, ex.LineNumber);
        Assert.Equal(_temp.File(FileName), ex.Path);
        Assert.Contains($"{FileName}' line {line}:", ex.Message);
    }

    [Fact]
    public void Two_stray_quotes_lines_apart_fail_the_read_at_the_first_instead_of_swallowing_the_rows_between()
    {
        // Line 3 opens a quote in description, line 5 closes one: the record keeps the header's 3 fields, and lines
        // 4 and 5 would have become part of Hôtel's description.
        var ex = FirstRowFails("code;description;status\nSP-1;Carburant;N\nSP-2;\"Hôtel;N\nSP-3;Parking;N\nSP-4;Péage\";N\nSP-5;Train;N\n");

        AssertNames(ex, 3);
        Assert.Contains("runs from line 3 to line 5", ex.Message);
        Assert.Contains("stray quote", ex.Message);
    }

    [Fact]
    public void A_quote_left_open_to_the_end_of_the_file_fails_at_the_line_it_opens()
    {
        var ex = FirstRowFails("code,description\nSP-1,Carburant\nSP-2,\"Hôtel\nSP-3,x\n");

        AssertNames(ex, 3);
        Assert.Contains("closing quote", ex.Message);
    }

    [Fact]
    public void Text_after_a_closing_quote_fails_the_read()
    {
        var ex = FirstRowFails("code,description\nSP-1,Carburant\nSP-2,\"Hôtel\" de ville\n");

        AssertNames(ex, 3);
        Assert.Contains("closing quote", ex.Message);
    }

    [Fact]
    public void A_record_with_fewer_fields_than_the_header_fails_the_read()
    {
        var ex = FirstRowFails("code,description,status\nSP-1,Carburant,N\nSP-2,Hôtel\n");

        AssertNames(ex, 3);
        Assert.Contains("2 fields where the header has 3", ex.Message);
    }

    [Fact]
    public void A_record_with_more_fields_than_the_header_fails_the_read()
    {
        var ex = FirstRowFails("code;description\nSP-1;Carburant;oops\n");

        AssertNames(ex, 2);
        Assert.Contains("3 fields where the header has 2", ex.Message);
    }

    [Fact]
    public void A_header_without_a_required_column_fails_naming_the_column()
    {
        var view = new AgressoView("iris_N2F_Test", "", ["code", "description", "client"]);

        var ex = FirstRowFails("\ncode;label;client\nSP-1;Carburant;BE01\n", view);

        AssertNames(ex, 2);
        Assert.Contains("no column 'description'", ex.Message);
    }

    [Fact]
    public void A_column_named_twice_in_the_header_fails_the_read()
    {
        var ex = FirstRowFails("code,Code\nSP-1,SP-2\n");

        AssertNames(ex, 1);
        Assert.Contains("'Code' more than once", ex.Message);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_fail_the_read_at_their_line()
    {
        File.WriteAllBytes(_temp.File(FileName), [.. "code,description\r\nSP-1,Carburant\r\nSP-2,\"Parking\r\nsous-sol\"\r\nSP-3,H"u8, 0xF4, .. "tel\r\n"u8]);

        var ex = ReadFails();

        AssertNames(ex, 5);
        Assert.Contains("0xF4", ex.Message);
        Assert.Contains("UTF-8", ex.Message);
    }

    [Fact]
    public void A_nul_character_fails_the_read_at_its_line()
    {
        var ex = FirstRowFails("code,description\nSP-1,Carburant\nSP-2,H\0tel\n");

        AssertNames(ex, 3);
        Assert.Contains("NUL", ex.Message);
    }

    [Fact]
    public void A_utf16_file_without_byte_order_mark_fails_instead_of_reading_as_garbage()
    {
        File.WriteAllBytes(_temp.File(FileName), new UnicodeEncoding(false, false).GetBytes("code,description\nSP-1,Carburant\n"));

        AssertNames(ReadFails(), 1);
    }

    [Fact]
    public void Damage_on_the_last_line_still_fails_before_the_first_row_is_handed_out()
    {
        var lines = Enumerable.Range(1, 500).Select(i => $"SP-{i},Valeur {i}").Append("SP-501").Prepend("code,description");

        AssertNames(FirstRowFails(string.Join("\n", lines) + "\n"), 502);
    }

    [Fact]
    public void A_quote_swallowing_the_rest_of_a_large_file_fails_at_its_line()
    {
        var lines = Enumerable.Range(1, 20_000).Select(i => $"SP-{i};\"Valeur; n° {i}\"").ToList();
        lines[9] = "SP-10;\"Valeur; n° 10";

        var ex = FirstRowFails("code;description\n" + string.Join("\n", lines) + "\n");

        AssertNames(ex, 11);
    }

    [Fact]
    public void A_line_starting_with_a_noncharacter_fails_instead_of_being_skipped_as_a_comment()
    {
        var ex = FirstRowFails("code,description\nSP-1,Carburant\n\uFFFFSP-2,Hôtel\n");

        AssertNames(ex, 3);
    }

    [Fact]
    public void A_file_rewritten_while_its_rows_are_streamed_fails_the_read()
    {
        _temp.Write(FileName, "code,description\nSP-1,Carburant\nSP-2,Hôtel\n");
        using var rows = new CsvAgressoSource(_temp.Path).ReadRows(View, CancellationToken.None).GetEnumerator();
        Assert.True(rows.MoveNext());

        File.AppendAllText(_temp.File(FileName), "SP-3,Péage\n");

        var ex = Assert.Throws<AgressoSourceException>(() => { while (rows.MoveNext()) { } });
        Assert.Contains("changed while it was read", ex.Message);
    }
}
