using System.Reflection;
using System.Runtime.Loader;

namespace N2fSync.Isolation;

/// <summary>
/// Entry point called (by reflection) from the module initializer before any N2fSync.Core type is touched. The
/// default context only asks when it cannot find an assembly itself; then the module's context answers for what the
/// module ships (N2fSync.Core, and dependency types the cmdlets see through Core's API such as TimeProvider), so both
/// sides share one copy. Everything Core needs resolves inside the module's context.
/// </summary>
public static class IsolatedLoading
{
    private static DependencyLoadContext? _context;
    private static string _folder = "";
    private static readonly object Lock = new();

    /// <summary>Idempotent: a second import of the module in the same process reuses the context.</summary>
    public static void Register(string dependencyFolder)
    {
        lock (Lock)
        {
            if (_context is not null) return;
            _context = new DependencyLoadContext(dependencyFolder);
            _folder = dependencyFolder;
            AssemblyLoadContext.Default.Resolving += ResolveCore;
        }
    }

    /// <summary>The module's load context, for diagnostics and tests.</summary>
    public static AssemblyLoadContext? Context => _context;

    private static Assembly? ResolveCore(AssemblyLoadContext context, AssemblyName name) =>
        name.Name is not null && File.Exists(Path.Combine(_folder, name.Name + ".dll")) ? _context?.LoadFromAssemblyName(name) : null;
}
