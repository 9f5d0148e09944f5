namespace N2fSync.Store;

/// <summary>A key that failed in several of the runs looked at: how many, when last, and N2F's last word on it.</summary>
public sealed record RecurringFailure(string Scope, string Key, int Runs, DateTimeOffset LastFailedAt, string? LastMessage);
