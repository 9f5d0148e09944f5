

namespace N2fSync.Emulator;

/// <summary>How validity dates are written in answers; both name the same calendar day.</summary>
public enum DateStyle
{
    /// <summary><c>2026-01-01T00:00:00Z</c></summary>
    Utc,

    /// <summary><c>2026-01-01T01:00:00+01:00</c> (midnight UTC in Europe/Paris time)</summary>
    ParisOffset,
}
