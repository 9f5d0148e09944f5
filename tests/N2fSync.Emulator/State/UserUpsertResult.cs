

namespace N2fSync.Emulator;

/// <summary>The outcome of a user upsert: the stored user, or the field errors that refused it.</summary>
internal sealed record UserUpsertResult(EmulatedUser? User, bool Created, IReadOnlyList<EmulatorFieldError> Errors)
{
    public static UserUpsertResult Invalid(IReadOnlyList<EmulatorFieldError> errors) => new(null, false, errors);
}
