using System.Reflection.Metadata;

namespace N2fSync.HelpCompiler;

/// <summary>Decodes custom attribute blobs with types as full-name strings (typeof arguments included).</summary>
internal sealed class AttributeTypeProvider : ICustomAttributeTypeProvider<string>
{
    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => "System." + typeCode;

    public string GetSystemType() => "System.Type";

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
        MetadataNames.FullName(reader, handle);

    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) =>
        MetadataNames.FullName(reader, handle);

    /// <summary>"N2fSync.Sync.N2fChange, N2fSync.Core, Version=…" becomes "N2fSync.Sync.N2fChange".</summary>
    public string GetTypeFromSerializedName(string name)
    {
        var depth = 0;
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] == '[') depth++;
            else if (name[i] == ']') depth--;
            else if (name[i] == ',' && depth == 0) return name.Substring(0, i).Trim();
        }
        return name.Trim();
    }

    // Every enum used in the attributes read here (ConfirmImpact) is an int.
    public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;

    public bool IsSystemType(string type) => type == "System.Type";
}
