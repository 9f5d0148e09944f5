using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace N2fSync.HelpCompiler;

/// <summary>The enums of the module's own assemblies (N2fSync.*.dll), so help can list a parameter's accepted values.</summary>
internal sealed class EnumCatalog
{
    private readonly Dictionary<string, IReadOnlyList<string>> _values = new(StringComparer.Ordinal);

    public static EnumCatalog FromFolder(string folder)
    {
        var catalog = new EnumCatalog();
        foreach (var path in Directory.EnumerateFiles(folder, "N2fSync.*.dll", SearchOption.AllDirectories)) catalog.Add(path);
        return catalog;
    }

    public IReadOnlyList<string> ValuesOf(string fullName) => _values.TryGetValue(fullName, out var values) ? values : [];

    private void Add(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        if (!pe.HasMetadata) return;
        var reader = pe.GetMetadataReader();
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            if (type.BaseType.Kind != HandleKind.TypeReference
                || MetadataNames.FullName(reader, (TypeReferenceHandle)type.BaseType) != "System.Enum") continue;
            _values[MetadataNames.FullName(reader, handle)] = type.GetFields().Select(reader.GetFieldDefinition)
                .Where(f => (f.Attributes & FieldAttributes.Static) != 0).Select(f => reader.GetString(f.Name)).ToList();
        }
    }
}
