using N2fSync.Config;
using N2fSync.Diagnostics;
using N2fSync.N2f.Cache;
using N2fSync.N2f.Http;
using N2fSync.N2f;
using N2fSync.Scopes;
using N2fSync.Sync.Ports;

namespace N2fSync.Sync.Run;

/// <summary>What a run is built on: the configuration, the N2F target and client, what it reads, where it records.</summary>
public sealed record RunContext(N2fSyncConfig Config, N2fTarget Target, N2fClient Client, IScopeSource Source,
    ScopeCatalog Scopes, RunStorage Storage, ISyncLog Log, TimeProvider Time)
{
    /// <summary>The structured log (logging.json), when configured.</summary>
    public JsonLinesLog? JsonLog { get; init; }

    /// <summary>The read cache, for the run's metrics (null when off or unused).</summary>
    public Func<CachedN2fListSource?> Cache { get; init; } = () => null;

    /// <summary>Who is told how the run ended (notify:), when configured.</summary>
    public IRunNotifier? Notifier { get; init; }
}

/// <summary>How a run was asked to behave.</summary>
public sealed record RunRequest
{
    /// <summary>Send nothing; say what would be sent.</summary>
    public bool WhatIf { get; init; }

    /// <summary>The actions that may be sent; deletes only when named (-Delete, or -Action Delete).</summary>
    public IReadOnlyCollection<ChangeAction> Actions { get; init; } = [ChangeAction.Create, ChangeAction.Update];

    /// <summary>Send the deletes the delete guard holds.</summary>
    public bool AllowMassDelete { get; init; }

    /// <summary>Stop sending before this much time has passed since the run started (the scheduler's window).</summary>
    public TimeSpan? MaxDuration { get; init; }

    public string? ConfigPath { get; init; }
    public string? UserName { get; init; }
    public string? Host { get; init; }
    public int ProcessId { get; init; }
}

/// <summary>A change handed to the run from outside (the pipeline), with where it came from.</summary>
public sealed record SuppliedChange(N2fChange Change, Gate.ChangeOrigin Origin);
