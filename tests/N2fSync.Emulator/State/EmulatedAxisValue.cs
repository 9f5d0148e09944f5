

namespace N2fSync.Emulator;

/// <summary>
/// One value of an axis in one company, keyed by <see cref="Code"/>. Validity is kept as calendar days because
/// that is what the sync compares; the answer's time and offset come from <see cref="EmulatorOptions.DateStyle"/>.
/// </summary>
public sealed record EmulatedAxisValue
{
    public required string CompanyUuid { get; init; }

    /// <summary><c>projects</c> or the uuid of one of the company's axes.</summary>
    public required string AxisId { get; init; }

    public required string Uuid { get; init; }

    public required string Code { get; init; }

    public IReadOnlyList<LocalizedName> Names { get; init; } = [];

    public DateOnly? ValidityDateFrom { get; init; }

    /// <summary>Null when the value has no end.</summary>
    public DateOnly? ValidityDateTo { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
