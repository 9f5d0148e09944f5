using System.Management.Automation;
using System.Text;
using N2fSync.Commands.Errors;
using N2fSync.Commands.Hosting;
using N2fSync.Config;

namespace N2fSync.Commands.Commands;

/// <summary>
/// <para type="synopsis">Writes a commented starter configuration file.</para>
/// </summary>
[Cmdlet(VerbsCommon.New, "N2fSyncConfig", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(FileInfo))]
public sealed class NewN2fSyncConfigCommand : PSCmdlet
{
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = "";

    /// <summary>Default: the provider -ConnectionString, -SqlitePath or -CsvFolder implies, else Sqlite.</summary>
    [Parameter]
    public SourceProvider? Provider { get; set; }

    /// <summary>sqlserver: connection string, without password (use AGRESSO_DB_PASSWORD).</summary>
    [Parameter]
    public string? ConnectionString { get; set; }

    [Parameter]
    public string? SqlitePath { get; set; }

    [Parameter]
    public string? CsvFolder { get; set; }

    [Parameter]
    public string? BaseUrl { get; set; }

    [Parameter]
    public string? ClientId { get; set; }

    [Parameter]
    public SwitchParameter Sandbox { get; set; }

    /// <summary>Overwrite an existing file.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void EndProcessing()
    {
        var path = GetUnresolvedProviderPathFromPSPath(Path);
        if (File.Exists(path) && !Force)
        {
            ThrowTerminatingError(new ErrorRecord(new IOException($"{path} already exists; use -Force to overwrite it."),
                "ConfigFileExists", ErrorCategory.ResourceExists, path));
        }
        string text;
        try
        {
            text = ConfigTemplate.Render(new ConfigTemplateOptions
            {
                Provider = Provider,
                ConnectionString = ConnectionString,
                SqlitePath = SqlitePath,
                CsvFolder = CsvFolder,
                BaseUrl = BaseUrl,
                ClientId = ClientId,
                Sandbox = Sandbox,
            });
        }
        catch (ArgumentException e)
        {
            ThrowTerminatingError(ErrorRecordFactory.ConfigParameters(e));
            throw;
        }
        if (!ShouldProcess(path, "Write N2fSync configuration")) return;
        var folder = System.IO.Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        WriteObject(new FileInfo(path));
    }
}
