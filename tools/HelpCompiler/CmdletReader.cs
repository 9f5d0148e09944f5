using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace N2fSync.HelpCompiler;

/// <summary>
/// Reads the cmdlets of a binary module from its metadata: [Cmdlet], [OutputType], and every property with
/// [Parameter] (inherited ones included). Nothing is loaded or run, so neither PowerShell nor a netstandard2.0
/// runtime is needed; help stays in step with the code because names, types and binding come from here.
/// </summary>
internal static class CmdletReader
{
    private const string Sma = "System.Management.Automation.";
    private static readonly AttributeTypeProvider Attributes = new();
    private static readonly SignatureTypeProvider Signatures = new();

    public static IReadOnlyList<CmdletMetadata> Read(string assemblyPath)
    {
        var enums = EnumCatalog.FromFolder(Path.GetDirectoryName(Path.GetFullPath(assemblyPath))!);
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var reader = pe.GetMetadataReader();
        var cmdlets = new List<CmdletMetadata>();
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            if ((type.Attributes & TypeAttributes.VisibilityMask) != TypeAttributes.Public) continue;
            if ((type.Attributes & TypeAttributes.Abstract) != 0) continue;
            var cmdlet = Find(reader, type.GetCustomAttributes(), Sma + "CmdletAttribute").FirstOrDefault();
            if (cmdlet.FixedArguments.IsDefault) continue;
            cmdlets.Add(ReadCmdlet(reader, handle, cmdlet, enums));
        }
        return cmdlets.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static CmdletMetadata ReadCmdlet(MetadataReader reader, TypeDefinitionHandle handle,
        CustomAttributeValue<string> cmdlet, EnumCatalog enums)
    {
        var type = reader.GetTypeDefinition(handle);
        var outputs = Find(reader, type.GetCustomAttributes(), Sma + "OutputTypeAttribute")
            .SelectMany(a => Strings(a.FixedArguments[0])).Select(TypeName.Of).ToList();
        var parameters = new List<ParameterMetadata>();
        for (var current = handle; !current.IsNil; current = BaseInThisAssembly(reader, current))
        {
            foreach (var propertyHandle in reader.GetTypeDefinition(current).GetProperties())
            {
                var parameter = ReadParameter(reader, reader.GetPropertyDefinition(propertyHandle), enums);
                if (parameter is not null && parameters.All(p => p.Name != parameter.Name)) parameters.Add(parameter);
            }
        }
        var supportsShouldProcess = Named(cmdlet, "SupportsShouldProcess") is true;
        if (supportsShouldProcess)
        {
            parameters.Add(RiskParameter("WhatIf", "wi"));
            parameters.Add(RiskParameter("Confirm", "cf"));
        }
        return new CmdletMetadata((string)cmdlet.FixedArguments[0].Value!, (string)cmdlet.FixedArguments[1].Value!,
            Named(cmdlet, "DefaultParameterSetName") as string, supportsShouldProcess, outputs, parameters);
    }

    private static ParameterMetadata? ReadParameter(MetadataReader reader, PropertyDefinition property, EnumCatalog enums)
    {
        var attributes = property.GetCustomAttributes();
        var uses = Find(reader, attributes, Sma + "ParameterAttribute").Select(a => new ParameterSetUse(
            Named(a, "ParameterSetName") as string ?? ParameterMetadata.AllSets,
            Named(a, "Mandatory") is true,
            Named(a, "Position") is int position && position >= 0 ? position : null,
            Named(a, "ValueFromPipeline") is true,
            Named(a, "ValueFromPipelineByPropertyName") is true)).ToList();
        if (uses.Count == 0) return null;
        var typeName = property.DecodeSignature(Signatures, null).ReturnType;
        var aliases = Find(reader, attributes, Sma + "AliasAttribute").SelectMany(a => Strings(a.FixedArguments[0])).ToList();
        var accepted = Find(reader, attributes, Sma + "ValidateSetAttribute").SelectMany(a => Strings(a.FixedArguments[0]))
            .ToList();
        if (accepted.Count == 0) accepted = enums.ValuesOf(typeName.TrimEnd('[', ']')).ToList();
        return new ParameterMetadata(reader.GetString(property.Name), TypeName.Of(typeName), uses, aliases, accepted);
    }

    private static ParameterMetadata RiskParameter(string name, string alias) => new(name,
        TypeName.Of(Sma + "SwitchParameter"), [new ParameterSetUse(ParameterMetadata.AllSets, false, null, false, false)],
        [alias], []);

    private static TypeDefinitionHandle BaseInThisAssembly(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var baseType = reader.GetTypeDefinition(handle).BaseType;
        return baseType.Kind == HandleKind.TypeDefinition ? (TypeDefinitionHandle)baseType : default;
    }

    private static IEnumerable<CustomAttributeValue<string>> Find(MetadataReader reader, CustomAttributeHandleCollection handles,
        string attributeType)
    {
        foreach (var handle in handles)
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (MetadataNames.AttributeTypeName(reader, attribute) == attributeType) yield return attribute.DecodeValue(Attributes);
        }
    }

    private static object? Named(CustomAttributeValue<string> attribute, string name) =>
        attribute.NamedArguments.FirstOrDefault(a => a.Name == name).Value;

    /// <summary>A params string[]/Type[] argument (or a single value) as strings.</summary>
    private static IEnumerable<string> Strings(CustomAttributeTypedArgument<string> argument) => argument.Value switch
    {
        ImmutableArray<CustomAttributeTypedArgument<string>> items => items.Select(i => i.Value as string).OfType<string>(),
        string single => [single],
        _ => [],
    };
}
