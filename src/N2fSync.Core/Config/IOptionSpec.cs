namespace N2fSync.Config;

/// <summary>
/// One key of the schema as the template, the docs and their tests see it, whatever options type it fills: its
/// name, the type and default the reference documents, and whether its value is a secret.
/// </summary>
internal interface IOptionSpec
{
    /// <summary>The key as written in the file (camelCase).</summary>
    string Key { get; }

    /// <summary>What the key accepts, as the reference's "type" column says it (e.g. <c>1 to 200</c>).</summary>
    string TypeText { get; }

    /// <summary>The reference's "default" cell when the default is not a plain value (e.g. "the system proxy").</summary>
    string? DefaultNote { get; }

    /// <summary>A valid value other than the default, as written in YAML, e.g. <c>50</c>.</summary>
    string? Example { get; }

    /// <summary>The range a number is checked against; null for other kinds.</summary>
    OptionRange? Range { get; }

    /// <summary>A whole number (as opposed to any number).</summary>
    bool Whole { get; }

    string Description { get; }

    /// <summary>Never echoed in a message; a value written in the file draws a warning.</summary>
    bool IsSecret { get; }

    /// <summary>The keys under this one, when it is a section.</summary>
    IConfigSection? Child { get; }

    /// <summary>The value held by <paramref name="options"/>, as YAML; null when unset, masked for secrets.</summary>
    string? Show(object options);

    /// <summary>Reads a value into <paramref name="options"/>, as the section does for this key.</summary>
    void ReadInto(ConfigReadContext ctx, YamlDotNet.RepresentationModel.YamlNode node, string path, object options);

    /// <summary>Checks the value held by <paramref name="options"/>, as the section does for this key.</summary>
    void CheckOn(ConfigReadContext ctx, string path, object options);

    /// <summary>The options object of <see cref="Child"/> inside <paramref name="options"/> (a new one for axis scopes).</summary>
    object? ChildOf(object options);
}
