using System.Runtime.InteropServices;

namespace N2fSync.Isolation;

/// <summary>
/// Where the module keeps the files that differ per platform, under Dependencies/: native libraries in
/// &lt;os&gt;-&lt;arch&gt;/ (SQLite everywhere; SqlClient's network library on Windows, where the Windows build of
/// Microsoft.Data.SqlClient calls it), and the Microsoft.Data.SqlClient build for the OS in sqlclient/core-win or
/// sqlclient/core-unix. Shared by the PowerShell 7 loader and the Windows PowerShell 5.1 initializer; the platform is
/// a parameter so the layout can be checked for every platform from any one.
/// </summary>
internal sealed class PlatformLayout(bool isWindows, bool isMacOs, Architecture architecture)
{
    public const string SqliteLibrary = "e_sqlite3";

    /// <summary>The native network library the Windows build of Microsoft.Data.SqlClient imports (by this name).</summary>
    public const string SqlClientNetworkLibrary = "Microsoft.Data.SqlClient.SNI";

    public static PlatformLayout Current { get; } = new(
        RuntimeInformation.IsOSPlatform(OSPlatform.Windows), RuntimeInformation.IsOSPlatform(OSPlatform.OSX),
        RuntimeInformation.ProcessArchitecture);

    /// <summary>The folder, relative to Dependencies/, of the Microsoft.Data.SqlClient build for this OS.</summary>
    public string SqlClientFolder => isWindows ? "sqlclient/core-win" : "sqlclient/core-unix";

    /// <summary>
    /// The relative path of a native library the module ships for this platform, as a DllImport names it
    /// (<c>e_sqlite3</c>, <c>Microsoft.Data.SqlClient.SNI.dll</c>); null for any other library or platform.
    /// </summary>
    public string? NativeFile(string libraryName)
    {
        var arch = architecture switch
        {
            Architecture.X64 => "x64",
            Architecture.X86 => "x86",
            Architecture.Arm64 => "arm64",
            _ => null,
        };
        if (arch is null) return null;
        var os = isWindows ? "win" : isMacOs ? "osx" : "linux";
        var name = libraryName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? libraryName.Substring(0, libraryName.Length - 4)
            : libraryName;
        if (name is SqliteLibrary or "lib" + SqliteLibrary)
            return $"{os}-{arch}/{SqliteLibrary}{(isWindows ? ".dll" : isMacOs ? ".dylib" : ".so")}";
        // Only the Windows build of SqlClient has a native network layer; on Linux and macOS it is managed code.
        if (isWindows && string.Equals(name, SqlClientNetworkLibrary, StringComparison.OrdinalIgnoreCase))
            return $"{os}-{arch}/{SqlClientNetworkLibrary}.dll";
        return null;
    }

    /// <summary>The full path of a native library under <paramref name="dependencyFolder"/>, or null when not shipped.</summary>
    public string? NativePath(string dependencyFolder, string libraryName)
    {
        var file = NativeFile(libraryName);
        if (file is null) return null;
        var path = Path.Combine(dependencyFolder, file);
        return File.Exists(path) ? path : null;
    }
}
