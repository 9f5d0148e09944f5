using System.Collections;
using System.Management.Automation;

namespace N2fSync.Commands.Completers;

/// <summary>
/// The config a completer reads: the one the cmdlet being typed would use (-ConfigPath, else $env:N2FSYNC_CONFIG, else
/// n2fsync.yaml), with a relative path taken from PowerShell's current location, as the cmdlet takes it, not from
/// the process's current directory (which Set-Location does not move).
/// </summary>
internal static class CompleterConfig
{
    public static string Path(IDictionary fakeBoundParameters)
    {
        var path = fakeBoundParameters["ConfigPath"] as string;
        if (string.IsNullOrEmpty(path)) path = Environment.GetEnvironmentVariable("N2FSYNC_CONFIG");
        if (string.IsNullOrEmpty(path)) path = "n2fsync.yaml";
        if (System.IO.Path.IsPathRooted(path)) return path!;
        try
        {
            using var shell = PowerShell.Create(RunspaceMode.CurrentRunspace);
            var here = shell.AddCommand("Microsoft.PowerShell.Management\\Get-Location").AddParameter("PSProvider", "FileSystem")
                .Invoke<PathInfo>().FirstOrDefault();
            return here is null ? path! : System.IO.Path.Combine(here.ProviderPath, path!);
        }
        catch (Exception e) when (e is PSInvalidOperationException or CmdletInvocationException or InvalidOperationException)
        {
            return path!;
        }
    }
}
