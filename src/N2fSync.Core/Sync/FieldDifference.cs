using N2fSync.Output;

namespace N2fSync.Sync;

/// <summary>One field that differs: what N2F holds now and what Agresso says it should be.</summary>
public sealed class FieldDifference(string field, object? n2fValue, object? agressoValue)
{
    public string Field { get; } = field;
    public object? N2fValue { get; } = n2fValue;
    public object? AgressoValue { get; } = agressoValue;

    public override string ToString() => $"{Field}: '{ValueText.Display(N2fValue)}' → '{ValueText.Display(AgressoValue)}'";
}
