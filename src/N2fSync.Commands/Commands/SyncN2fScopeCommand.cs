using System.Management.Automation;
using N2fSync.Agresso;
using N2fSync.Commands.Completers;
using N2fSync.Commands.Errors;
using N2fSync.Commands.Hosting;
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
    private ChangeApplier? _applier;
    private SyncSummary? _summary;
    private readonly SortedSet<string> _scopesSeen = new(StringComparer.OrdinalIgnoreCase);

    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = PipelineSet)]
    public N2fChange? InputObject { get; set; }

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ScopeSet)]
    [ArgumentCompleter(typeof(ScopeCompleter))]
    [ValidateNotNullOrEmpty]
    public string[] Scope { get; set; } = [];

    /// <summary>Send creates (default). -Create:$false narrows a run.</summary>
    [Parameter]
    public SwitchParameter Create { get; set; } = true;

    /// <summary>Send updates (default). -Update:$false narrows a run.</summary>
    [Parameter]
    public SwitchParameter Update { get; set; } = true;

    /// <summary>Send deletes; off unless given.</summary>
    [Parameter]
    public SwitchParameter Delete { get; set; }

    /// <summary>No confirmation prompts. Never overrides -WhatIf.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

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
        RequireN2f(_session);
        _applier = _session.CreateApplier();
        _summary = new SyncSummary
        {
            RunId = Guid.NewGuid().ToString("N").Substring(0, 12),
            StartedAt = _session.Time.GetUtcNow(),
            WhatIf = IsWhatIf,
        };
    }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == PipelineSet && InputObject is not null) Apply(InputObject);
    }

    protected override void EndProcessing()
    {
        using var session = _session!;
        if (ParameterSetName == ScopeSet)
            foreach (var scope in ResolveScopes(session, Scope))
                SyncScope(session, scope);
        _summary!.Scopes = _scopesSeen.Count > 0 ? _scopesSeen.ToArray() : ["no changes"];
        _summary.Complete(session.Time.GetUtcNow());
        WriteInformation(new InformationRecord(_summary, "Sync-N2fScope") { Tags = { "N2fSync", "Summary", "PSHOST" } });
        base.EndProcessing();
    }

    private void SyncScope(SyncSession session, Scopes.ScopeDefinition scope)
    {
        _scopesSeen.Add(scope.Name);
        var source = new List<AgressoEntity>();
        try
        {
            foreach (var entity in session.ReadSource(scope, Cancellation))
            {
                source.Add(entity);
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
            return;
        }
        // An empty users source is an error (domain 4.1); an axis scope may have no rows (the planner warns, deletes nothing).
        if (source.Count == 0 && scope.Kind == Scopes.ScopeKind.Users) WriteError(ErrorRecordFactory.EmptySource(scope.Name));
        var plan = Plan(session, scope, source, new PlanOptions());
        if (plan is null) return;
        foreach (var change in plan.Changes) Apply(change);
    }

    private void Apply(N2fChange change)
    {
        _scopesSeen.Add(change.Scope);
        var excludedBy = change.Action switch
        {
            ChangeAction.Create when !Create => "-Create:$false",
            ChangeAction.Update when !Update => "-Update:$false",
            ChangeAction.Delete when !Delete => "no -Delete",
            _ => null,
        };
        if (excludedBy is not null)
        {
            _applier!.MarkNotSent(change);
            Emit(Skipped(change, $"{change.Action} not sent ({excludedBy})."));
            return;
        }
        if (change.Action is ChangeAction.Create or ChangeAction.Update or ChangeAction.Delete && !Approve(change))
        {
            if (IsWhatIf) _summary!.AddWhatIf();
            else
            {
                _applier!.MarkNotSent(change);
                Emit(Skipped(change, "declined at the confirmation prompt."));
            }
            return;
        }
        var result = Run(ct => _applier!.ApplyAsync(change, ct));
        Emit(result);
        if (result.IsFailure) WriteError(ErrorRecordFactory.WriteFailed(result, change));
    }

    /// <summary>-WhatIf always wins; -Force only silences the prompt (decisions 12–13).</summary>
    private bool Approve(N2fChange change)
    {
        var action = change.Action == ChangeAction.Update ? $"Update ({change.ChangedFields})" : change.Action.ToString();
        if (Force && !IsWhatIf) return true;
        return ShouldProcess(change.Target, action);
    }

    private void Emit(SyncResult result)
    {
        _summary!.Add(result);
        WriteObject(result);
    }

    private SyncResult Skipped(N2fChange change, string message) => new()
    {
        Scope = change.Scope,
        Action = change.Action,
        Key = change.Key,
        Company = change.Company,
        Outcome = SyncOutcome.Skipped,
        Message = message,
        ChangedFields = change.ChangedFields,
        Timestamp = _session!.Time.GetUtcNow(),
    };
}
