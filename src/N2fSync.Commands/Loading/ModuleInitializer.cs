using System.Management.Automation;
using System.Reflection;
using System.Runtime.InteropServices;

namespace N2fSync.Commands.Loading;

/// <summary>
/// Runs when the module is imported, before any cmdlet touches a dependency (engine-notes 3, 4, 6):
/// answers assembly requests from the module folder (Windows PowerShell 5.1 has no binding redirects for modules),
/// sends Microsoft.Data.SqlClient to the real build for this runtime, and preloads the native SQLite library where
/// the runtime's own probing would miss it.
/// </summary>
public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    private static readonly string ModuleDirectory = Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location)!;

    public void OnImport()
    {
        AppDomain.CurrentDomain.AssemblyResolve += Resolve;
        NativeSqlite.Preload(ModuleDirectory);
    }

    public void OnRemove(PSModuleInfo psModuleInfo) => AppDomain.CurrentDomain.AssemblyResolve -= Resolve;

    private static Assembly? Resolve(object? sender, ResolveEventArgs args)
    {
        var name = new AssemblyName(args.Name).Name;
        if (name is null) return null;
        var path = name == "Microsoft.Data.SqlClient"
            ? Path.Combine(ModuleDirectory, "sqlclient", SqlClientFlavour(), name + ".dll")
            : Path.Combine(ModuleDirectory, name + ".dll");
        // Only files the module ships are answered; anything else stays the runtime's business.
        return File.Exists(path) ? Assembly.LoadFrom(path) : null;
    }

    private static string SqlClientFlavour() =>
        RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal) ? "desktop"
        : RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "core-win"
        : "core-unix";
}
