using System.Management.Automation;
using System.Runtime.InteropServices;
using System.Security;

namespace N2fSync.Commands.Hosting;

/// <summary>
/// Reads a secret through Microsoft.PowerShell.SecretManagement's Get-Secret, when the config names one.
/// The module does not depend on SecretManagement: it is only called, and its absence is a clear error.
/// </summary>
internal sealed class VaultSecrets(PSCmdlet cmdlet)
{
    private const string Script = """
        param($Name, $Vault)
        $parameters = @{ Name = $Name; ErrorAction = 'Stop' }
        if ($Vault) { $parameters.Vault = $Vault }
        Get-Secret @parameters
        """;

    public string Read(string name, string? vault)
    {
        if (cmdlet.InvokeCommand.GetCommand("Get-Secret", CommandTypes.Cmdlet | CommandTypes.Function | CommandTypes.Alias) is null)
            cmdlet.ThrowTerminatingError(new ErrorRecord(
                new InvalidOperationException($"The config names the secret '{name}', but Get-Secret is not available: install "
                    + "Microsoft.PowerShell.SecretManagement and register a vault, or give the secret by environment variable or -Credential."),
                "SecretManagementMissing", ErrorCategory.NotInstalled, name));
        try
        {
            var result = cmdlet.InvokeCommand.InvokeScript(cmdlet.SessionState, ScriptBlock.Create(Script), name, vault);
            var value = result.Count == 0 ? null : result[0]?.BaseObject;
            return value switch
            {
                string text => text,
                SecureString secure => Plain(secure),
                PSCredential credential => credential.GetNetworkCredential().Password,
                _ => throw new InvalidOperationException($"the vault returned no text for '{name}'."),
            };
        }
        catch (Exception e) when (e is RuntimeException or InvalidOperationException)
        {
            // The vault's message names the secret, never its value.
            cmdlet.ThrowTerminatingError(new ErrorRecord(
                new InvalidOperationException($"Reading the secret '{name}'{(vault is null ? "" : $" from vault '{vault}'")} failed: {e.Message}"),
                "SecretNotRead", ErrorCategory.AuthenticationError, name));
            throw;
        }
    }

    private static string Plain(SecureString secure)
    {
        var pointer = Marshal.SecureStringToGlobalAllocUnicode(secure);
        try { return Marshal.PtrToStringUni(pointer) ?? ""; }
        finally { Marshal.ZeroFreeGlobalAllocUnicode(pointer); }
    }
}
