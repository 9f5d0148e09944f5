

namespace N2fSync.Emulator;

/// <summary>Company and axis of a value list, in their canonical spelling (resolved case-insensitively first).</summary>
internal readonly record struct AxisKey(string CompanyUuid, string AxisId);
