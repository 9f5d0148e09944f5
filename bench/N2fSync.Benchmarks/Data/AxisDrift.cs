using N2fSync.Agresso;
using N2fSync.Emulator;

namespace N2fSync.Benchmarks.Data;

/// <summary>What N2F holds for a source axis value when in step, and one differing field for drift.</summary>
internal static class AxisDrift
{
    /// <summary>The scope, N2F axis id and source typ of each built-in axis scope.</summary>
    public static readonly (string Scope, string Type)[] Scopes = [("projects", "PROJECT"), ("plates", "PLAQUE"), ("subposts", "SUBPOST")];

    public static string AxisIdOf(string scope, BenchCompany company) => scope switch
    {
        "projects" => EmulatorState.ProjectsAxisId,
        "plates" => company.PlaqueAxis,
        _ => company.SubpostAxis,
    };

    public static EmulatedAxisValue InStep(AgressoAxisValue value, BenchCompany company, bool withEnglish) => new()
    {
        CompanyUuid = company.Uuid,
        AxisId = AxisIdOf(value.Scope, company),
        Uuid = Guid.NewGuid().ToString(),
        Code = value.Code,
        // An extra culture the config does not send is ignored by the comparison (decisions.md §9).
        Names = withEnglish
            ? [new("fr", value.Description), new("nl", value.Description), new("en", value.Description)]
            : [new("fr", value.Description), new("nl", value.Description)],
        ValidityDateFrom = value.ValidFrom is { } from ? DateOnly.FromDateTime(from) : null,
        ValidityDateTo = value.ValidTo is { } to ? DateOnly.FromDateTime(to) : null,
    };

    public static EmulatedAxisValue Changed(EmulatedAxisValue value, int kind) => (kind % 3) switch
    {
        0 => value with { Names = [.. value.Names.Select(n => n.Culture == "nl" ? n with { Value = n.Value + " (oud)" } : n)] },
        1 => value with { ValidityDateTo = value.ValidityDateTo is { } to ? to.AddDays(-1) : new DateOnly(2025, 12, 31) },
        _ => value with { Names = [.. value.Names.Where(n => n.Culture != "fr")] },
    };

    public static EmulatedAxisValue Extra(int index, string scope, BenchCompany company) => new()
    {
        CompanyUuid = company.Uuid,
        AxisId = AxisIdOf(scope, company),
        Uuid = Guid.NewGuid().ToString(),
        Code = $"OLD-{index:D5}",
        Names = [new("fr", "Clôturé"), new("nl", "Afgesloten")],
        ValidityDateFrom = new DateOnly(2019, 1, 1),
    };
}
