using System.Management.Automation;
using N2fSync.Commands.Hosting;
using N2fSync.Config;

namespace N2fSync.Commands.Commands;

/// <summary>
/// <para type="synopsis">Validates a configuration file: every error and warning with its key, line and column.</para>
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "N2fSyncConfig")]
[OutputType(typeof(ConfigValidationResult), typeof(bool))]
public sealed class TestN2fSyncConfigCommand : N2fCmdlet
{
    /// <summary>Return only $true or $false.</summary>
    [Parameter]
    public SwitchParameter Quiet { get; set; }

    protected override void EndProcessing()
    {
        var path = ResolveConfigPath();
        var result = ConfigLoader.Validate(path);
        if (Quiet)
        {
            WriteObject(result.IsValid);
            return;
        }
        // Credentials missing from the file and the environment are advice here (a run may pass -Credential), so
        // they join the result as warnings: the Warnings count then matches what was printed.
        if (result.Config is { } config)
            result = new ConfigValidationResult(result.FilePath,
                [.. result.Issues, .. ConfigLoader.CheckReadyForN2f(config, ConfigIssueSeverity.Warning)], config);
        foreach (var issue in result.Issues)
        {
            if (issue.Severity == ConfigIssueSeverity.Warning) WriteWarning(issue.ToString());
            else WriteVerbose(issue.ToString());
        }
        WriteObject(result);
    }
}
