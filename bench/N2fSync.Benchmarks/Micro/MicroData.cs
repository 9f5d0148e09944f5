using N2fSync.Agresso;
using N2fSync.Agresso.Normalization;
using N2fSync.Benchmarks.Data;
using N2fSync.Benchmarks.EndToEnd;
using N2fSync.Config;
using N2fSync.Emulator;
using N2fSync.N2f;
using N2fSync.Session;
using N2fSync.Sync;

namespace N2fSync.Benchmarks.Micro;

/// <summary>
/// Inputs of the hot-path benchmarks, built once per process and size: generated rows, the source users normalized,
/// and the N2F side exactly as the reader makes it from the emulator's answers (roles in Dutch, as N2F answers).
/// </summary>
internal static class MicroData
{
    private static readonly Dictionary<int, DataSet> Sets = [];
    private static readonly Dictionary<int, N2fSide> Sides = [];

    public static DataSet Set(int users)
    {
        lock (Sets)
        {
            if (!Sets.TryGetValue(users, out var set)) Sets[users] = set = DataSet.Generate(new DataSetSpec(users, 10_000));
            return set;
        }
    }

    public static List<SourceRow> UserSourceRows(int users) =>
        Set(users).UserRows.Select((row, i) => new SourceRow(i + 1, Columns(UserRows.Columns, row))).ToList();

    public static List<SourceRow> AxisSourceRows(int values) =>
        Set(1_000).AxisRows.Take(values).Select((row, i) => new SourceRow(i + 1, Columns(AxisRows.Columns, row))).ToList();

    public static List<AgressoUser> SourceUsers(int users)
    {
        var normalizer = new UserNormalizer(new UsersOptions());
        return UserSourceRows(users).Select(normalizer.Normalize).ToList();
    }

    public static N2fSide Side(int users)
    {
        lock (Sides)
        {
            if (!Sides.TryGetValue(users, out var side)) Sides[users] = side = ReadAsync(Set(users)).GetAwaiter().GetResult();
            return side;
        }
    }

    private static async Task<N2fSide> ReadAsync(DataSet set)
    {
        await using var n2f = await N2fEmulator.StartAsync(new EmulatorOptions { DateStyle = DateStyle.ParisOffset });
        set.Seed(n2f.State);
        var folder = Directory.CreateTempSubdirectory("n2fsync-micro-").FullName;
        var config = BenchConfig.For(n2f.BaseUrl, Path.Combine(folder, "unused.db"), Path.Combine(folder, "store.db"), 1_000_000, 1_000_000);
        using var session = new SyncSession(config);
        var directory = await session.DirectoryAsync(default);
        var users = new List<N2fUser>();
        await session.Reader.ReadUsersAsync(directory, users.Add, default);
        var page = await session.Client.GetAsync("users?start=0&limit=200", default);
        return new N2fSide(config, directory, users, page);
    }

    private static Dictionary<string, string?> Columns(string[] names, string?[] row)
    {
        var values = new Dictionary<string, string?>(names.Length, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Length; i++) values[names[i]] = row[i];
        return values;
    }
}

/// <summary>N2F as read once: the config used, the directory, every user, and one raw page of 200 users.</summary>
internal sealed record N2fSide(N2fSyncConfig Config, N2fDirectory Directory, List<N2fUser> Users, string UsersPageJson);
