

namespace N2fSync.Emulator;

/// <summary>How an API path's company uuid and axis id resolved (both answer 404 when unknown).</summary>
internal enum AxisResolution
{
    Found,
    UnknownCompany,
    UnknownAxis,
}
