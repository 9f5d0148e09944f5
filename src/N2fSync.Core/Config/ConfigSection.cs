using YamlDotNet.RepresentationModel;

namespace N2fSync.Config;

/// <summary>
/// A section of the file as a table of <see cref="OptionSpec{TOptions}"/>: reading walks the mapping against the
/// table (unknown keys get a "did you mean"), checking runs each key's check and then the section's own rules.
/// </summary>
internal sealed class ConfigSection<TOptions> : IConfigSection
{
    private readonly Dictionary<string, OptionSpec<TOptions>> _byKey;
    private readonly Action<ConfigReadContext, string, TOptions>? _rules;

    public ConfigSection(string path, IReadOnlyList<OptionSpec<TOptions>> options, Action<ConfigReadContext, string, TOptions>? rules = null)
    {
        Path = path;
        Options = options;
        Keys = options.Select(o => o.Key).ToList();
        _byKey = options.ToDictionary(o => o.Key, StringComparer.Ordinal);
        _rules = rules;
    }

    public string Path { get; }

    public IReadOnlyList<OptionSpec<TOptions>> Options { get; }

    IReadOnlyList<IOptionSpec> IConfigSection.Options => Options;

    /// <summary>The keys in table order, the order "known keys: …" lists them in.</summary>
    public IReadOnlyList<string> Keys { get; }

    public OptionSpec<TOptions> this[string key] => _byKey[key];

    /// <summary>Reads the mapping at <paramref name="path"/> (the section's own path unless it is a named entry, e.g. axes.vehicles).</summary>
    public void Read(ConfigReadContext ctx, YamlNode node, TOptions target, string? path = null)
    {
        path ??= Path;
        foreach (var (key, value) in ctx.Entries(node, path, Keys))
            _byKey[key].Read(ctx, value, ConfigSchema.Join(path, key), target);
    }

    public void Check(ConfigReadContext ctx, TOptions target, string? path = null)
    {
        path ??= Path;
        foreach (var option in Options)
            option.Check(ctx, ConfigSchema.Join(path, option.Key), target);
        _rules?.Invoke(ctx, path, target);
    }
}
