

namespace N2fSync.Benchmarks.Data;

/// <summary>A company of the generated account: code, N2F uuid, its own plate and subpost axis uuids, share of the rows.</summary>
internal sealed record BenchCompany(string Uuid, string Code, string Name, string Domain, string PlaqueAxis, string SubpostAxis, int Weight)
{
    /// <summary>The two reference companies of the emulator plus two more: a few companies, each with its own axis uuids.</summary>
    public static IReadOnlyList<BenchCompany> All { get; } =
    [
        new(Emulator.ReferenceData.Company1Uuid, Emulator.ReferenceData.Company1Code, "Exemple Belgique SA", "example.be",
            Emulator.ReferenceData.Company1PlaqueAxisUuid, Emulator.ReferenceData.Company1SubpostAxisUuid, 40),
        new(Emulator.ReferenceData.Company2Uuid, Emulator.ReferenceData.Company2Code, "Voorbeeld België NV", "voorbeeld.be",
            Emulator.ReferenceData.Company2PlaqueAxisUuid, Emulator.ReferenceData.Company2SubpostAxisUuid, 30),
        new("c-3", "BE03", "Exemple Wallonie SPRL", "exemple-wallonie.be",
            "c3c0ffee-1111-4c00-8000-00000000c301", "c3c0ffee-2222-4c00-8000-00000000c302", 20),
        new("c-4", "LU01", "Exemple Luxembourg SARL", "exemple.lu",
            "d4c0ffee-1111-4d00-8000-00000000c401", "d4c0ffee-2222-4d00-8000-00000000c402", 10),
    ];

    public static BenchCompany Pick(Random random)
    {
        var roll = random.Next(100);
        foreach (var company in All)
        {
            if (roll < company.Weight) return company;
            roll -= company.Weight;
        }
        return All[0];
    }
}
