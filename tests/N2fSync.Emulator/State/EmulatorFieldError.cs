

namespace N2fSync.Emulator;

/// <summary>One validation failure, naming the payload field as N2F would.</summary>
public sealed record EmulatorFieldError(string Field, string Message);
