using System.Runtime.InteropServices;

namespace N2fSync.Commands.Loading;

/// <summary>
/// Loads e_sqlite3 from the module's &lt;os&gt;-&lt;arch&gt; folder by full path, so the later DllImport("e_sqlite3") finds the
/// library already loaded. Windows PowerShell 5.1 looks for DllImport libraries beside powershell.exe, in system folders
/// and on PATH, never in the module folder.
/// </summary>
internal static class NativeSqlite
{
    public static void Preload(string moduleDirectory)
    {
        var path = N2fSync.Isolation.PlatformLayout.Current.NativePath(moduleDirectory, N2fSync.Isolation.PlatformLayout.SqliteLibrary);
        if (path is null) return;
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) LoadLibraryW(path);
        else if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX)) dlopen_osx(path, RtldNow | RtldGlobal);
        else DlOpenLinux(path);
    }

    private static void DlOpenLinux(string path)
    {
        try { dlopen_libdl2(path, RtldNow | RtldGlobal); }
        catch (DllNotFoundException) { dlopen_libc(path, RtldNow | RtldGlobal); }
    }

    private const int RtldNow = 2;
    private const int RtldGlobal = 0x100;

    [DllImport("kernel32", CharSet = CharSet.Unicode, SetLastError = true)]
    private static extern IntPtr LoadLibraryW(string path);

    [DllImport("libdl.so.2", EntryPoint = "dlopen")]
    private static extern IntPtr dlopen_libdl2(string path, int flags);

    [DllImport("libc", EntryPoint = "dlopen")]
    private static extern IntPtr dlopen_libc(string path, int flags);

    [DllImport("libSystem.dylib", EntryPoint = "dlopen")]
    private static extern IntPtr dlopen_osx(string path, int flags);
}
