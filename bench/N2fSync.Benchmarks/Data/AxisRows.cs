using System.Globalization;

namespace N2fSync.Benchmarks.Data;

/// <summary>
/// Generates rows of the analytics view (domain.md §3.2): projects, plates and subposts over the companies, labels with
/// accents, validity dates ISO or day-first, 2099-12-31 or empty for "no end".
/// </summary>
internal static class AxisRows
{
    public static readonly string[] Columns = ["typ", "client", "code", "description", "status", "date_from", "date_to"];

    public static List<string?[]> Generate(int count, Random random)
    {
        var rows = new List<string?[]>(count);
        for (var i = 0; i < count; i++)
        {
            var company = BenchCompany.Pick(random);
            var roll = random.Next(10);
            var (typ, code, description) = roll switch
            {
                < 6 => ("PROJECT", $"PRJ-{i:D5}", $"{Names.ProjectWords[random.Next(Names.ProjectWords.Length)]} n° {i}"),
                < 9 => ("PLAQUE", Plate(i), Names.Cars[random.Next(Names.Cars.Length)] + $" ({company.Code})"),
                _ => ("SUBPOST", $"SP-{i}", $"Frais de représentation {i % 40}"),
            };
            var from = new DateTime(2020, 1, 1).AddDays(random.Next(2500));
            rows.Add(
            [
                random.Next(20) == 0 ? typ.ToLowerInvariant() : typ,
                company.Code,
                code,
                description,
                random.Next(10) == 0 ? "C" : "N",
                random.Next(10) switch
                {
                    < 5 => from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    < 8 => from.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                    _ => null,
                },
                random.Next(10) switch
                {
                    < 6 => "2099-12-31",
                    < 8 => null,
                    _ => from.AddDays(random.Next(30, 2000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                },
            ]);
        }
        return rows;
    }

    /// <summary>A Belgian plate 1-ABC-123, unique per row index.</summary>
    private static string Plate(int i)
    {
        var letters = new char[3];
        var n = i / 1000;
        for (var k = 2; k >= 0; k--)
        {
            letters[k] = (char)('A' + n % 26);
            n /= 26;
        }
        return $"{1 + i / 17576000}-{new string(letters)}-{i % 1000:D3}";
    }
}
