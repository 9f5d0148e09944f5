

namespace N2fSync.Config;

/// <summary>
/// The true/false spellings accepted in the file and in N2F_SANDBOX; the earlier tool's jobs set 1/0 and yes/no.
/// </summary>
internal static class ConfigBoolean
{
    public const string Allowed = "true or false (also yes/no, on/off, 1/0)";

    public static bool TryParse(string text, out bool value)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "yes" or "on" or "1":
                value = true;
                return true;
            case "false" or "no" or "off" or "0":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }
}
