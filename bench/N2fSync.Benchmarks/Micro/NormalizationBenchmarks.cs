using BenchmarkDotNet.Attributes;
using N2fSync.Agresso.Normalization;
using N2fSync.Agresso;
using N2fSync.Config;
using N2fSync.Normalization;

namespace N2fSync.Benchmarks.Micro;

/// <summary>Normalization of source rows (domain.md §4): whole user and axis rows, and the text rules on their own.</summary>
/// <remarks>Public and unsealed: BenchmarkDotNet derives from benchmark classes.</remarks>
[MemoryDiagnoser]
public class NormalizationBenchmarks
{
    private const int Rows = 10_000;
    private List<SourceRow> _users = null!;
    private List<SourceRow> _axisValues = null!;
    private UserNormalizer _normalizer = null!;
    private string[] _names = null!;
    private string[] _mails = null!;

    [GlobalSetup]
    public void Setup()
    {
        _users = MicroData.UserSourceRows(Rows);
        _axisValues = MicroData.AxisSourceRows(Rows);
        _normalizer = new UserNormalizer(new UsersOptions());
        _names = _users.Select(r => r["Nom"] ?? "").ToArray();
        _mails = _users.Select(r => r["AdresseEmail"] ?? "").ToArray();
    }

    [Benchmark(Description = "normalize 10k user rows")]
    public int NormalizeUsers()
    {
        var issues = 0;
        foreach (var row in _users) issues += _normalizer.Normalize(row).Issues.Count;
        return issues;
    }

    [Benchmark(Description = "normalize 10k axis rows")]
    public int NormalizeAxisValues()
    {
        var issues = 0;
        foreach (var row in _axisValues) issues += AxisValueNormalizer.Normalize("projects", row).Issues.Count;
        return issues;
    }

    [Benchmark(Description = "Text.Clean 10k clean names")]
    public int CleanNames()
    {
        var length = 0;
        foreach (var name in _names) length += Text.Clean(name).Length;
        return length;
    }

    [Benchmark(Description = "CleanEmail+IsValidEmail 10k")]
    public int CleanAndCheckMails()
    {
        var valid = 0;
        foreach (var mail in _mails)
            if (Text.IsValidEmail(Text.CleanEmail(mail))) valid++;
        return valid;
    }
}
