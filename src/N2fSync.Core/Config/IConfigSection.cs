namespace N2fSync.Config;

/// <summary>A mapping of the file: its dotted path (e.g. <c>n2f</c>, <c>axes.&lt;scope&gt;</c>) and its keys.</summary>
internal interface IConfigSection
{
    string Path { get; }

    IReadOnlyList<IOptionSpec> Options { get; }
}
