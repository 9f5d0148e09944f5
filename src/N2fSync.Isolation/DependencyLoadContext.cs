using System.Reflection;
using System.Runtime.Loader;

namespace N2fSync.Isolation;

/// <summary>
/// The module's private load context: N2fSync.Core and every dependency shipped in Dependencies/ load here, unless
/// the host already provides the same or a newer version (framework and PowerShell's own assemblies: sharing those
/// keeps types such as Span&lt;T&gt; identical across the boundary).
/// </summary>
internal sealed class DependencyLoadContext(string dependencyFolder, PlatformLayout layout)
    : AssemblyLoadContext("N2fSync", isCollectible: false)
{
    private readonly Dictionary<string, Version?> _hostAssemblies = HostAssemblies();

    public DependencyLoadContext(string dependencyFolder) : this(dependencyFolder, PlatformLayout.Current) { }

    protected override Assembly? Load(AssemblyName name)
    {
        if (name.Name is null) return null;
        var path = name.Name == "Microsoft.Data.SqlClient"
            ? Path.Combine(dependencyFolder, layout.SqlClientFolder, name.Name + ".dll")
            : Path.Combine(dependencyFolder, name.Name + ".dll");
        if (!File.Exists(path)) return null;
        if (name.Name != "N2fSync.Core" && _hostAssemblies.TryGetValue(name.Name, out var hostVersion)
            && hostVersion is not null && hostVersion >= (name.Version ?? new Version()))
            return null;
        return LoadFromAssemblyPath(path);
    }

    /// <summary>
    /// Native libraries imported by assemblies of this context: e_sqlite3, and on Windows SqlClient's network library.
    /// The runtime would look for them beside the host (pwsh) and in runtimes/&lt;rid&gt;/native of the host, never in
    /// the module folder, so without this answer the first SQL Server connection on Windows fails with
    /// DllNotFoundException.
    /// </summary>
    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = NativePath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }

    /// <summary>Where <see cref="LoadUnmanagedDll"/> loads a library from; null leaves it to the runtime's probing.</summary>
    internal string? NativePath(string unmanagedDllName) => layout.NativePath(dependencyFolder, unmanagedDllName);

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
