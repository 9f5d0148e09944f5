using System.Runtime.InteropServices;

namespace N2fSync.Agresso.SqlServer;

/// <summary>The runtime the module runs on, as .NET describes itself; a parameter so the driver choice is testable anywhere.</summary>
internal sealed class RuntimeDescription(string frameworkDescription)
{
    public static RuntimeDescription Current { get; } = new(RuntimeInformation.FrameworkDescription);

    /// <summary>E.g. ".NET Framework 4.8.9290.0" (Windows PowerShell 5.1) or ".NET 8.0.11" (PowerShell 7.4).</summary>
    public string FrameworkDescription => frameworkDescription;

    public bool IsNetFramework => frameworkDescription.StartsWith(".NET Framework", StringComparison.OrdinalIgnoreCase);

    public override string ToString() => frameworkDescription;
}
