

namespace N2fSync.Emulator;

/// <summary>
/// The emulator's in-memory N2F account. Thread-safe: every member takes one lock, and the objects handed out are
/// immutable records (or copies), so tests may seed and inspect while the server answers.
/// </summary>
public sealed partial class EmulatorState
{
    public const string DefaultClientId = "test-client";
    public const string DefaultClientSecret = "test-secret";

    /// <summary>The fixed identifier of the project axis, which every company has.</summary>
    public const string ProjectsAxisId = "projects";

    private readonly Lock _gate = new();
    private readonly Func<DateTimeOffset> _now;
    private readonly OrderedDictionary<string, string> _clients = new(StringComparer.Ordinal);
    private readonly OrderedDictionary<string, EmulatedCompany> _companies = new(StringComparer.OrdinalIgnoreCase);
    private readonly OrderedDictionary<string, NamedItem> _roles = new(StringComparer.OrdinalIgnoreCase);
    private readonly OrderedDictionary<string, NamedItem> _profiles = new(StringComparer.OrdinalIgnoreCase);

    public EmulatorState(TimeProvider? clock = null)
        : this((clock ?? TimeProvider.System).GetUtcNow)
    {
    }

    // The server passes a clock that reads EmulatorOptions.TimeProvider on every call, so tests may swap it at run time.
    internal EmulatorState(Func<DateTimeOffset> now)
    {
        _now = now;
        _clients[DefaultClientId] = DefaultClientSecret;
    }

    /// <summary>Client id → secret. A fresh state has <c>test-client</c> / <c>test-secret</c>.</summary>
    public IReadOnlyDictionary<string, string> Clients
    {
        get { lock (_gate) { return new Dictionary<string, string>(_clients, StringComparer.Ordinal); } }
    }

    public IReadOnlyList<EmulatedCompany> Companies
    {
        get { lock (_gate) { return [.. _companies.Values]; } }
    }

    public IReadOnlyList<NamedItem> Roles
    {
        get { lock (_gate) { return [.. _roles.Values]; } }
    }

    public IReadOnlyList<NamedItem> Profiles
    {
        get { lock (_gate) { return [.. _profiles.Values]; } }
    }

    public void AddClient(string clientId, string clientSecret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        ArgumentException.ThrowIfNullOrEmpty(clientSecret);
        lock (_gate) { _clients[clientId] = clientSecret; }
    }

    public bool RemoveClient(string clientId)
    {
        lock (_gate) { return _clients.Remove(clientId); }
    }

    /// <summary>Adds or replaces (by uuid) a company.</summary>
    public EmulatedCompany AddCompany(string uuid, string code, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uuid);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        var company = new EmulatedCompany(uuid, code, name);
        lock (_gate) { _companies[uuid] = company; }
        return company;
    }

    /// <summary>Adds or replaces (by uuid) a role, e.g. <c>AddRole("r-1", ("fr", "Utilisateur"), ("nl", "Gebruiker"))</c>.</summary>
    public NamedItem AddRole(string uuid, params (string Culture, string Value)[] names) => AddNamed(_roles, uuid, names);

    /// <summary>Adds or replaces (by uuid) a user profile.</summary>
    public NamedItem AddProfile(string uuid, params (string Culture, string Value)[] names) => AddNamed(_profiles, uuid, names);

    /// <summary>Seeds the reference account described by <see cref="ReferenceData"/>; adds to what is there.</summary>
    public void SeedReference() => ReferenceData.SeedInto(this);

    /// <summary>Empties the account (companies, roles, profiles, users, axes, values, tokens); API clients stay.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _companies.Clear();
            _roles.Clear();
            _profiles.Clear();
            _users.Clear();
            _axes.Clear();
            _axisValues.Clear();
            _tokens.Clear();
        }
    }

    private NamedItem AddNamed(OrderedDictionary<string, NamedItem> target, string uuid, (string Culture, string Value)[] names)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uuid);
        var item = new NamedItem(uuid, LocalizedNames.From(names));
        lock (_gate) { target[uuid] = item; }
        return item;
    }
}
