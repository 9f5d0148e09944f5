using System.Text.Json.Nodes;

namespace N2fSync.Emulator;

public sealed partial class EmulatorState
{
    private readonly Dictionary<string, OrderedDictionary<string, EmulatedAxis>> _axes = new(StringComparer.OrdinalIgnoreCase);

    // Values are keyed per company and axis, so equal codes in two companies stay distinct (domain.md §10.3 of the spec).
    // Codes are compared exactly (ordinal) after trimming, as N2F's upsert key is.
    private readonly Dictionary<AxisKey, OrderedDictionary<string, EmulatedAxisValue>> _axisValues = [];

    /// <summary>Company uuid → its custom axes (not the implicit <c>projects</c> axis).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<EmulatedAxis>> Axes
    {
        get
        {
            lock (_gate)
            {
                return _axes.ToDictionary(
                    p => p.Key, p => (IReadOnlyList<EmulatedAxis>)[.. p.Value.Values], StringComparer.OrdinalIgnoreCase);
            }
        }
    }

    /// <summary>Every axis value of every company and axis.</summary>
    public IReadOnlyList<EmulatedAxisValue> AxisValues
    {
        get { lock (_gate) { return [.. _axisValues.Values.SelectMany(v => v.Values)]; } }
    }

    /// <summary>Adds or replaces a custom axis of a known company.</summary>
    public EmulatedAxis AddAxis(string companyUuid, string axisUuid, params (string Culture, string Value)[] names)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(axisUuid);
        lock (_gate)
        {
            var company = _companies.GetValueOrDefault(companyUuid)
                ?? throw new ArgumentException($"Unknown company uuid '{companyUuid}'.", nameof(companyUuid));
            var axis = new EmulatedAxis(company.Uuid, axisUuid, LocalizedNames.From(names));
            if (!_axes.TryGetValue(company.Uuid, out var axes))
            {
                _axes[company.Uuid] = axes = new OrderedDictionary<string, EmulatedAxis>(StringComparer.OrdinalIgnoreCase);
            }

            axes[axisUuid] = axis;
            return axis;
        }
    }

    /// <summary>The values of one axis of one company, in insertion order (empty when unknown).</summary>
    public IReadOnlyList<EmulatedAxisValue> GetAxisValues(string companyUuid, string axisId)
    {
        lock (_gate)
        {
            return ResolveAxis(companyUuid, axisId, out var key) == AxisResolution.Found && _axisValues.TryGetValue(key, out var values)
                ? [.. values.Values]
                : [];
        }
    }

    public EmulatedAxisValue? FindAxisValue(string companyUuid, string axisId, string code)
    {
        lock (_gate)
        {
            return ResolveAxis(companyUuid, axisId, out var key) == AxisResolution.Found && _axisValues.TryGetValue(key, out var values)
                ? values.GetValueOrDefault(code.Trim())
                : null;
        }
    }

    /// <summary>Upserts a value whose label is the same in French and Dutch, as the sync sends it.</summary>
    public EmulatedAxisValue UpsertAxisValue(
        string companyUuid, string axisId, string code, string label, DateOnly? validityDateFrom = null, DateOnly? validityDateTo = null) =>
        UpsertAxisValue(companyUuid, axisId, code, [new("fr", label), new("nl", label)], validityDateFrom, validityDateTo);

    public EmulatedAxisValue UpsertAxisValue(
        string companyUuid,
        string axisId,
        string code,
        IReadOnlyList<LocalizedName> names,
        DateOnly? validityDateFrom = null,
        DateOnly? validityDateTo = null) =>
        UpsertAxisValue(new EmulatedAxisValue
        {
            CompanyUuid = companyUuid,
            AxisId = axisId,
            Uuid = Guid.NewGuid().ToString(),
            Code = code,
            Names = names,
            ValidityDateFrom = validityDateFrom,
            ValidityDateTo = validityDateTo,
        });

    /// <summary>Stores a value as given, keyed by its trimmed code; keeps the uuid of a value it replaces.</summary>
    public EmulatedAxisValue UpsertAxisValue(EmulatedAxisValue value)
    {
        var code = value.Code.Trim();
        ArgumentException.ThrowIfNullOrEmpty(code, nameof(value));
        var now = _now();
        lock (_gate)
        {
            var key = RequireAxis(value.CompanyUuid, value.AxisId);
            var values = ValuesOf(key);
            var existing = values.GetValueOrDefault(code);
            var stored = value with
            {
                CompanyUuid = key.CompanyUuid,
                AxisId = key.AxisId,
                Code = code,
                Uuid = existing?.Uuid ?? value.Uuid,
                CreatedAt = existing?.CreatedAt ?? (value.CreatedAt == default ? now : value.CreatedAt),
                UpdatedAt = value.UpdatedAt == default ? now : value.UpdatedAt,
            };
            values[code] = stored;
            return stored;
        }
    }

    public bool RemoveAxisValue(string companyUuid, string axisId, string code)
    {
        lock (_gate)
        {
            return ResolveAxis(companyUuid, axisId, out var key) == AxisResolution.Found
                && _axisValues.TryGetValue(key, out var values)
                && values.Remove(code.Trim());
        }
    }

    /// <summary>The company's custom axes, or null when the company is unknown.</summary>
    internal IReadOnlyList<EmulatedAxis>? AxesOf(string companyUuid)
    {
        lock (_gate)
        {
            var company = _companies.GetValueOrDefault(companyUuid);
            if (company is null)
            {
                return null;
            }

            return _axes.TryGetValue(company.Uuid, out var axes) ? [.. axes.Values] : [];
        }
    }

    internal AxisResolution AxisValuePage(string companyUuid, string axisId, int start, int limit, out IReadOnlyList<EmulatedAxisValue> page)
    {
        lock (_gate)
        {
            var resolution = ResolveAxis(companyUuid, axisId, out var key);
            page = resolution == AxisResolution.Found && _axisValues.TryGetValue(key, out var values) ? Page(values, start, limit) : [];
            return resolution;
        }
    }

    internal AxisValueUpsertResult UpsertAxisValueFromApi(string companyUuid, string axisId, JsonObject payload)
    {
        lock (_gate)
        {
            var resolution = ResolveAxis(companyUuid, axisId, out var key);
            if (resolution != AxisResolution.Found)
            {
                return new(resolution, null, false, []);
            }

            var values = ValuesOf(key);
            var result = AxisValuePatch.Apply(payload, key, values.GetValueOrDefault, _now());
            if (result.Value is not null)
            {
                values[result.Value.Code] = result.Value;
            }

            return result;
        }
    }

    internal AxisResolution RemoveAxisValueFromApi(string companyUuid, string axisId, string code, out bool removed)
    {
        lock (_gate)
        {
            var resolution = ResolveAxis(companyUuid, axisId, out var key);
            removed = resolution == AxisResolution.Found && _axisValues.TryGetValue(key, out var values) && values.Remove(code.Trim());
            return resolution;
        }
    }

    private AxisResolution ResolveAxis(string companyUuid, string axisId, out AxisKey key)
    {
        key = default;
        var company = _companies.GetValueOrDefault(companyUuid.Trim());
        if (company is null)
        {
            return AxisResolution.UnknownCompany;
        }

        if (string.Equals(axisId, ProjectsAxisId, StringComparison.OrdinalIgnoreCase))
        {
            key = new AxisKey(company.Uuid, ProjectsAxisId);
            return AxisResolution.Found;
        }

        if (_axes.TryGetValue(company.Uuid, out var axes) && axes.GetValueOrDefault(axisId.Trim()) is { } axis)
        {
            key = new AxisKey(company.Uuid, axis.Uuid);
            return AxisResolution.Found;
        }

        return AxisResolution.UnknownAxis;
    }

    private AxisKey RequireAxis(string companyUuid, string axisId) =>
        ResolveAxis(companyUuid, axisId, out var key) switch
        {
            AxisResolution.Found => key,
            AxisResolution.UnknownCompany => throw new ArgumentException($"Unknown company uuid '{companyUuid}'."),
            _ => throw new ArgumentException($"Company '{companyUuid}' has no axis '{axisId}'."),
        };

    private OrderedDictionary<string, EmulatedAxisValue> ValuesOf(AxisKey key)
    {
        if (!_axisValues.TryGetValue(key, out var values))
        {
            _axisValues[key] = values = new OrderedDictionary<string, EmulatedAxisValue>(StringComparer.Ordinal);
        }

        return values;
    }
}
