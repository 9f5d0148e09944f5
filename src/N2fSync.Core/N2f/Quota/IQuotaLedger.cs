

namespace N2fSync.N2f.Quota;

/// <summary>Where calls are remembered across invocations, so two jobs in one window share one quota (decisions.md §20).</summary>
public interface IQuotaLedger
{
    void RecordCall(CallKind kind, DateTimeOffset at);
    IReadOnlyList<DateTimeOffset> CallsSince(CallKind kind, DateTimeOffset since);
}
