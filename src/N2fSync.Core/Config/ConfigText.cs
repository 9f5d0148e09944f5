

namespace N2fSync.Config;

/// <summary>Wording shared by config messages, so every "use a, b or c" reads the same.</summary>
internal static class ConfigText
{
    /// <summary>"a", "a or b", "a, b or c".</summary>
    public static string OneOf(IEnumerable<string> choices)
    {
        var list = choices.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " or " + list[list.Count - 1],
        };
    }

    /// <summary>A value quoted for a message, masked when the key holds a secret.</summary>
    public static string Quote(string key, string value) => "'" + ConfigSecrets.Show(key, value) + "'";
}
