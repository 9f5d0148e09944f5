namespace N2fSync.Config;

/// <summary>One key of the schema in place: its section, its table entry, and the options holding its default.</summary>
internal sealed record OptionDescription(IConfigSection Section, IOptionSpec Spec, object Options)
{
    /// <summary>The dotted key path, e.g. <c>n2f.pageSize</c> or <c>axes.&lt;scope&gt;.cultures</c>.</summary>
    public string Path => ConfigSchema.Join(Section.Path, Spec.Key);

    /// <summary>The default as written in YAML; null when there is none or the table describes it in words.</summary>
    public string? Default => Spec.DefaultNote is null && Spec.Child is null ? Spec.Show(Options) : null;
}
