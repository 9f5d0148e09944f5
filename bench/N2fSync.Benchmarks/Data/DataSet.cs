using N2fSync.Agresso.Normalization;
using N2fSync.Agresso;
using N2fSync.Config;
using N2fSync.Emulator;

namespace N2fSync.Benchmarks.Data;

/// <summary>
/// One generated data set: the Agresso rows of both views and the N2F side (in step, then drifted as the spec says),
/// with the writes each scope needs. Seeds an in-process emulator, or writes a SQLite file and an emulator state file.
/// </summary>
internal sealed class DataSet
{
    private DataSet(DataSetSpec spec) => Spec = spec;

    public DataSetSpec Spec { get; }
    public List<string?[]> UserRows { get; private set; } = [];
    public List<string?[]> AxisRows { get; private set; } = [];
    public List<EmulatedUser> N2fUsers { get; } = [];
    public List<EmulatedAxisValue> N2fAxisValues { get; } = [];
    public Dictionary<string, NeededWrites> Needed { get; } = new(StringComparer.Ordinal);

    public static DataSet Generate(DataSetSpec spec)
    {
        var set = new DataSet(spec);
        var random = new Random(spec.Seed);
        set.UserRows = Data.UserRows.Generate(spec.Users, random);
        set.AxisRows = Data.AxisRows.Generate(spec.AxisValues, random);
        set.BuildUsers(random);
        set.BuildAxisValues(random);
        return set;
    }

    private void BuildUsers(Random random)
    {
        var normalizer = new UserNormalizer(new UsersOptions());
        var users = UserRows.Select((row, i) => normalizer.Normalize(new SourceRow(i + 1, AsRow(Data.UserRows.Columns, row)))).ToList();
        var heads = users.GroupBy(u => u.Company).ToDictionary(g => g.Key, g => g.First().Mail);
        var (missing, changed) = Pick(users.Count, random);
        for (var i = 0; i < users.Count; i++)
        {
            if (missing.Contains(i)) continue;
            var user = UserDrift.InStep(users[i]);
            N2fUsers.Add(changed.TryGetValue(i, out var kind) ? UserDrift.Changed(user, kind, heads[users[i].Company]) : user);
        }
        var extra = Spec.Count(Spec.ExtraPercent, users.Count);
        for (var j = 0; j < extra; j++) N2fUsers.Insert(random.Next(N2fUsers.Count + 1), UserDrift.Extra(j, BenchCompany.Pick(random)));
        Needed["users"] = new NeededWrites(missing.Count, changed.Count, extra);
    }

    private void BuildAxisValues(Random random)
    {
        var byType = AxisDrift.Scopes.ToDictionary(s => s.Type, s => s.Scope, StringComparer.Ordinal);
        var values = AxisRows.Select((row, i) =>
        {
            var columns = AsRow(Data.AxisRows.Columns, row);
            return AxisValueNormalizer.Normalize(byType[row[0]!.ToUpperInvariant()], i + 1, c => columns.GetValueOrDefault(c), columns.ContainsKey);
        }).ToList();
        var (missing, changed) = Pick(values.Count, random);
        var counts = AxisDrift.Scopes.ToDictionary(s => s.Scope, _ => new int[3], StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (missing.Contains(i)) { counts[value.Scope][0]++; continue; }
            var n2f = AxisDrift.InStep(value, BenchCompany.All.First(c => c.Code == value.Company), withEnglish: random.Next(3) == 0);
            if (changed.TryGetValue(i, out var kind)) { n2f = AxisDrift.Changed(n2f, kind); counts[value.Scope][1]++; }
            N2fAxisValues.Add(n2f);
        }
        var extra = Spec.Count(Spec.ExtraPercent, values.Count);
        for (var j = 0; j < extra; j++)
        {
            var scope = AxisDrift.Scopes[j % AxisDrift.Scopes.Length].Scope;
            N2fAxisValues.Add(AxisDrift.Extra(j, scope, BenchCompany.Pick(random)));
            counts[scope][2]++;
        }
        foreach (var (scope, c) in counts) Needed[scope] = new NeededWrites(c[0], c[1], c[2]);
    }

    /// <summary>Distinct rows for the missing and the changed drift (with the kind of change), at random.</summary>
    private (HashSet<int> Missing, Dictionary<int, int> Changed) Pick(int count, Random random)
    {
        var order = Enumerable.Range(0, count).ToArray();
        random.Shuffle(order);
        var missing = Spec.Count(Spec.MissingPercent, count);
        var changed = Spec.Count(Spec.ChangedPercent, count);
        return (order.Take(missing).ToHashSet(),
            order.Skip(missing).Take(changed).Select((row, k) => (row, k)).ToDictionary(p => p.row, p => p.k));
    }

    /// <summary>The account's reference data (companies with their axes, roles, profiles) and the drifted N2F objects.</summary>
    public void Seed(EmulatorState state)
    {
        state.SeedReference();
        foreach (var company in BenchCompany.All.Skip(2))
        {
            state.AddCompany(company.Uuid, company.Code, company.Name);
            state.AddAxis(company.Uuid, company.PlaqueAxis, ("fr", "plaque"), ("nl", "nummerplaat"), ("en", "plate"));
            state.AddAxis(company.Uuid, company.SubpostAxis, ("fr", "subpost"), ("nl", "subpost"), ("en", "subpost"));
        }
        foreach (var user in N2fUsers) state.UpsertUser(user);
        foreach (var value in N2fAxisValues) state.UpsertAxisValue(value);
    }

    private static Dictionary<string, string?> AsRow(string[] columns, string?[] row)
    {
        var values = new Dictionary<string, string?>(columns.Length, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < columns.Length; i++) values[columns[i]] = row[i];
        return values;
    }
}
