namespace N2fSync.Sync.Ports;

/// <summary>The failed-key queue of one N2F target: keys retried first next run, refused payloads not resent unchanged.</summary>
public interface IFailedKeyQueue
{
    /// <summary>The queue of a scope (all scopes when null), oldest failure first.</summary>
    IReadOnlyList<FailedKey> All(string? scope = null);

    void RecordFailure(string runId, string scope, string company, string key, string action, string? payloadHash,
        int? status, string? message, bool rejected, DateTimeOffset at);

    void Clear(string scope, string company, string key);

    /// <summary>Drops queued keys of a scope the source no longer asks for.</summary>
    void ForgetExcept(string scope, ISet<(string Company, string Key)> stillWanted);
}
