using N2fSync.Store;
using N2fSync.Sync.Ports;

namespace N2fSync.Health.Checks;

/// <summary>No run holds the store's lock, or who does: a run started now would stop at once with RunInProgress.</summary>
internal sealed class RunLockCheck : IConnectionCheck
{
    public string Name => "RunLock";

    public Task<CheckVerdict> RunAsync(ConnectionTestContext context, CancellationToken cancellationToken)
    {
        if (context.StoreProblem is not null) return Task.FromResult(CheckVerdict.NotChecked("the store cannot be opened."));
        var path = SyncStore.DefaultPath(context.Config);
        try
        {
            // Taken and given back at once: the same test a run makes when it starts.
            using var taken = RunLock.Acquire(path, "connection-test", context.Session.Time.GetUtcNow());
            return Task.FromResult(CheckVerdict.Pass(taken.TookOverFrom is { } stale
                ? $"free; a lock left by a process that ended ({stale}) is taken over by the next run"
                : "free: a run can start now"));
        }
        catch (RunInProgressException e)
        {
            return Task.FromResult(CheckVerdict.Warn($"held by {e.Holder}: a run started now would stop with RunInProgress."));
        }
    }
}
