using N2fSync.Mapping;
using N2fSync.Sync;

namespace N2fSync.Tests.Sync;

/// <summary>A payload written as text (what Export-Csv writes of a plan) reads back as the same payload.</summary>
public sealed class N2fPayloadTests
{
    [Fact]
    public void FromJson_ReadsBackTextFlagsNullsAndNamesPerCulture()
    {
        var payload = new N2fPayload
        {
            ["code"] = "1-ABC-123",
            ["names"] = new List<CultureName> { new("fr", "Škoda Octavia – break"), new("nl", "Škoda Octavia") },
            ["lastname"] = "O'Neil",
            ["gotProPayment"] = true,
            ["validityDateTo"] = null,
        };

        var read = N2fPayload.FromJson(payload.ToString());

        Assert.Equal(payload.Hash(), read.Hash());
        Assert.Equal(["code", "names", "lastname", "gotProPayment", "validityDateTo"], read.Keys);
        Assert.Equal(new CultureName("fr", "Škoda Octavia – break"), ((IReadOnlyList<CultureName>)read["names"]!)[0]);
    }
}
