using System.Management.Automation;
using N2fSync.Commands.Completers;
using N2fSync.Commands.Errors;
using N2fSync.Commands.Hosting;
using N2fSync.N2f;

namespace N2fSync.Commands.Commands;

/// <summary>
/// <para type="synopsis">Reads the N2F objects of a scope (every page), typed.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "N2fEntity")]
[OutputType(typeof(N2fUser), typeof(N2fAxisValue))]
public sealed class GetN2fEntityCommand : N2fCmdlet
{
    [Parameter(Mandatory = true, Position = 0)]
    [ArgumentCompleter(typeof(ScopeCompleter))]
    [ValidateNotNullOrEmpty]
    public string[] Scope { get; set; } = [];

    [Parameter]
    [Credential]
    public PSCredential? Credential { get; set; }

    /// <summary>Read from N2F instead of the cache (what is read refreshes the cache).</summary>
    [Parameter]
    public SwitchParameter NoCache { get; set; }

    protected override void EndProcessing()
    {
        var config = LoadConfig();
        ApplyCredentials(config, Credential, null);
        var session = CreateSession(config);
        session.CacheMode = NoCache ? Sync.CacheMode.Fresh : Sync.CacheMode.Query;
        RequireN2f(session);
        foreach (var scope in ResolveScopes(session, Scope))
        {
            try
            {
                Stream<object>((add, ct) => session.ReadN2fAsync(scope, add, ct), WriteObject);
            }
            catch (N2fApiException e)
            {
                WriteError(ErrorRecordFactory.N2fApi(e, scope.Name));
            }
        }
        base.EndProcessing();
    }
}
