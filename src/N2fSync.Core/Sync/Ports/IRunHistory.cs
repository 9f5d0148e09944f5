using N2fSync.Agresso;
using N2fSync.Sync.Apply;

namespace N2fSync.Sync.Ports;

/// <summary>Who started a run, where, against which N2F target and from which configuration.</summary>
public sealed record RunStart(string RunId, DateTimeOffset StartedAt, bool WhatIf, string? UserName, string? Host,
    int ProcessId, string Target, string? ConfigPath);

/// <summary>The run history: a row when a run starts, its counts and outcome when it ends, its data-quality issues.</summary>
public interface IRunHistory
{
    void Start(RunStart start);

    void Complete(SyncSummary summary);

    void RecordIssues(string runId, IEnumerable<DataIssue> issues, DateTimeOffset at);
}
