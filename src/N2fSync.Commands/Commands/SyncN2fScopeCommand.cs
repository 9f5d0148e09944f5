using System.Management.Automation;
using N2fSync.Agresso;
using N2fSync.Commands.Completers;
using N2fSync.Commands.Errors;
using N2fSync.Commands.Hosting;
using N2fSync.Store;
using N2fSync.Sync;
using N2fSync.Sync.Apply;

namespace N2fSync.Commands.Commands;

/// <summary>
/// <para type="synopsis">Applies changes to N2F: from the pipeline (Compare-N2fPayload output), or computed for whole scopes.</para>
/// </summary>
[Cmdlet(VerbsData.Sync, "N2fScope", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High,
    DefaultParameterSetName = PipelineSet)]
[OutputType(typeof(SyncResult))]
public sealed class SyncN2fScopeCommand : N2fCmdlet
{
    private const string PipelineSet = "Pipeline";
    private const string ScopeSet = "Scope";
    private SyncSession? _session;
    private SyncRun? _run;
    private RunProgress? _progress;
    private readonly SortedSet<string> _scopesSeen = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _breachesReported = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Changes from Compare-N2fPayload, or a saved plan read back with Import-Clixml.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = PipelineSet)]
    public PSObject? InputObject { get; set; }

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ScopeSet)]
    [ArgumentCompleter(typeof(ScopeCompleter))]
    [ValidateNotNullOrEmpty]
    public string[] Scope { get; set; } = [];

    [Parameter]
    public SwitchParameter Create { get; set; } = true;

    [Parameter]
    public SwitchParameter Update { get; set; } = true;

    [Parameter]
    public SwitchParameter Delete { get; set; }

    /// <summary>Send deletes the delete guard holds (decisions 12). -Force does not do this.</summary>
    [Parameter]
    public SwitchParameter AllowMassDelete { get; set; }

    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Read every N2F list fresh, reference data included (what is read refreshes the cache).</summary>
    [Parameter]
    public SwitchParameter NoCache { get; set; }

    [Parameter]
    [Credential]
    public PSCredential? Credential { get; set; }

    [Parameter(ParameterSetName = ScopeSet)]
    [Credential]
    public PSCredential? SourceCredential { get; set; }

    protected override void BeginProcessing()
    {
        var config = LoadConfig();
        ApplyCredentials(config, Credential, SourceCredential);
        _session = CreateSession(config);
        _session.CacheMode = NoCache ? CacheMode.Fresh : CacheMode.Sync;
        RequireN2f(_session);
        try
        {
            _run = Own(SyncRun.Start(_session, IsWhatIf, Environment.UserName, Environment.MachineName,
                System.Diagnostics.Process.GetCurrentProcess().Id));
        }
        catch (RunInProgressException e)
        {
            ThrowTerminatingError(ErrorRecordFactory.RunInProgress(e));
        }
        _progress = new RunProgress(this, _session.Eta, ProgressIsVisible());
        if (_run!.TookOverFrom is { } stale) WriteWarning($"Took over the lock left by an interrupted run ({stale}).");
        if (_run.Settled.Count > 0)
            WriteWarning($"{_run.Settled.Count} write(s) of an interrupted run had no known outcome; this run re-reads N2F, "
                         + "so those that landed are not sent again and the others are.");
    }

    protected override void ProcessRecord()
    {
        if (ParameterSetName != PipelineSet || InputObject is null) return;
        var change = ChangeBinder.From(InputObject);
        if (change is null)
            WriteError(ErrorRecordFactory.NotAChange(InputObject));
        else
            Apply(change);
    }

    protected override void EndProcessing()
    {
        var session = _session!;
        var run = _run!;
        if (ParameterSetName == ScopeSet)
            foreach (var scope in ResolveScopes(session, Scope))
            {
                if (run.Summary.StoppedBecause is not null) break;
                SyncScope(session, scope);
            }
        run.Summary.Scopes = _scopesSeen.Count > 0 ? _scopesSeen.ToArray() : ["no changes"];
        run.Complete();
        WriteInformation(new InformationRecord(run.Summary, "Sync-N2fScope") { Tags = { "N2fSync", "Summary", "PSHOST" } });
        base.EndProcessing();
    }

    /// <summary>Ctrl+C or a stopped job: the call in flight was cancelled; record the run as stopped.</summary>
    private protected override void OnDisposing()
    {
        if (_run is null || _run.Summary.EndedAt is not null) return;
        _run.Summary.StoppedBecause = "cancelled (Ctrl+C or the job was stopped)";
        _run.Complete();
    }

    private void SyncScope(SyncSession session, Scopes.ScopeDefinition scope)
    {
        using var timed = _run!.TimeScope(scope.Name);
        _scopesSeen.Add(scope.Name);
        var source = new List<AgressoEntity>();
        try
        {
            foreach (var entity in session.ReadSource(scope, Cancellation))
            {
                source.Add(entity);
                ReportIssues(entity);
            }
        }
        catch (AgressoSourceException e)
        {
            WriteError(ErrorRecordFactory.Source(e, scope.Name));
            return;
        }
        // An empty users source is an error (domain 4.1); an axis scope may have no rows (the planner warns, deletes nothing).
        if (source.Count == 0 && scope.Kind == Scopes.ScopeKind.Users) WriteError(ErrorRecordFactory.EmptySource(scope.Name));
        var plan = Plan(session, scope, source, new PlanOptions());
        if (plan is null) return;
        // After planning, the rows carry the issues only N2F reveals too: kept with the run, with the scope's completeness.
        _run.RecordSource(scope.Name, source);
        if (!IsWhatIf)
            session.Store.ForgetFailuresExcept(scope.Name, new HashSet<(string, string)>(
                plan.Changes.Where(c => c.Action is not ChangeAction.None).Select(c => (c.Company, c.Key))));
        _progress!.Start(scope.Name, plan.Changes.Count(c => c.Action is ChangeAction.Create or ChangeAction.Update or ChangeAction.Delete));
        try
        {
            foreach (var change in plan.Changes)
            {
                if (_run!.Summary.StoppedBecause is not null) break;
                Apply(change);
                if (change.Action is ChangeAction.Create or ChangeAction.Update or ChangeAction.Delete) _progress.Step();
            }
        }
        finally
        {
            _progress.Complete();
        }
    }

    /// <summary>Azure Automation and PowerShell jobs define $PSPrivateMetadata; nobody watches a bar there.</summary>
    private bool ProgressIsVisible() => SessionState.PSVariable.Get("PSPrivateMetadata") is null;

    private void Apply(N2fChange change)
    {
        var run = _run!;
        _scopesSeen.Add(change.Scope);
        if (run.Summary.StoppedBecause is not null)
        {
            Emit(Skipped(change, $"not sent: the run stopped ({run.Summary.StoppedBecause})"), change);
            return;
        }
        var excludedBy = change.Action switch
        {
            ChangeAction.Create when !Create => "-Create:$false",
            ChangeAction.Update when !Update => "-Update:$false",
            ChangeAction.Delete when !Delete => "no -Delete",
            _ => null,
        };
        if (excludedBy is not null)
        {
            run.Applier.MarkNotSent(change);
            Emit(Skipped(change, $"{change.Action} not sent ({excludedBy})."), change);
            return;
        }
        if (change.Held && !AllowMassDelete)
        {
            Emit(Skipped(change, change.Reason ?? "held by the delete guard", SyncOutcome.Held), change);
            if (_breachesReported.Add(change.Scope + "|" + change.Company)) WriteError(ErrorRecordFactory.DeleteGuard(change));
            return;
        }
        if (change.Action is ChangeAction.Create or ChangeAction.Update or ChangeAction.Delete && !Approve(change))
        {
            if (IsWhatIf) run.Summary.AddWhatIf();
            else
            {
                run.Applier.MarkNotSent(change);
                Emit(Skipped(change, "declined at the confirmation prompt."), change);
            }
            return;
        }
        var result = Run(ct => run.Applier.ApplyAsync(change, ct));
        Emit(result, change);
        if (result.IsFailure) WriteError(ErrorRecordFactory.WriteFailed(result, change));
        if (run.Applier.Ceiling?.Breached() is { } reason)
        {
            run.Summary.StoppedBecause = reason;
            WriteError(ErrorRecordFactory.FailureCeiling(reason));
        }
    }

    /// <summary>-WhatIf always wins; -Force only silences the prompt (decisions 12–13).</summary>
    private bool Approve(N2fChange change)
    {
        var action = change.Action == ChangeAction.Update ? $"Update ({change.ChangedFields})" : change.Action.ToString();
        if (Force && !IsWhatIf) return true;
        return ShouldProcess(change.Target, action);
    }

    private void ReportIssues(AgressoEntity entity)
    {
        foreach (var issue in entity.Issues)
        {
            if (issue.IsBlocking) WriteError(ErrorRecordFactory.DataIssue(issue, entity));
            else WriteWarning(issue.ToString());
        }
    }

    /// <summary>Every outcome passes here: the run records it (summary, journal, issues, metrics, JSON log), then it is written.</summary>
    private void Emit(SyncResult result, N2fChange change)
    {
        _run!.Record(result, change);
        WriteObject(result);
    }

    private SyncResult Skipped(N2fChange change, string message, SyncOutcome outcome = SyncOutcome.Skipped) => new()
    {
        RunId = _run!.RunId,
        Scope = change.Scope,
        Action = change.Action,
        Key = change.Key,
        Company = change.Company,
        Outcome = outcome,
        Message = message,
        ChangedFields = change.ChangedFields,
        Timestamp = _session!.Time.GetUtcNow(),
    };
}
