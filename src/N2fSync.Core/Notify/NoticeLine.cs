using System.Globalization;
using N2fSync.Sync;
using N2fSync.Sync.Apply;

namespace N2fSync.Notify;

/// <summary>One row a notification names: a failed write or a held delete, as the journal kept it.</summary>
internal sealed record NoticeLine(string Scope, string Company, string Key, ChangeAction Action, SyncOutcome Outcome,
    int? StatusCode, string? Message)
{
    /// <summary>"users BE01 marc.dupont@example.be: Create Failed (400): culture 'fr_BE' is not ..."</summary>
    public override string ToString()
    {
        var status = StatusCode is { } code ? string.Format(CultureInfo.InvariantCulture, " ({0})", code) : "";
        var why = string.IsNullOrWhiteSpace(Message) ? "" : ": " + Message!.Trim();
        return $"{Scope} {Company} {Key}: {Action} {Outcome}{status}{why}";
    }
}
