using System.Management.Automation;
using System.Reflection;
using System.Runtime.InteropServices;

namespace N2fSync.Commands.Loading;

/// <summary>
/// Runs when the module is imported, before any cmdlet touches N2fSync.Core or a dependency:
/// on PowerShell 7, hands N2fSync.Core and its dependencies to the module's own load context (N2fSync.Isolation), so
/// other modules may load other versions of them; on Windows PowerShell 5.1, which has no load contexts, answers
/// assembly requests from Dependencies/ (no binding redirects exist for modules) and preloads the native SQLite library.
/// Microsoft.Data.SqlClient is not answered there: its .NET Framework build needs a native package the module cannot
/// ship, so the SQL Server source uses the .NET Framework's own System.Data.SqlClient on 5.1 and never asks for it.
/// </summary>
public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    private static readonly string ModuleDirectory = Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location)!;
    private static readonly string DependencyDirectory = Path.Combine(ModuleDirectory, "Dependencies");

    private static readonly object Lock = new();
    private static bool _prepared;

    /// <summary>Called by N2fSync.psm1 before the cmdlets are imported; idempotent (a second import reuses it).</summary>
    public static void Prepare()
    {
        lock (Lock)
        {
            if (_prepared) return;
            _prepared = true;
            Register();
        }
    }

    public void OnImport() => Prepare();

    private static void Register()
    {
        var loader = Path.Combine(ModuleDirectory, "N2fSync.Isolation.dll");
        if (!IsNetFramework && File.Exists(loader))
        {
            Assembly.LoadFrom(loader).GetType("N2fSync.Isolation.IsolatedLoading", throwOnError: true)!
                .GetMethod("Register")!.Invoke(null, [DependencyDirectory]);
            return;
        }
        AppDomain.CurrentDomain.AssemblyResolve += Resolve;
        NativeSqlite.Preload(DependencyDirectory);
    }

    public void OnRemove(PSModuleInfo psModuleInfo) => AppDomain.CurrentDomain.AssemblyResolve -= Resolve;

    private static bool IsNetFramework =>
        RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);

    private static Assembly? Resolve(object? sender, ResolveEventArgs args)
    {
        var name = new AssemblyName(args.Name).Name;
        if (name is null) return null;
        // This handler serves PowerShell 7 too when N2fSync.Isolation.dll is missing: the OS picks the SqlClient build.
        if (name == "Microsoft.Data.SqlClient" && IsNetFramework) return null;
        var path = name == "Microsoft.Data.SqlClient"
            ? Path.Combine(DependencyDirectory, N2fSync.Isolation.PlatformLayout.Current.SqlClientFolder, name + ".dll")
            : Path.Combine(DependencyDirectory, name + ".dll");
        // Only files the module ships are answered, whatever version is asked: the module cannot ship binding redirects.
        return File.Exists(path) ? Assembly.LoadFrom(path) : null;
    }
}
