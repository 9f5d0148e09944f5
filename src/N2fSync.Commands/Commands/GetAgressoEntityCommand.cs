using System.Management.Automation;
using N2fSync.Agresso;
using N2fSync.Commands.Completers;
using N2fSync.Commands.Errors;
using N2fSync.Commands.Hosting;

namespace N2fSync.Commands.Commands;

/// <summary>
/// <para type="synopsis">Reads Agresso entities (users, axis values) from the configured source, normalized.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "AgressoEntity")]
[OutputType(typeof(AgressoUser), typeof(AgressoAxisValue))]
public sealed class GetAgressoEntityCommand : N2fCmdlet
{
    [Parameter(Mandatory = true, Position = 0)]
    [ArgumentCompleter(typeof(ScopeCompleter))]
    [ValidateNotNullOrEmpty]
    public string[] Scope { get; set; } = [];

    [Parameter]
    [Credential]
    public PSCredential? SourceCredential { get; set; }

    protected override void EndProcessing()
    {
        var config = LoadConfig();
        ApplyCredentials(config, null, SourceCredential);
        var session = CreateSession(config);
        foreach (var scope in ResolveScopes(session, Scope))
        {
            var rows = 0;
            try
            {
                foreach (var entity in session.ReadSource(scope, Cancellation))
                {
                    rows++;
                    WriteObject(entity);
                    foreach (var issue in entity.Issues)
                    {
                        if (issue.IsBlocking) WriteError(ErrorRecordFactory.DataIssue(issue, entity));
                        else WriteWarning(issue.ToString());
                    }
                }
            }
            catch (AgressoSourceException e)
            {
                WriteError(ErrorRecordFactory.Source(e, scope.Name));
                continue;
            }
            if (rows == 0) WriteWarning($"The {scope.Name} source returned no rows.");
            WriteVerbose($"{scope.Name}: {rows} row(s) read from the {config.Source.Provider} source.");
        }
        base.EndProcessing();
    }
}
