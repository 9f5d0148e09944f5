using System.Management.Automation;
using N2fSync.Commands.Completers;
using N2fSync.Commands.Hosting;
using N2fSync.Store;
using N2fSync.Store.History;
using N2fSync.Sync.Apply;

namespace N2fSync.Commands.Commands;

/// <summary>
/// <para type="synopsis">Lists the runs of Sync-N2fScope kept in the store, newest first: when, which scopes, who, where, counts and outcome.</para>
/// <para type="description">Pipe a run into Get-N2fSyncChange for its per-row outcomes, or into Export-N2fSyncReport.
/// Runs under -WhatIf write nothing and are not listed.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "N2fSyncRun")]
[OutputType(typeof(SyncRunRecord))]
public sealed class GetN2fSyncRunCommand : N2fCmdlet
{
    /// <summary>Run ids, as Sync-N2fScope results carry them (RunId).</summary>
    [Parameter(Position = 0)]
    [ArgumentCompleter(typeof(RunIdCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    /// <summary>Only runs that covered this scope.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(ScopeCompleter))]
    [ValidateNotNullOrEmpty]
    public string? Scope { get; set; }

    [Parameter]
    public RunOutcome[]? Outcome { get; set; }

    /// <summary>Only runs against this N2F target (its base URL and client id, e.g. 'https://www.n2f.com/services/api/v2/ client-id'), wildcards allowed.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Target { get; set; }

    /// <summary>Started at or after this time (UTC; a local time is converted).</summary>
    [Parameter]
    public DateTime? After { get; set; }

    /// <summary>Started before this time (UTC; a local time is converted).</summary>
    [Parameter]
    public DateTime? Before { get; set; }

    /// <summary>Only the newest N runs (after the other filters).</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int? Last { get; set; }

    protected override void EndProcessing()
    {
        var config = LoadConfig(readsSource: false);
        using var store = OpenStore(config, out var path);
        if (store is null)
        {
            WriteVerbose($"No store at {path} yet: no run has been recorded.");
            return;
        }
        var runs = store.History.Runs(new RunQuery
        {
            Ids = Id, Scope = Scope, Outcomes = Outcome, After = StoreAccess.Utc(After), Before = StoreAccess.Utc(Before), Last = Last,
        });
        var target = Target is null ? null : new WildcardPattern(Target, WildcardOptions.IgnoreCase);
        foreach (var run in runs.Where(r => target is null || target.IsMatch(r.Target ?? ""))) WriteObject(run);
        base.EndProcessing();
    }
}
