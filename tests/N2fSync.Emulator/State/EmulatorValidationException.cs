

namespace N2fSync.Emulator;

/// <summary>Thrown by seeding methods that apply the API's validation, so a bad fixture fails loudly.</summary>
public sealed class EmulatorValidationException : Exception
{
    public EmulatorValidationException(IReadOnlyList<EmulatorFieldError> errors)
        : base(string.Join("; ", errors.Select(e => e.Message)))
    {
        Errors = errors;
    }

    public IReadOnlyList<EmulatorFieldError> Errors { get; }
}
