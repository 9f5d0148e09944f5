using System.Management.Automation;
using N2fSync.Commands.Completers;
using N2fSync.Commands.Errors;
using N2fSync.Commands.Hosting;
using N2fSync.Store;
using N2fSync.Sync.Apply;
using N2fSync.Sync.Ports;
using N2fSync.Sync.Run;
using N2fSync.Sync;

namespace N2fSync.Commands.Commands;

/// <summary>
/// <para type="synopsis">Applies changes to N2F: computed for whole scopes, or from the pipeline (Compare-N2fPayload output, a saved plan).</para>
/// </summary>
[Cmdlet(VerbsData.Sync, "N2fScope", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium,
    DefaultParameterSetName = ScopeSet)]
[OutputType(typeof(SyncResult))]
public sealed class SyncN2fScopeCommand : N2fCmdlet
{
    private const string PipelineSet = "Pipeline";
    private const string ScopeSet = "Scope";
    private readonly List<SuppliedChange> _supplied = [];
    private Session.SyncSession? _session;
    private SyncRun? _run;

    /// <summary>Changes from Compare-N2fPayload, or a saved plan read back with Import-Clixml.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = PipelineSet)]
    public PSObject? InputObject { get; set; }

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ScopeSet)]
    [ArgumentCompleter(typeof(ScopeCompleter))]
    [ValidateNotNullOrEmpty]
    public string[] Scope { get; set; } = [];

    /// <summary>
    /// Which actions may be sent (default Create, Update); -Delete adds Delete to them. Text, not the enum, so a wrong
    /// name is answered with the three that are accepted, not with every name the enum has.
    /// </summary>
    [Parameter]
    [ValidateSet(nameof(ChangeAction.Create), nameof(ChangeAction.Update), nameof(ChangeAction.Delete), IgnoreCase = true)]
    public string[] Action { get; set; } = [nameof(ChangeAction.Create), nameof(ChangeAction.Update)];

    [Parameter]
    public SwitchParameter Delete { get; set; }

    /// <summary>Send deletes the delete guard holds. -Force does not do this.</summary>
    [Parameter]
    public SwitchParameter AllowMassDelete { get; set; }

    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Stop sending before this much time has passed (also run.maxDuration in the config).</summary>
    [Parameter]
    public TimeSpan? MaxDuration { get; set; }

    /// <summary>Read every N2F list fresh, reference data included (what is read refreshes the cache).</summary>
    [Parameter]
    public SwitchParameter NoCache { get; set; }

    [Parameter]
    [Credential]
    public PSCredential? Credential { get; set; }

    [Parameter]
    [Credential]
    public PSCredential? SourceCredential { get; set; }

    protected override void BeginProcessing()
    {
        var config = LoadConfig();
        ApplyCredentials(config, Credential, SourceCredential);
        _session = CreateSession(config);
        _session.CacheMode = NoCache ? CacheMode.Fresh : CacheMode.Sync;
        RequireN2f(_session);
        var actions = new HashSet<ChangeAction>(Action.Select(a => (ChangeAction)Enum.Parse(typeof(ChangeAction), a, ignoreCase: true)));
        if (Delete) actions.Add(ChangeAction.Delete);
        var options = new RunRequest
        {
            WhatIf = IsWhatIf, Actions = actions, AllowMassDelete = AllowMassDelete, MaxDuration = MaxDuration,
            UserName = Environment.UserName, Host = Environment.MachineName, ProcessId = System.Diagnostics.Process.GetCurrentProcess().Id,
        };
        var host = new SyncRunHost(this, Dispatcher, new ProgressWriter(this, ProgressIsVisible()), Force);
        try
        {
            _run = Own(_session.StartRun(options, host));
        }
        catch (RunInProgressException e)
        {
            ThrowTerminatingError(ErrorRecordFactory.RunInProgress(e));
        }
        catch (StoreException e)
        {
            ThrowTerminatingError(ErrorRecordFactory.Store(e));
        }
        if (_run!.TookOverFrom is { } stale) WriteWarning($"Took over the lock left by an interrupted run ({stale}).");
        if (_run.Settled.Count > 0)
            WriteWarning($"{_run.Settled.Count} write(s) of an interrupted run had no known outcome; this run re-reads N2F, "
                         + "so those that landed are not sent again and the others are.");
    }

    protected override void ProcessRecord()
    {
        if (ParameterSetName != PipelineSet || InputObject is null) return;
        if (ChangeBinder.From(InputObject) is { } supplied) _supplied.Add(supplied);
        else WriteError(ErrorRecordFactory.NotAChange(InputObject));
    }

    protected override void EndProcessing()
    {
        var run = _run!;
        try
        {
            if (ParameterSetName == ScopeSet)
            {
                var scopes = ResolveScopes(_session!, Scope);
                Run(async ct => { await run.RunScopesAsync(scopes, ct).ConfigureAwait(false); return true; });
            }
            else Run(async ct => { await run.ApplySuppliedAsync(_supplied, ct).ConfigureAwait(false); return true; });
        }
        catch (StoreException e)
        {
            run.Stop($"the store failed: {e.Cause}");
            WriteError(ErrorRecordFactory.Store(e));
        }
        run.Complete();
        WriteInformation(new InformationRecord(run.Summary, "Sync-N2fScope") { Tags = { "N2fSync", "Summary", "PSHOST" } });
        Run(run.NotifyAsync);
        base.EndProcessing();
    }

    /// <summary>Ctrl+C or a stopped job: the call in flight was cancelled; the run is recorded as stopped.</summary>
    private protected override void OnDisposing()
    {
        if (_run is null || _run.Summary.EndedAt is not null) return;
        _run.Stop("cancelled (Ctrl+C or the job was stopped)");
        _run.Complete();
    }

    /// <summary>Azure Automation and PowerShell jobs define $PSPrivateMetadata; nobody watches a bar there.</summary>
    private bool ProgressIsVisible() => SessionState.PSVariable.Get("PSPrivateMetadata") is null;
}
