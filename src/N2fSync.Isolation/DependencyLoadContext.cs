using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace N2fSync.Isolation;

/// <summary>
/// The module's private load context: N2fSync.Core and every dependency shipped in Dependencies/ load here, unless
/// the host already provides the same or a newer version (framework and PowerShell's own assemblies: sharing those
/// keeps types such as Span&lt;T&gt; identical across the boundary).
/// </summary>
internal sealed class DependencyLoadContext(string dependencyFolder) : AssemblyLoadContext("N2fSync", isCollectible: false)
{
    private readonly Dictionary<string, Version?> _hostAssemblies = HostAssemblies();

    protected override Assembly? Load(AssemblyName name)
    {
        if (name.Name is null) return null;
        var path = name.Name == "Microsoft.Data.SqlClient"
            ? Path.Combine(dependencyFolder, "sqlclient", RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "core-win" : "core-unix", name.Name + ".dll")
            : Path.Combine(dependencyFolder, name.Name + ".dll");
        if (!File.Exists(path)) return null;
        if (name.Name != "N2fSync.Core" && _hostAssemblies.TryGetValue(name.Name, out var hostVersion)
            && hostVersion is not null && hostVersion >= (name.Version ?? new Version()))
            return null;
        return LoadFromAssemblyPath(path);
    }

    /// <summary>e_sqlite3 from the module's own &lt;os&gt;-&lt;arch&gt; folder (engine-notes 3).</summary>
    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var (folder, file) = NativeLayout.For(unmanagedDllName);
        if (folder is null) return IntPtr.Zero;
        var path = Path.Combine(dependencyFolder, folder, file);
        return File.Exists(path) ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
    }

    /// <summary>Names and versions of the assemblies the host process was started with (the framework, PowerShell).</summary>
    private static Dictionary<string, Version?> HostAssemblies()
    {
        var result = new Dictionary<string, Version?>(StringComparer.OrdinalIgnoreCase);
        if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is not string list) return result;
        foreach (var path in list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            try
            {
                var name = AssemblyName.GetAssemblyName(path);
                if (name.Name is not null) result[name.Name] = name.Version;
            }
            catch (BadImageFormatException)
            {
                // Native files in the list carry no assembly name.
            }
        }
        return result;
    }
}
