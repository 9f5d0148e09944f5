

namespace N2fSync.Emulator;

/// <summary>The outcome of an axis-value upsert through the API.</summary>
internal sealed record AxisValueUpsertResult(
    AxisResolution Resolution, EmulatedAxisValue? Value, bool Created, IReadOnlyList<EmulatorFieldError> Errors);
