

namespace N2fSync.Emulator;

/// <summary>One culture's name of a role, profile, axis or axis value, as N2F's <c>names</c> lists carry them.</summary>
public sealed record LocalizedName(string Culture, string Value);
