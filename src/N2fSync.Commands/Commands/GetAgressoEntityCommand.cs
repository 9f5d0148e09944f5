using System.Management.Automation;
using N2fSync.Agresso;
using N2fSync.Commands.Completers;
using N2fSync.Commands.Errors;
using N2fSync.Commands.Hosting;
using N2fSync.Session;
using N2fSync.Sync;

namespace N2fSync.Commands.Commands;

/// <summary>
/// <para type="synopsis">Reads Agresso entities (users, axis values) from the configured source, normalized; with -Validate, only their data-quality issues.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "AgressoEntity")]
[OutputType(typeof(AgressoUser), typeof(AgressoAxisValue), typeof(DataIssue))]
public sealed class GetAgressoEntityCommand : N2fCmdlet
{
    [Parameter(Mandatory = true, Position = 0)]
    [ArgumentCompleter(typeof(ScopeCompleter))]
    [ValidateNotNullOrEmpty]
    public string[] Scope { get; set; } = [];

    [Parameter]
    [Credential]
    public PSCredential? SourceCredential { get; set; }

    /// <summary>
    /// Output only the data-quality issues (row, key, field, kind, message) for a data steward to fix in Agresso: the
    /// source checks, plus those only N2F's reference data reveals (unknown company, role, profile, axis, manager)
    /// when N2F can be read. Reads only; never writes.
    /// </summary>
    [Parameter]
    public SwitchParameter Validate { get; set; }

    /// <summary>N2F credentials for -Validate (user name = client id, password = client secret).</summary>
    [Parameter]
    [Credential]
    public PSCredential? Credential { get; set; }

    /// <summary>With -Validate: read N2F's lists fresh instead of from the cache.</summary>
    [Parameter]
    public SwitchParameter NoCache { get; set; }

    protected override void EndProcessing()
    {
        var config = LoadConfig();
        ApplyCredentials(config, Credential, SourceCredential);
        var session = CreateSession(config);
        session.CacheMode = NoCache ? CacheMode.Fresh : CacheMode.Query;
        foreach (var scope in ResolveScopes(session, Scope))
        {
            var rows = new List<AgressoEntity>();
            var count = 0;
            try
            {
                // Each row carries its read, so Compare-N2fPayload can tell the whole source from part of it.
                foreach (var entity in session.ReadSourceMarked(scope, Cancellation))
                {
                    count++;
                    // -Validate outputs issues only, once planning has added those that need N2F; otherwise rows stream.
                    if (Validate)
                    {
                        rows.Add(entity);
                        continue;
                    }
                    WriteObject(entity);
                    ReportIssues(entity);
                }
            }
            catch (AgressoSourceException e)
            {
                WriteError(ErrorRecordFactory.Source(e, scope.Name));
                continue;
            }
            if (count == 0) WriteWarning($"The {scope.Name} source returned no rows.");
            WriteVerbose($"{scope.Name}: {count} row(s) read from the {config.Source.Provider} source.");
            if (Validate) WriteIssues(session, scope, rows);
        }
        base.EndProcessing();
    }

    private void WriteIssues(SyncSession session, Scopes.ScopeDefinition scope, IReadOnlyList<AgressoEntity> rows)
    {
        var validation = Run(ct => session.ValidateAsync(scope, rows, ct));
        if (validation.N2fChecksSkippedBecause is { } why)
            WriteWarning($"{scope.Name}: only the source checks ran; those needing N2F (company, role, profile, axis, manager) did not: {why}");
        foreach (var issue in validation.Issues) WriteObject(issue);
        WriteVerbose($"{scope.Name}: {validation.Issues.Count} issue(s) in {rows.Count(r => !r.IsValid)} rejected row(s) of {rows.Count}.");
    }

    private void ReportIssues(AgressoEntity entity)
    {
        foreach (var issue in entity.Issues)
        {
            if (issue.IsBlocking) WriteError(ErrorRecordFactory.DataIssue(issue, entity));
            else WriteWarning(issue.ToString());
        }
    }
}
