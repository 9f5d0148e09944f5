using YamlDotNet.RepresentationModel;

namespace N2fSync.Config;

/// <summary>
/// One key of a section, stated once: its name, type, default, description, and how its value is read into and
/// checked on <typeparamref name="TOptions"/>. Built by <see cref="Option"/>; walked by <see cref="ConfigSection{TOptions}"/>.
/// </summary>
internal sealed record OptionSpec<TOptions>(string Key, string TypeText, string Description) : IOptionSpec
{
    public string? DefaultNote { get; init; }

    public string? Example { get; init; }

    public OptionRange? Range { get; init; }

    public bool Whole { get; init; }

    public bool IsSecret { get; init; }

    /// <summary>Reads the value at the key path into the options, reporting what is wrong with it.</summary>
    public Action<ConfigReadContext, YamlNode, string, TOptions> Read { get; init; } = static (_, _, _, _) => { };

    /// <summary>Checks the value once the config is complete (after environment overrides): ranges, formats.</summary>
    public Action<ConfigReadContext, string, TOptions> Check { get; init; } = static (_, _, _) => { };

    /// <summary>The current value as YAML, so a test can prove the options' defaults are the documented ones.</summary>
    public Func<TOptions, string?> ShowValue { get; init; } = static _ => null;

    public IConfigSection? Child { get; init; }

    public Func<TOptions, object?> ChildOptions { get; init; } = static _ => null;

    string? IOptionSpec.Show(object options) => ShowValue((TOptions)options);

    object? IOptionSpec.ChildOf(object options) => ChildOptions((TOptions)options);

    void IOptionSpec.ReadInto(ConfigReadContext ctx, YamlNode node, string path, object options) => Read(ctx, node, path, (TOptions)options);

    void IOptionSpec.CheckOn(ConfigReadContext ctx, string path, object options) => Check(ctx, path, (TOptions)options);
}
