using System.Globalization;

namespace N2fSync.Config;

/// <summary>
/// Builds the <see cref="OptionSpec{TOptions}"/> of each kind of value, so a section's table says per key only
/// what differs: the name, the range or choices, the property, the description.
/// </summary>
internal static class Option
{
    /// <summary>Text; an empty value sets null (the setter decides whether null means "keep the default").</summary>
    public static OptionSpec<T> Text<T>(string key, Func<T, string?> get, Action<T, string?> set, string description) =>
        new(key, "text", description)
        {
            Read = (ctx, node, path, o) => set(o, ctx.ReadText(node, path)),
            ShowValue = o => NullIfEmpty(get(o)),
        };

    /// <summary>A file or folder; relative paths are resolved against the config file's folder after reading.</summary>
    public static OptionSpec<T> Path<T>(string key, Func<T, string?> get, Action<T, string?> set, string description) =>
        Text(key, get, set, description) with { TypeText = "path" };

    /// <summary>An absolute http(s) URL; its rules (scheme, plain http) belong to the section.</summary>
    public static OptionSpec<T> Url<T>(string key, Func<T, string?> get, Action<T, string?> set, string description) =>
        Text(key, get, set, description) with { TypeText = "absolute http(s) URL" };

    /// <summary>A secret: kept as a <see cref="Secret"/>, masked in messages, warned about when written out in the file.</summary>
    public static OptionSpec<T> SecretValue<T>(string key, string? variable, Func<T, Secret?> get, Action<T, Secret?> set, string description) =>
        new(key, "secret", description)
        {
            IsSecret = true,
            Read = (ctx, node, path, o) => set(o, SecretReader.Read(ctx, node, path, variable)),
            ShowValue = o => get(o) is null ? null : Secret.Masked,
        };

    public static OptionSpec<T> Flag<T>(string key, Func<T, bool> get, Action<T, bool> set, string description) =>
        new(key, "boolean", description)
        {
            Read = (ctx, node, path, o) =>
            {
                if (ctx.ReadBool(node, path) is { } value) set(o, value);
            },
            ShowValue = o => get(o) ? "true" : "false",
        };

    public static OptionSpec<T> WholeNumber<T>(string key, OptionRange range, Func<T, int> get, Action<T, int> set, string description) =>
        new(key, range.TypeText(whole: true), description)
        {
            Range = range,
            Whole = true,
            Read = (ctx, node, path, o) =>
            {
                if (ctx.ReadInt(node, path, range.Allowed) is { } value) set(o, value);
            },
            Check = (ctx, path, o) => RangeRule.Check(ctx, path, get(o), range),
            ShowValue = o => get(o).ToString(CultureInfo.InvariantCulture),
        };

    public static OptionSpec<T> Number<T>(string key, OptionRange range, Func<T, double> get, Action<T, double> set, string description) =>
        new(key, range.TypeText(whole: false), description)
        {
            Range = range,
            Read = (ctx, node, path, o) =>
            {
                if (ctx.ReadNumber(node, path, range.Allowed) is { } value) set(o, value);
            },
            Check = (ctx, path, o) => RangeRule.Check(ctx, path, get(o), range),
            ShowValue = o => OptionRange.Format(get(o)),
        };

    /// <summary>One of a fixed set of names, matched without regard to case; <paramref name="noun"/> ends "is not …".</summary>
    public static OptionSpec<T> Choice<T, TValue>(string key, IReadOnlyList<(string Name, TValue Value)> choices, string noun,
        Func<T, TValue> get, Action<T, TValue> set, string description)
        where TValue : struct =>
        new(key, string.Join(" \\| ", choices.Select(c => $"`{c.Name}`")), description)
        {
            Read = (ctx, node, path, o) =>
            {
                if (ctx.ReadChoice(node, path, choices, noun) is { } value) set(o, value);
            },
            ShowValue = o => choices.First(c => EqualityComparer<TValue>.Default.Equals(c.Value, get(o))).Name,
        };

    /// <summary>A list of text, without duplicates (compared without regard to case).</summary>
    public static OptionSpec<T> List<T>(string key, Func<T, IReadOnlyList<string>> get, Action<T, List<string>> set, string description) =>
        new(key, "list", description)
        {
            Read = (ctx, node, path, o) => set(o, ctx.ReadList(node, path).Select(i => i.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList()),
            ShowValue = o => ShowList(get(o)),
        };

    /// <summary>A mapping always present in the options (e.g. <c>n2f:</c>).</summary>
    public static OptionSpec<T> Section<T, TChild>(string key, ConfigSection<TChild> section, Func<T, TChild> child, string description) =>
        new(key, "section", description)
        {
            Child = section,
            ChildOptions = o => child(o),
            Read = (ctx, node, path, o) => section.Read(ctx, node, child(o), path),
            Check = (ctx, path, o) => section.Check(ctx, child(o), path),
        };

    /// <summary>A mapping whose presence means something (e.g. <c>notify.mail:</c>): null until the file gives it.</summary>
    public static OptionSpec<T> OptionalSection<T, TChild>(string key, ConfigSection<TChild> section, Func<T, TChild?> get,
        Action<T, TChild> set, string description)
        where TChild : class, new() =>
        new(key, "section", description)
        {
            Child = section,
            DefaultNote = "none",
            ChildOptions = o => get(o) ?? new TChild(),
            Read = (ctx, node, path, o) =>
            {
                if (YamlScalarReader.IsNull(node)) return;
                var child = get(o) ?? new TChild();
                set(o, child);
                section.Read(ctx, node, child, path);
            },
            Check = (ctx, path, o) =>
            {
                if (get(o) is { } child) section.Check(ctx, child, path);
            },
        };

    public static string ShowList(IEnumerable<string> items) => "[" + string.Join(", ", items) + "]";

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
