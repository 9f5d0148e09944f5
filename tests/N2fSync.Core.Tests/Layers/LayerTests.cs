using System.Reflection;
using N2fSync.Sync;

namespace N2fSync.Tests.Layers;

/// <summary>
/// The layers of docs/architecture.md, held by the compiled code rather than by good intentions: the core knows nothing
/// of PowerShell; the sync (plan, gate, run) and the N2F client know nothing of the store, which implements their ports;
/// the source knows nothing of N2F; and the cmdlets use the core's public surface only.
/// </summary>
public sealed class LayerTests
{
    private static readonly Assembly Core = typeof(N2fChange).Assembly;

    // The history records' enums are internal so PowerShell shows them as names through type data (module/); reading
    // them to do so is presentation, not the store's internals.
    private static readonly HashSet<string> OutputEnums =
        ["SyncChangeRecord.get_Action", "SyncChangeRecord.get_Outcome", "SyncRunRecord.get_Outcome"];

    /// <summary>Namespace prefix → namespaces its code must never touch (by type in a signature, a field, or a body).</summary>
    public static IEnumerable<object[]> Rules() =>
    [
        ["N2fSync.Sync", new[] { "N2fSync.Store", "N2fSync.Session", "N2fSync.Reports" }],
        ["N2fSync.N2f", new[] { "N2fSync.Store", "N2fSync.Sync", "N2fSync.Session", "N2fSync.Agresso" }],
        ["N2fSync.Agresso", new[] { "N2fSync.N2f", "N2fSync.Sync", "N2fSync.Store", "N2fSync.Session" }],
        ["N2fSync.Config", new[] { "N2fSync.N2f", "N2fSync.Sync", "N2fSync.Store", "N2fSync.Session", "N2fSync.Agresso" }],
        ["N2fSync.Store", new[] { "N2fSync.Session", "N2fSync.Reports" }],
        ["N2fSync.Platform", new[] { "N2fSync.N2f", "N2fSync.Sync", "N2fSync.Store", "N2fSync.Session", "N2fSync.Agresso" }],
    ];

    [Fact]
    public void TheCore_ReferencesNoPowerShellAssembly()
    {
        var references = Core.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.DoesNotContain(references, r => r!.StartsWith("System.Management.Automation", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r!.StartsWith("Microsoft.PowerShell", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void ALayer_NeverTouchesTheLayersAboveIt(string layer, string[] forbidden)
    {
        var violations = (
            from type in Core.GetTypes()
            where InNamespace(type.Namespace, layer)
            from used in IlReferences.TypesUsedBy(type)
            where forbidden.Any(f => InNamespace(used.Namespace, f))
            select $"{type.FullName} uses {used.FullName}").Distinct().ToList();

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void TheCmdlets_NeverReachIntoTheInternalsOfTheStoreOrTheClient()
    {
        var references = CmdletAssembly.ReferencesIntoTheCore();
        var reached = references
            .Where(r => InNamespace(r.Namespace, "N2fSync.Store") || InNamespace(r.Namespace, "N2fSync.N2f.Http"))
            .Where(r => !IsPublic(r.Namespace, r.Type, r.Member) && !OutputEnums.Contains($"{r.Type}.{r.Member}"))
            .Select(r => $"{r.Namespace}.{r.Type}{(r.Member is null ? "" : "." + r.Member)}").Distinct().ToList();

        // The scan sees the cmdlets' use of the store at all, or it proves nothing.
        Assert.Contains(references, r => r.Namespace == "N2fSync.Store" && r.Type == "SyncStore");
        Assert.True(reached.Count == 0, string.Join(Environment.NewLine, reached));
    }

    [Fact]
    public void TheScanner_SeesWhatMethodBodiesUse()
    {
        // A guard that sees nothing guards nothing: the session (the composition root) does open the store.
        Assert.Contains(IlReferences.TypesUsedBy(typeof(Session.SyncSession)), t => t.Namespace == "N2fSync.Store");
    }

    private static bool InNamespace(string? ns, string prefix) =>
        ns is not null && (ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal));

    /// <summary>Whether a type of the core, or every member of that name on it, is public.</summary>
    private static bool IsPublic(string ns, string typeName, string? member)
    {
        var type = Core.GetTypes().FirstOrDefault(t => t.Namespace == ns && t.Name == typeName)
                   ?? Core.GetTypes().FirstOrDefault(t => t.Name == typeName && t.IsNested && InNamespace(t.Namespace, ns));
        if (type is null || !type.IsVisible) return false;
        if (member is null) return true;
        var found = type.GetMember(member, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static);
        return found.Length > 0 && found.All(m => m switch
        {
            MethodBase method => method.IsPublic,
            FieldInfo field => field.IsPublic,
            _ => true,
        });
    }
}
