namespace N2fSync.Config;

/// <summary>
/// The schema as a whole: every section's table from the top level down, for the messages that must know whether
/// a key is secret, and for the tests that hold the template and docs/config.md to the tables.
/// </summary>
internal static class ConfigSchema
{
    private static readonly Lazy<HashSet<string>> SecretPaths = new(() =>
        new(Describe().Where(d => d.Spec.IsSecret).Select(d => d.Path), StringComparer.OrdinalIgnoreCase));

    public static string Join(string parent, string key) => parent.Length == 0 ? key : parent + "." + key;

    /// <summary>Keys whose value is a secret: never echoed in a message, and a literal value draws a warning.</summary>
    public static bool IsSecret(string keyPath) => SecretPaths.Value.Contains(keyPath);

    /// <summary>Every key in file order, with its section and the options object that holds its default.</summary>
    public static IEnumerable<OptionDescription> Describe() =>
        Describe(RootSchema.Section, new N2fSyncConfig { Axes = BuiltInAxisScopes.Create() });

    private static IEnumerable<OptionDescription> Describe(IConfigSection section, object options)
    {
        foreach (var spec in section.Options)
        {
            yield return new OptionDescription(section, spec, options);
            if (spec.Child is not { } child || spec.ChildOf(options) is not { } childOptions)
                continue;
            foreach (var nested in Describe(child, childOptions))
                yield return nested;
        }
    }
}
