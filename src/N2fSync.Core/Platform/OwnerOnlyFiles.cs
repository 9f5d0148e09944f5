using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.AccessControl;
using System.Security.Principal;

namespace N2fSync.Platform;

/// <summary>
/// The store, its lock files and the JSON log hold names, e-mails and field values of real people: they are created
/// readable and writable by their owner only (Unix mode 600, folders 700; on Windows a protected ACL for the owner and
/// SYSTEM). A file that already exists with looser rights is tightened when N2fSync opens it.
/// </summary>
public static class OwnerOnlyFiles
{
    private const int OwnerReadWrite = 0x180;      // 0600
    private const int OwnerReadWriteExecute = 0x1C0; // 0700

    /// <summary>Creates the folder when missing and the file when missing (empty), owner-only; tightens an existing file.</summary>
    public static void PrepareFile(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
            Restrict(folder!, isFolder: true);
        }
        if (!File.Exists(full))
        {
            try
            {
                using (new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite)) { }
            }
            catch (IOException) when (File.Exists(full))
            {
                // Another process created it first: tightening below covers it.
            }
        }
        Restrict(full, isFolder: false);
        // SQLite gives its -wal and -shm files the mode of the database; older releases left them as the umask made them.
        foreach (var sidecar in new[] { full + "-wal", full + "-shm" })
            if (File.Exists(sidecar)) Restrict(sidecar, isFolder: false);
    }

    /// <summary>Makes an existing file or folder owner-only; best effort where the caller does not own it.</summary>
    public static void Restrict(string path, bool isFolder)
    {
        try
        {
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) RestrictWindows(path, isFolder);
            else SetUnixMode(path, isFolder ? OwnerReadWriteExecute : OwnerReadWrite);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException or PlatformNotSupportedException
                                       or InvalidOperationException or TargetInvocationException)
        {
            // Not ours to change (a file someone else created): the store still works; its rights are the owner's business.
        }
    }

    /// <summary>The Unix permission bits of a file (e.g. 0x180 for 0600); null on Windows or where they cannot be read.</summary>
    public static int? UnixMode(string path)
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) return null;
        var get = typeof(File).GetMethod("GetUnixFileMode", [typeof(string)]);
        return get is null ? null : Convert.ToInt32(get.Invoke(null, [path]), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void SetUnixMode(string path, int mode)
    {
        // File.SetUnixFileMode exists from .NET 7 (PowerShell 7.4+); the core targets netstandard2.0, hence reflection.
        var set = typeof(File).GetMethod("SetUnixFileMode", [typeof(string), Type.GetType("System.IO.UnixFileMode")!]);
        if (set is not null)
        {
            var unixMode = Enum.ToObject(set.GetParameters()[1].ParameterType, mode);
            set.Invoke(null, [path, unixMode]);
            return;
        }
        if (Chmod(path, mode) != 0) throw new IOException($"chmod failed for {path} (errno {Marshal.GetLastWin32Error()}).");
    }

    [DllImport("libc", EntryPoint = "chmod", SetLastError = true)]
    private static extern int Chmod(string path, int mode);

    private static void RestrictWindows(string path, bool isFolder)
    {
        var owner = WindowsIdentity.GetCurrent().User!;
        var system = new SecurityIdentifier(WellKnownSidType.LocalSystemSid, null);
        if (isFolder)
        {
            var security = new DirectorySecurity();
            security.SetAccessRuleProtection(isProtected: true, preserveInheritance: false);
            foreach (var who in new[] { owner, system })
                security.AddAccessRule(new FileSystemAccessRule(who, FileSystemRights.FullControl,
                    InheritanceFlags.ContainerInherit | InheritanceFlags.ObjectInherit, PropagationFlags.None, AccessControlType.Allow));
            new DirectoryInfo(path).SetAccessControl(security);
        }
        else
        {
            var security = new FileSecurity();
            security.SetAccessRuleProtection(isProtected: true, preserveInheritance: false);
            foreach (var who in new[] { owner, system })
                security.AddAccessRule(new FileSystemAccessRule(who, FileSystemRights.FullControl, AccessControlType.Allow));
            new FileInfo(path).SetAccessControl(security);
        }
    }
}
