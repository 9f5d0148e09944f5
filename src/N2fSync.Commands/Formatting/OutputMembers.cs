using System.Management.Automation;
using N2fSync.Agresso;
using N2fSync.Config;
using N2fSync.Health;
using N2fSync.Notify;
using N2fSync.Store;
using N2fSync.Sync.Apply;
using N2fSync.Sync;

namespace N2fSync.Commands.Formatting;

/// <summary>
/// Getters of the code properties module/N2fSync.Members.ps1xml adds to the output types: an action, an outcome, a
/// status, a severity or a kind by its name. The enums themselves are internal to the objects, so ConvertTo-Json (PowerShell 7 and 5.1, which
/// write a .NET enum as a number unless told -EnumsAsStrings) writes the name too, and so do Export-Csv,
/// Export-Clixml and Out-GridView; `Where-Object Outcome -eq Failed` compares names as before.
/// </summary>
public static class OutputMembers
{
    public static string? Action(PSObject instance) => instance.BaseObject switch
    {
        N2fChange change => change.Action.ToString(),
        SyncResult result => result.Action.ToString(),
        SyncChangeRecord record => record.Action.ToString(),
        _ => null,
    };

    public static string? Outcome(PSObject instance) => instance.BaseObject switch
    {
        SyncResult result => result.Outcome.ToString(),
        SyncChangeRecord record => record.Outcome.ToString(),
        SyncRunRecord run => run.Outcome.ToString(),
        SyncSummary summary => summary.Outcome.ToString(),
        _ => null,
    };

    public static string? Status(PSObject instance) => instance.BaseObject switch
    {
        ConnectionCheck check => check.Status.ToString(),
        NotificationResult notification => notification.Status.ToString(),
        ScopeResult scope => scope.Status.ToString(),
        _ => null,
    };

    public static string? Channel(PSObject instance) =>
        instance.BaseObject is NotificationResult notification ? notification.Channel.ToString() : null;

    public static string? Severity(PSObject instance) =>
        instance.BaseObject is ConfigIssue issue ? issue.Severity.ToString() : null;

    public static string? Kind(PSObject instance) =>
        instance.BaseObject is DataIssue issue ? issue.Kind.ToString() : null;
}
