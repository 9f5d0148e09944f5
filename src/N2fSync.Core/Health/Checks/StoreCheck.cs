using System.Globalization;
using N2fSync.Store;
using N2fSync.Store.History;

namespace N2fSync.Health.Checks;

/// <summary>The store opens (or is created) and can be written: the journal is written before every write to N2F.</summary>
internal sealed class StoreCheck : IConnectionCheck
{
    public string Name => "Store";

    public Task<CheckVerdict> RunAsync(ConnectionTestContext context, CancellationToken cancellationToken)
    {
        var path = SyncStore.DefaultPath(context.Config);
        var existed = File.Exists(path);
        try
        {
            var store = context.Session.Store;
            // A write lock taken and given back proves the file and its log beside it can be written; nothing changes.
            store.Database.Execute("BEGIN IMMEDIATE; ROLLBACK;");
            if (!existed) return Task.FromResult(CheckVerdict.Pass($"{path}: created, writable (no run yet)"));
            var last = store.History.Runs(new RunQuery { Last = 1 }).FirstOrDefault();
            var size = string.Format(CultureInfo.InvariantCulture, "{0:0.#} MB", store.Size().FileBytes / (1024.0 * 1024.0));
            return Task.FromResult(CheckVerdict.Pass(last is null
                ? $"{path}: writable, {size}, no run yet"
                : $"{path}: writable, {size}; last run {last.Id} started {last.StartedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC, {last.Outcome}"));
        }
        catch (Exception e) when (e is StoreException or IOException or UnauthorizedAccessException)
        {
            context.StoreProblem = e.Message;
            return Task.FromResult(CheckVerdict.Fail(
                $"{path}: {e.Message} Check store.path, and that the account running the sync may write in its folder."));
        }
    }
}
