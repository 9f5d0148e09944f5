namespace N2fSync.Sync.Ports;

/// <summary>A key whose last write failed: planned first next run; a refused payload is not resent unchanged.</summary>
public sealed record FailedKey(string Scope, string Company, string Key, string Action, string? PayloadHash, int? StatusCode,
    string? Message, bool Rejected, int Attempts, DateTimeOffset LastFailedAt, string LastRunId);
