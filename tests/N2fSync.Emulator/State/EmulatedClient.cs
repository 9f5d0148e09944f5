using System.Text;

namespace N2fSync.Emulator;

/// <summary>An API client allowed to call <c>POST auth</c>.</summary>
public sealed record EmulatedClient(string ClientId, string ClientSecret)
{
    // Records print every member by default; a logged or asserted client must never show its secret.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("ClientId = ").Append(ClientId).Append(", ClientSecret = ***");
        return true;
    }
}
