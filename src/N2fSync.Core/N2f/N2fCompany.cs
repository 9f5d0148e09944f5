

namespace N2fSync.N2f;

/// <summary>An N2F company; its code matches Agresso's company code.</summary>
public sealed record N2fCompany(string Uuid, string Code, string Name)
{
    public override string ToString() => $"{Code} ({Uuid})";
}
