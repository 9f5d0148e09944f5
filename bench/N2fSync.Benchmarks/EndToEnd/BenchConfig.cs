using N2fSync.Config;
using N2fSync.Emulator;

namespace N2fSync.Benchmarks.EndToEnd;

/// <summary>A config pointing the real session at a generated SQLite source and an emulator, quotas scaled (decisions.md §21).</summary>
internal static class BenchConfig
{
    public static N2fSyncConfig For(Uri baseUrl, string sqlitePath, string storePath, int reads, int writes, int windowSeconds = 1)
    {
        var config = new N2fSyncConfig { Name = "bench" };
        config.Source.Provider = SourceProvider.Sqlite;
        config.Source.Path = sqlitePath;
        config.N2f.BaseUrl = baseUrl.ToString();
        config.N2f.ClientId = EmulatorState.DefaultClientId;
        config.N2f.ClientSecret = EmulatorState.DefaultClientSecret;
        config.N2f.RetryBaseDelaySeconds = 0.05;
        config.Store.Path = storePath;
        config.Quotas.WindowSeconds = windowSeconds;
        config.Quotas.Day = new QuotaWindow { Reads = reads, Writes = writes };
        config.Quotas.Night = new QuotaWindow { Reads = reads, Writes = writes };
        // The drift deletes more than the default guard lets through; the benchmark counts writes, it does not test the guard.
        config.Safety.MaxDeleteCount = int.MaxValue;
        config.Safety.MaxDeletePercent = 100;
        return config;
    }
}
