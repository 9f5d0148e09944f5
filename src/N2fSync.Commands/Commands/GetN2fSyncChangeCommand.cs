using System.Management.Automation;
using N2fSync.Commands.Completers;
using N2fSync.Commands.Hosting;
using N2fSync.Store;
using N2fSync.Store.History;
using N2fSync.Sync;
using N2fSync.Sync.Apply;

namespace N2fSync.Commands.Commands;

/// <summary>
/// <para type="synopsis">Lists per-row outcomes of runs from the store's journal, with the fields that changed (field, N2F value, Agresso value).</para>
/// <para type="description">Takes runs from Get-N2fSyncRun (or any object with a RunId) from the pipeline; with none,
/// searches every run kept. Rows are listed in the order they happened. Rows not sent (skipped, held, rejected
/// source rows, a dependency that failed) are listed too, with why.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "N2fSyncChange")]
[OutputType(typeof(SyncChangeRecord))]
public sealed class GetN2fSyncChangeCommand : N2fCmdlet
{
    private SyncStore? _store;
    private bool _searched;

    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(RunIdCompleter))]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    public string[]? RunId { get; set; }

    /// <summary>The key (e-mail or code); wildcards allowed, case-insensitive.</summary>
    [Parameter]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(KeyCompleter))]
    public string? Key { get; set; }

    [Parameter]
    [ArgumentCompleter(typeof(ScopeCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? Scope { get; set; }

    [Parameter]
    public SyncOutcome[]? Outcome { get; set; }

    [Parameter]
    public ChangeAction[]? Action { get; set; }

    /// <summary>At or after this time (UTC; a local time is converted).</summary>
    [Parameter]
    public DateTime? After { get; set; }

    /// <summary>Before this time (UTC; a local time is converted).</summary>
    [Parameter]
    public DateTime? Before { get; set; }

    protected override void BeginProcessing()
    {
        _store = OpenStore(LoadConfig(readsSource: false), out var path);
        if (_store is null) WriteVerbose($"No store at {path} yet: no run has been recorded.");
        else Own(_store);
    }

    protected override void ProcessRecord()
    {
        if (RunId is not { Length: > 0 }) return;
        _searched = true;
        Search(RunId);
    }

    protected override void EndProcessing()
    {
        if (!_searched) Search(null);
        base.EndProcessing();
    }

    private void Search(IReadOnlyCollection<string>? runIds)
    {
        if (_store is null) return;
        var query = new ChangeQuery
        {
            RunIds = runIds, Key = Key, Scopes = Scope, Outcomes = Outcome, Actions = Action,
            After = StoreAccess.Utc(After), Before = StoreAccess.Utc(Before),
        };
        _store.History.Changes(query, WriteObject);
    }
}
