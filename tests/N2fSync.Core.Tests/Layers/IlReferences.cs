using System.Reflection;
using System.Reflection.Emit;

namespace N2fSync.Tests.Layers;

/// <summary>
/// What a type's compiled code refers to: the types in its signatures and fields, and every type or member its method
/// bodies name (calls, object creation, field access, casts). Read from the IL with reflection only, so the layer
/// rules see what the code really does, lambdas and iterators included (their compiler-made types are nested).
/// </summary>
internal static class IlReferences
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance
                                            | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static IEnumerable<Type> TypesUsedBy(Type type) =>
        MembersUsedBy(type).Select(m => m as Type ?? m.DeclaringType).Concat(SignatureTypes(type))
            .Where(t => t is not null).Select(t => t!).SelectMany(Unwrap).Distinct();

    public static IEnumerable<MemberInfo> MembersUsedBy(Type type)
    {
        foreach (var nested in type.GetNestedTypes(Everything))
            foreach (var member in MembersUsedBy(nested)) yield return member;
        foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
            foreach (var member in BodyReferences(method)) yield return member;
    }

    private static IEnumerable<Type> SignatureTypes(Type type)
    {
        foreach (var field in type.GetFields(Everything)) yield return field.FieldType;
        foreach (var property in type.GetProperties(Everything)) yield return property.PropertyType;
        foreach (var method in type.GetMethods(Everything))
        {
            yield return method.ReturnType;
            foreach (var parameter in method.GetParameters()) yield return parameter.ParameterType;
        }
        foreach (var constructor in type.GetConstructors(Everything))
            foreach (var parameter in constructor.GetParameters()) yield return parameter.ParameterType;
        if (type.BaseType is { } baseType) yield return baseType;
        foreach (var implemented in type.GetInterfaces()) yield return implemented;
    }

    private static IEnumerable<MemberInfo> BodyReferences(MethodBase method)
    {
        byte[]? il;
        try { il = method.GetMethodBody()?.GetILAsByteArray(); }
        catch (InvalidOperationException) { il = null; }
        if (il is null) yield break;
        var module = method.Module;
        Type[]? typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        Type[]? methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var code = il[i] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[i + 1])] : OpCodesByValue[il[i]];
            i += code.Size;
            switch (code.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, i);
                    MemberInfo? member = null;
                    try { member = module.ResolveMember(token, typeArguments, methodArguments); }
                    catch (ArgumentException) { }
                    catch (TypeLoadException) { }
                    if (member is not null) yield return member;
                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + 4 * BitConverter.ToInt32(il, i);
                    break;
                default:
                    i += OperandSize(code.OperandType);
                    break;
            }
        }
    }

    private static int OperandSize(OperandType type) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };

    /// <summary>Arrays, by-refs, pointers and generic arguments down to the types they are made of.</summary>
    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var inner in Unwrap(type.GetElementType()!)) yield return inner;
            yield break;
        }
        yield return type;
        if (!type.IsGenericType) yield break;
        foreach (var argument in type.GetGenericArguments())
            foreach (var inner in Unwrap(argument)) yield return inner;
    }
}
