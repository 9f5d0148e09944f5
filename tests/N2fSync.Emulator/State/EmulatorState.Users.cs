using System.Text.Json.Nodes;

namespace N2fSync.Emulator;

public sealed partial class EmulatorState : IUserReferences
{
    // Insertion order is the answer order of GET users, which must be stable for paging.
    private readonly OrderedDictionary<string, EmulatedUser> _users = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A copy of the users, keyed by mail (case-insensitive), in insertion order.</summary>
    public IReadOnlyDictionary<string, EmulatedUser> Users
    {
        get { lock (_gate) { return new OrderedDictionary<string, EmulatedUser>(_users, StringComparer.OrdinalIgnoreCase); } }
    }

    public int UserCount
    {
        get { lock (_gate) { return _users.Count; } }
    }

    IEnumerable<NamedItem> IUserReferences.Roles => _roles.Values;

    IEnumerable<NamedItem> IUserReferences.Profiles => _profiles.Values;

    public EmulatedUser? FindUser(string mail)
    {
        lock (_gate) { return _users.GetValueOrDefault(mail.Trim()); }
    }

    /// <summary>Stores a typed user as given (no validation); the mail is trimmed and lower-cased.</summary>
    public EmulatedUser UpsertUser(EmulatedUser user)
    {
        var now = _now();
        var mail = user.Mail.Trim().ToLowerInvariant();
        ArgumentException.ThrowIfNullOrEmpty(mail, nameof(user));
        lock (_gate)
        {
            var existing = _users.GetValueOrDefault(mail);
            var stored = user with
            {
                Mail = mail,
                Uuid = existing?.Uuid ?? user.Uuid,
                CreatedAt = existing?.CreatedAt ?? (user.CreatedAt == default ? now : user.CreatedAt),
                UpdatedAt = user.UpdatedAt == default ? now : user.UpdatedAt,
            };
            _users[mail] = stored;
            return stored;
        }
    }

    /// <summary>
    /// Upserts a user from an N2F payload (role and profile as names), with the validation of <c>POST users</c>.
    /// </summary>
    /// <exception cref="EmulatorValidationException">The payload would be answered 400.</exception>
    public EmulatedUser UpsertUser(JsonObject payload)
    {
        var result = UpsertUserFromApi(payload);
        return result.User ?? throw new EmulatorValidationException(result.Errors);
    }

    public bool RemoveUser(string mail)
    {
        lock (_gate) { return _users.Remove(mail.Trim()); }
    }

    internal UserUpsertResult UpsertUserFromApi(JsonObject payload)
    {
        lock (_gate)
        {
            var result = UserPatch.Apply(payload, this, _now());
            if (result.User is not null)
            {
                _users[result.User.Mail] = result.User;
            }

            return result;
        }
    }

    internal IReadOnlyList<EmulatedUser> UserPage(int start, int limit)
    {
        lock (_gate) { return Page(_users, start, limit); }
    }

    EmulatedCompany? IUserReferences.FindCompany(string uuid) => _companies.GetValueOrDefault(uuid.Trim());

    EmulatedUser? IUserReferences.FindUser(string mail) => _users.GetValueOrDefault(mail);

    private static List<T> Page<TKey, T>(OrderedDictionary<TKey, T> source, int start, int limit)
        where TKey : notnull
    {
        var page = new List<T>(Math.Max(0, Math.Min(limit, source.Count - start)));
        for (var i = start; i < source.Count && page.Count < limit; i++)
        {
            page.Add(source.GetAt(i).Value);
        }

        return page;
    }
}
