using System.Management.Automation;
using N2fSync.Commands.Completers;
using N2fSync.Commands.Hosting;
using N2fSync.Config;
using N2fSync.Health;

namespace N2fSync.Commands.Commands;

/// <summary>
/// <para type="synopsis">Checks a configuration end to end before the first run: config, store and run lock, quota left, source views, N2F (reachable, a token, reference lists, axes) and the clock.</para>
/// <para type="description">One result per check (Name, Status Pass/Warn/Fail, Detail, Duration). Reads only: a handful of N2F calls.</para>
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "N2fConnection")]
[OutputType(typeof(ConnectionCheck), typeof(bool))]
public sealed class TestN2fConnectionCommand : N2fCmdlet
{
    /// <summary>Scopes whose views and axes to check; default all.</summary>
    [Parameter(Position = 0)]
    [ArgumentCompleter(typeof(ScopeCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? Scope { get; set; }

    [Parameter]
    [Credential]
    public PSCredential? Credential { get; set; }

    [Parameter]
    [Credential]
    public PSCredential? SourceCredential { get; set; }

    /// <summary>Return only $true (no check failed) or $false.</summary>
    [Parameter]
    public SwitchParameter Quiet { get; set; }

    protected override void EndProcessing()
    {
        // An invalid config is a result of the test (the Config check fails), not an error of the command.
        var validation = ConfigLoader.Validate(ResolveConfigPath());
        if (validation.Config is { } config) ApplyCredentials(config, Credential, SourceCredential);
        using var test = new ConnectionTest(validation, Scope, Log);
        var failed = false;
        Stream<ConnectionCheck>((emit, ct) => test.RunAsync(emit, ct), check =>
        {
            failed |= check.Status == CheckStatus.Fail;
            if (!Quiet) WriteObject(check);
        });
        if (Quiet) WriteObject(!failed);
        base.EndProcessing();
    }
}
