

namespace N2fSync.Emulator;

/// <summary>What the fault dice decided for a request before it is handled.</summary>
internal enum FaultKind
{
    None,
    Drop,
    ServerError,
    TooManyRequests,
}
