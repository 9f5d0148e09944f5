using System.Text.RegularExpressions;
using System.Text;
using N2fSync.Config;
using N2fSync.Mapping;

namespace N2fSync.Agresso;

/// <summary>
/// The query each view is read with: the built-in one (embedded <c>Agresso/Queries/*.sql</c>), or the text of the
/// .sql file the config names (a development whitelist, a customer's own joins). In both, <c>{view}</c> stands for
/// the configured view name.
/// </summary>
public static class AgressoQueries
{
    /// <summary>Replaced by the view name in built-in and custom queries.</summary>
    public const string ViewPlaceholder = "{view}";

    // A table or view name, optionally schema-qualified and bracketed or quoted. The name is pasted into SQL, so
    // anything that could end the statement or open a comment is refused.
    private static readonly Regex PlainName = new(@"^[\p{L}\p{N}_.\[\]"" $#@-]+$", RegexOptions.CultureInvariant);

    // Every column the analytics normalizer reads: without status, excluded statuses would sync; without a date, every
    // value would lose its validity.
    private static readonly string[] AnalyticsColumns = ["typ", "client", "code", "description", "status", "date_from", "date_to"];

    /// <summary>
    /// The users view. Its required columns are those of every field sent: the mandatory ones, plus the optional ones
    /// named in <paramref name="extraFields"/> (users.extraFields).
    /// </summary>
    public static AgressoView ForUsers(ViewOptions options, IEnumerable<string>? extraFields = null) =>
        For(options, "users", "users.sql", UserField.Sent(extraFields ?? []).Select(f => f.Column).ToArray());

    public static AgressoView ForAnalytics(ViewOptions options) => For(options, "analytics", "analytics.sql", AnalyticsColumns);

    private static AgressoView For(ViewOptions options, string key, string builtIn, IReadOnlyList<string> required)
    {
        if (options is null) throw new ArgumentNullException(nameof(options));
        var view = options.View?.Trim() ?? "";
        if (view.Length == 0)
            throw new AgressoSourceException($"source.{key}.view is not set; it names the {key} view.");
        if (!PlainName.IsMatch(view) || view.Contains("--"))
            throw new AgressoSourceException($"source.{key}.view '{view}' is not a plain table or view name.");
        var text = string.IsNullOrWhiteSpace(options.Query) ? BuiltIn(builtIn) : ReadQueryFile(options.Query!, key);
        return new AgressoView(view, text.Replace(ViewPlaceholder, view), required);
    }

    private static string ReadQueryFile(string path, string key)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
            throw new AgressoSourceException($"source.{key}.query: the query file '{full}' does not exist.");
        string text;
        try
        {
            text = File.ReadAllText(full, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new AgressoSourceException($"source.{key}.query: the query file '{full}' cannot be read: {ex.Message}", ex);
        }
        if (string.IsNullOrWhiteSpace(text))
            throw new AgressoSourceException($"source.{key}.query: the query file '{full}' is empty.");
        return text;
    }

    private static string BuiltIn(string file)
    {
        var name = "N2fSync.Agresso.Queries." + file;
        using var stream = typeof(AgressoQueries).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The built-in query {name} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
