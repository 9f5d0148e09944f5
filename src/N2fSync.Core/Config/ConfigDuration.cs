using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace N2fSync.Config;

/// <summary>
/// Reads a duration written as <c>hh:mm:ss</c> (<c>02:45:00</c>, <c>02:45</c>, <c>1.06:00:00</c> with days) or as a span of
/// units (<c>2h45m</c>, <c>90m</c>, <c>1d</c>). A bare number is refused: it would silently mean days to .NET and
/// minutes or hours to a reader.
/// </summary>
internal static class ConfigDuration
{
    public const string Allowed = "hh:mm:ss (e.g. 02:45:00) or a span such as 2h45m or 90m";

    private static readonly Regex Units = new(@"^(?:(?<d>\d+)d)?(?:(?<h>\d+)h)?(?:(?<m>\d+)m)?(?:(?<s>\d+)s)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static TimeSpan? Read(ConfigReadContext ctx, YamlNode node, string path)
    {
        var text = ctx.ReadText(node, path);
        if (text is null)
            return null;
        if (TryParse(text, out var value))
            return value;
        ctx.Error(path, $"'{text}' is not a duration; use {Allowed}.");
        return null;
    }

    public static bool TryParse(string text, out TimeSpan value)
    {
        value = default;
        text = text.Trim();
        if (text.IndexOf(':') >= 0)
            return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out value);

        var match = Units.Match(text);
        if (text.Length == 0 || !match.Success)
            return false;
        try
        {
            value = TimeSpan.FromDays(Part(match, "d")) + TimeSpan.FromHours(Part(match, "h"))
                + TimeSpan.FromMinutes(Part(match, "m")) + TimeSpan.FromSeconds(Part(match, "s"));
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    public static string Show(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);

    private static double Part(Match match, string unit) =>
        match.Groups[unit].Success ? double.Parse(match.Groups[unit].Value, CultureInfo.InvariantCulture) : 0;
}
