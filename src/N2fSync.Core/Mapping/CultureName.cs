namespace N2fSync.Mapping;

/// <summary>A name in one culture, as N2F's names lists carry it.</summary>
public sealed record CultureName(string Culture, string Value)
{
    public override string ToString() => $"{Culture}: {Value}";
}
