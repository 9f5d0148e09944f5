using System.Text.Json;
using N2fSync.Agresso.Normalization;
using N2fSync.Normalization;
using N2fSync.Scopes;

namespace N2fSync.N2f;

/// <summary>
/// One list N2F serves (domain.md §2.3): its path, whether it is paged, the scope it belongs to (for Clear-N2fCache
/// -Scope) and the field that keys its items, for lists the sync writes to (users by mail, axis values by code).
/// </summary>
public sealed record N2fList(string Path, bool Paged, string Scope, string? KeyField)
{
    /// <summary>Scope name of the reference lists: companies, roles, user profiles, each company's axes.</summary>
    public const string ReferenceScope = "reference";

    public static N2fList Companies { get; } = new("companies", true, ReferenceScope, null);
    public static N2fList Roles { get; } = new("roles", false, ReferenceScope, null);
    public static N2fList Profiles { get; } = new("userprofiles", false, ReferenceScope, null);
    public static N2fList Users { get; } = new("users", true, ScopeNames.Users, "mail");

    public static N2fList AxesOf(N2fCompany company) =>
        new($"companies/{Uri.EscapeDataString(company.Uuid)}/axes", false, ReferenceScope, null);

    public static N2fList AxisValues(string scope, N2fCompany company, string axisId) =>
        new($"companies/{Uri.EscapeDataString(company.Uuid)}/axes/{Uri.EscapeDataString(axisId)}", true, scope, "code");

    /// <summary>True for the lists a plan diffs against (and the sync writes to).</summary>
    public bool IsKeyed => KeyField is not null;

    /// <summary>The key of an item as the sync keys it: lower-cased mail, or the trimmed code; null for unkeyed lists.</summary>
    public string? KeyOf(JsonElement item) =>
        KeyField is null || item.ValueKind != JsonValueKind.Object || !item.TryGetProperty(KeyField, out var value)
            || value.ValueKind != JsonValueKind.String
            ? null
            : NormalizeKey(value.GetString());

    /// <summary>Mails compare lower-cased (decisions.md §6); codes exactly after trimming (decisions.md §9).</summary>
    public string NormalizeKey(string? key) => KeyField == "mail" ? Text.CleanEmail(key) : Text.Clean(key);
}
