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
    public void TheCmdlets_SeeOnlyThePublicSurfaceOfTheCore()
    {
        // The compiler then keeps the cmdlets out of the store's and the client's internals.
        var friends = Core.GetCustomAttributes<System.Runtime.CompilerServices.InternalsVisibleToAttribute>()
            .Select(a => a.AssemblyName).ToList();

        Assert.DoesNotContain("N2fSync.Commands", friends);
        Assert.Contains("N2fSync.Core.Tests", friends);
    }

    [Fact]
    public void TheScanner_SeesWhatMethodBodiesUse()
    {
        // A guard that sees nothing guards nothing: the session (the composition root) does open the store.
        Assert.Contains(IlReferences.TypesUsedBy(typeof(Session.SyncSession)), t => t.Namespace == "N2fSync.Store");
    }

    private static bool InNamespace(string? ns, string prefix) =>
        ns is not null && (ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal));
}
