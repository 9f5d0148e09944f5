using System.Text.Json;

namespace N2fSync.Emulator;

public sealed partial class EmulatorState
{
    /// <summary>A consistent copy of everything but tokens.</summary>
    public EmulatorStateSnapshot Snapshot()
    {
        lock (_gate)
        {
            return new EmulatorStateSnapshot
            {
                Clients = [.. _clients.Select(c => new EmulatedClient(c.Key, c.Value))],
                Companies = [.. _companies.Values],
                Roles = [.. _roles.Values],
                Profiles = [.. _profiles.Values],
                Users = [.. _users.Values],
                Axes = [.. _axes.Values.SelectMany(a => a.Values)],
                AxisValues = [.. _axisValues.Values.SelectMany(v => v.Values)],
            };
        }
    }

    /// <summary>
    /// Replaces the state with <paramref name="snapshot"/>, validating references (a user's company, an axis value's
    /// company and axis); on error nothing changes. Issued tokens stay valid.
    /// </summary>
    public void Restore(EmulatorStateSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);

        // Build into a scratch state first so a bad snapshot leaves the live one untouched.
        var scratch = new EmulatorState(_now);
        scratch.Fill(snapshot);
        lock (_gate)
        {
            if (snapshot.Clients is { Count: > 0 })
            {
                _clients.Clear();
                CopyInto(scratch._clients, _clients);
            }

            CopyInto(scratch._companies, _companies);
            CopyInto(scratch._roles, _roles);
            CopyInto(scratch._profiles, _profiles);
            CopyInto(scratch._users, _users);
            _axes.Clear();
            foreach (var (company, axes) in scratch._axes)
            {
                _axes[company] = axes;
            }

            _axisValues.Clear();
            foreach (var (key, values) in scratch._axisValues)
            {
                _axisValues[key] = values;
            }
        }
    }

    /// <summary>The whole state (but tokens) as indented JSON; <see cref="LoadJson"/> reads it back.</summary>
    public string ToJson() => JsonSerializer.Serialize(Snapshot(), EmulatorJson.State);

    /// <summary>Replaces the state from JSON in the shape of <see cref="ToJson"/>.</summary>
    /// <exception cref="JsonException">The text is not such JSON.</exception>
    /// <exception cref="ArgumentException">A reference in it does not resolve.</exception>
    public void LoadJson(string json)
    {
        var snapshot = JsonSerializer.Deserialize<EmulatorStateSnapshot>(json, EmulatorJson.State)
            ?? throw new JsonException("The state JSON is null.");
        Restore(snapshot);
    }

    private static void CopyInto<T>(OrderedDictionary<string, T> source, OrderedDictionary<string, T> target)
    {
        target.Clear();
        foreach (var (key, value) in source)
        {
            target[key] = value;
        }
    }

    private void Fill(EmulatorStateSnapshot snapshot)
    {
        _clients.Clear();
        foreach (var client in snapshot.Clients ?? [])
        {
            AddClient(client.ClientId, client.ClientSecret);
        }

        foreach (var company in snapshot.Companies ?? [])
        {
            AddCompany(company.Uuid, company.Code, company.Name);
        }

        foreach (var role in snapshot.Roles ?? [])
        {
            lock (_gate) { _roles[Required(role.Uuid, "role uuid")] = role with { Names = role.Names ?? [] }; }
        }

        foreach (var profile in snapshot.Profiles ?? [])
        {
            lock (_gate) { _profiles[Required(profile.Uuid, "profile uuid")] = profile with { Names = profile.Names ?? [] }; }
        }

        foreach (var axis in snapshot.Axes ?? [])
        {
            AddAxis(axis.CompanyUuid, axis.Uuid, [.. (axis.Names ?? []).Select(n => (n.Culture, n.Value))]);
        }

        foreach (var user in snapshot.Users ?? [])
        {
            if (user.Company is not null && !_companies.ContainsKey(user.Company))
            {
                throw new ArgumentException($"User '{user.Mail}' names unknown company '{user.Company}'.");
            }

            UpsertUser(user with { Mail = Required(user.Mail, "user mail") });
        }

        foreach (var value in snapshot.AxisValues ?? [])
        {
            UpsertAxisValue(value with { Names = value.Names ?? [] });
        }
    }

    private static string Required(string? value, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"A {what} is missing.") : value;
}
