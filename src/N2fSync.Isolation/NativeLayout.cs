using System.Runtime.InteropServices;

namespace N2fSync.Isolation;

/// <summary>Where the module keeps the native SQLite library for this process: &lt;os&gt;-&lt;arch&gt;/e_sqlite3.&lt;ext&gt;.</summary>
internal static class NativeLayout
{
    public static (string? Folder, string File) For(string libraryName)
    {
        if (libraryName is not ("e_sqlite3" or "libe_sqlite3")) return (null, "");
        var arch = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => "x64",
            Architecture.X86 => "x86",
            Architecture.Arm64 => "arm64",
            _ => null,
        };
        if (arch is null) return (null, "");
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) return ($"win-{arch}", "e_sqlite3.dll");
        if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX)) return ($"osx-{arch}", "e_sqlite3.dylib");
        return ($"linux-{arch}", "e_sqlite3.so");
    }
}
