

namespace N2fSync.Emulator;

/// <summary>A custom analytic axis of one company (plates, subposts...); the project axis is implicit.</summary>
public sealed record EmulatedAxis(string CompanyUuid, string Uuid, IReadOnlyList<LocalizedName> Names);
