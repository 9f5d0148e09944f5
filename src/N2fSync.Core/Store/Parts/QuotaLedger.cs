using N2fSync.N2f.Quota;

namespace N2fSync.Store.Parts;

/// <summary>The calls of one API client in the last window, so the next invocation knows what was spent.</summary>
internal sealed class QuotaLedger(StoreDatabase database, string target) : IQuotaLedger
{
    public void RecordCall(CallKind kind, DateTimeOffset at) => database.Execute(
        "INSERT INTO quota_calls (target, kind, at) VALUES ($target, $kind, $at)",
        ("$target", target), ("$kind", kind.ToString()), ("$at", StoreTime.Format(at)));

    public IReadOnlyList<DateTimeOffset> CallsSince(CallKind kind, DateTimeOffset since)
    {
        // Older stamps can never matter again: prune while reading.
        database.Execute("DELETE FROM quota_calls WHERE at < $since", ("$since", StoreTime.Format(since)));
        return database.Query("SELECT at FROM quota_calls WHERE target = $target AND kind = $kind AND at >= $since ORDER BY at", r =>
        {
            var stamps = new List<DateTimeOffset>();
            while (r.Read()) stamps.Add(StoreTime.Parse(r.GetString(0)));
            return stamps;
        }, ("$target", target), ("$kind", kind.ToString()), ("$since", StoreTime.Format(since)));
    }
}
