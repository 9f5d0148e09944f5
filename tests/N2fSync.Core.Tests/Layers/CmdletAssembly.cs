using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace N2fSync.Tests.Layers;

/// <summary>
/// What the built cmdlet assembly (out/N2fSync) names in the core, read from its metadata tables: every type and member
/// reference into N2fSync.Core. Read without loading the assembly, so PowerShell need not be in this process.
/// </summary>
internal static class CmdletAssembly
{
    /// <summary>(namespace, type name, member name or null for the type itself) of every reference into the core.</summary>
    public static IReadOnlyList<(string Namespace, string Type, string? Member)> ReferencesIntoTheCore()
    {
        var path = Path.Combine(RepoRoot(), "out", "N2fSync", "N2fSync.Commands.dll");
        if (!File.Exists(path)) throw new FileNotFoundException("Build the module first (dotnet build N2fSync.slnx).", path);
        using var pe = new PEReader(File.OpenRead(path));
        var md = pe.GetMetadataReader();
        bool IntoCore(TypeReference type) =>
            type.ResolutionScope.Kind == HandleKind.AssemblyReference
            && md.GetString(md.GetAssemblyReference((AssemblyReferenceHandle)type.ResolutionScope).Name) == "N2fSync.Core";
        // Nested types name their enclosing type as scope: walk up to the one that names an assembly.
        TypeReference Outermost(TypeReference type) =>
            type.ResolutionScope.Kind == HandleKind.TypeReference ? Outermost(md.GetTypeReference((TypeReferenceHandle)type.ResolutionScope)) : type;

        var found = new List<(string, string, string?)>();
        foreach (var handle in md.TypeReferences)
        {
            var type = md.GetTypeReference(handle);
            if (IntoCore(Outermost(type))) found.Add((md.GetString(Outermost(type).Namespace), md.GetString(type.Name), null));
        }
        foreach (var handle in md.MemberReferences)
        {
            var member = md.GetMemberReference(handle);
            if (member.Parent.Kind != HandleKind.TypeReference) continue;
            var type = md.GetTypeReference((TypeReferenceHandle)member.Parent);
            if (IntoCore(Outermost(type))) found.Add((md.GetString(Outermost(type).Namespace), md.GetString(type.Name), md.GetString(member.Name)));
        }
        return found;
    }

    private static string RepoRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "N2fSync.slnx"))) return folder.FullName;
        throw new DirectoryNotFoundException("No N2fSync.slnx above the test folder.");
    }
}
