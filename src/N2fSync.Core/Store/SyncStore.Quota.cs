using N2fSync.N2f.Quota;

namespace N2fSync.Store;

public sealed partial class SyncStore : IQuotaLedger
{
    /// <summary>Remembers a call so the next invocation knows what this window already spent (decisions 20).</summary>
    public void RecordCall(CallKind kind, DateTimeOffset at) =>
        Execute("INSERT INTO quota_calls (kind, at) VALUES ($kind, $at)", ("$kind", kind.ToString()), ("$at", StoreTime.Format(at)));

    public IReadOnlyList<DateTimeOffset> CallsSince(CallKind kind, DateTimeOffset since)
    {
        // Older stamps can never matter again: prune while reading.
        Execute("DELETE FROM quota_calls WHERE at < $since", ("$since", StoreTime.Format(since)));
        return Query("SELECT at FROM quota_calls WHERE kind = $kind AND at >= $since ORDER BY at", r =>
        {
            var stamps = new List<DateTimeOffset>();
            while (r.Read()) stamps.Add(StoreTime.Parse(r.GetString(0)));
            return stamps;
        }, ("$kind", kind.ToString()), ("$since", StoreTime.Format(since)));
    }
}
