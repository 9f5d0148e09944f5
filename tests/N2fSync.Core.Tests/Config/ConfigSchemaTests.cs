using System.Globalization;
using N2fSync.Config;
using YamlDotNet.RepresentationModel;

namespace N2fSync.Tests.Config;

/// <summary>
/// The option tables drive reading and range checks, and hold the template and docs/config.md to the same keys,
/// types and defaults: one case per key of the schema.
/// </summary>
public sealed class ConfigSchemaTests
{
    public static TheoryData<string> Keys() => [.. ConfigSchema.Describe().Select(d => d.Path)];

    public static TheoryData<string> Leaves() => [.. ConfigSchema.Describe().Where(d => d.Spec.Child is null).Select(d => d.Path)];

    public static TheoryData<string> Numbers() => [.. ConfigSchema.Describe().Where(d => d.Spec.Range is not null).Select(d => d.Path)];

    [Theory]
    [MemberData(nameof(Leaves))]
    public void Key_ItsExampleIsReadIntoItsOption(string path)
    {
        var key = Describe(path);
        Assert.False(key.Spec.Example is null, $"{path} needs an example in its table entry");
        Assert.NotEqual(key.Default, key.Spec.Example);
        var ctx = new ConfigReadContext(null, Environment.CurrentDirectory, _ => null);

        key.Spec.ReadInto(ctx, ParseValue(key.Spec.Example!), path, key.Options);

        Assert.DoesNotContain(ctx.Issues(), i => i.Severity == ConfigIssueSeverity.Error);
        Assert.Equal(key.Spec.IsSecret ? Secret.Masked : key.Spec.Example, key.Spec.Show(key.Options));
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Key_BelowItsRange_IsAnErrorNamingTheRange(string path)
    {
        var key = Describe(path);
        var range = key.Spec.Range!;
        var below = key.Spec.Whole ? range.Min - 1 : (range.Min == 0 ? -0.5 : range.Min / 2);

        var issue = Assert.Single(ReadAndCheck(key, below));

        Assert.Equal(path, issue.Key);
        Assert.Equal($"{OptionRange.Format(below)} is out of range; use {range.Allowed}.", issue.Message);
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Key_AboveItsRange_IsAnErrorWhenItHasAMaximum(string path)
    {
        var key = Describe(path);
        var range = key.Spec.Range!;
        var above = range.HasMax ? range.Max + (key.Spec.Whole ? 1 : 0.5) : int.MaxValue;

        var issues = ReadAndCheck(key, above);

        if (range.HasMax)
            Assert.Equal($"{OptionRange.Format(above)} is out of range; use {range.Allowed}.", Assert.Single(issues).Message);
        else
            Assert.Empty(issues);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Template_ShowsTheKeyWithItsDefault(string path)
    {
        var key = Describe(path);
        var template = ConfigTemplate.Render(new ConfigTemplateOptions { Sandbox = false });

        Assert.Contains(key.Spec.Key + ":", template);
        if (key.Default is { } value)
            Assert.True(template.Contains($"{key.Spec.Key}: {value}") || template.Contains($"{key.Spec.Key}: '{value}'"),
                $"the template should show '{key.Spec.Key}: {value}' ({path})");
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Docs_DocumentTheKeyWithItsTypeDefaultAndDescription(string path)
    {
        var key = Describe(path);
        var rows = DocsTable(key.Section);
        var expected = new[] { $"`{key.Spec.Key}`", key.Spec.TypeText, DefaultCell(key) };

        var row = rows.FirstOrDefault(r => r[0] == expected[0]);

        Assert.True(row is not null, $"docs/config.md has no row for {path} under <!-- keys: {Marker(key.Section)} -->; expected: | {string.Join(" | ", expected)} | {key.Spec.Description} |");
        Assert.Equal(expected, row!.Take(3));
        if (row!.Length > 3)
            Assert.StartsWith(key.Spec.Description, row[3]);
    }

    [Fact]
    public void Docs_DocumentNoKeyTheSchemaLacks()
    {
        var sections = ConfigSchema.Describe().Select(d => d.Section).Distinct().ToList();

        var stale = sections.SelectMany(s => DocsTable(s).Select(r => (Section: s.Path, Key: r[0])))
            .Where(r => !sections.First(s => s.Path == r.Section).Options.Any(o => $"`{o.Key}`" == r.Key))
            .ToList();

        Assert.Empty(stale);
    }

    [Fact]
    public void Docs_MentionEveryEnvironmentVariable()
    {
        var docs = ReadDocs();

        var missing = typeof(ConfigEnvironmentVariables).GetFields().Select(f => (string)f.GetValue(null)!).Where(v => !docs.Contains(v)).ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("n2f.clientSecret")]
    [InlineData("source.password")]
    [InlineData("notify.webhook.url")]
    [InlineData("notify.mail.password")]
    public void Schema_MarksTheKeyAsSecret(string path)
    {
        Assert.True(ConfigSchema.IsSecret(path));
    }

    [Fact]
    public void Schema_SecretsAreExactlyTheFourKnown()
    {
        Assert.Equal(["source.password", "n2f.clientSecret", "notify.webhook.url", "notify.mail.password"],
            ConfigSchema.Describe().Where(d => d.Spec.IsSecret).Select(d => d.Path));
    }

    private static OptionDescription Describe(string path) => ConfigSchema.Describe().Single(d => d.Path == path);

    private static IReadOnlyList<ConfigIssue> ReadAndCheck(OptionDescription key, double value)
    {
        var ctx = new ConfigReadContext(null, Environment.CurrentDirectory, _ => null);
        key.Spec.ReadInto(ctx, new YamlScalarNode(value.ToString(CultureInfo.InvariantCulture)), key.Path, key.Options);
        key.Spec.CheckOn(ctx, key.Path, key.Options);
        return ctx.Issues();
    }

    private static YamlNode ParseValue(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader("value: " + yaml));
        return ((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("value")];
    }

    private static string DefaultCell(OptionDescription key) =>
        key.Spec.DefaultNote ?? (key.Default is { } value ? $"`{value}`" : "");

    private static string Marker(IConfigSection section) => section.Path.Length == 0 ? "(top level)" : section.Path;

    /// <summary>The rows of the table that follows <c>&lt;!-- keys: path --&gt;</c>, as cells (a \| inside a cell is kept).</summary>
    private static List<string[]> DocsTable(IConfigSection section)
    {
        var lines = ReadDocs().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.IndexOf($"<!-- keys: {Marker(section)} -->");
        if (start < 0)
            return [];
        return lines.Skip(start + 1).SkipWhile(l => l.Trim().Length == 0).TakeWhile(l => l.StartsWith("|", StringComparison.Ordinal))
            .Skip(2)
            .Select(l => System.Text.RegularExpressions.Regex.Split(l.Trim().Trim('|'), @"(?<!\\)\|").Select(c => c.Trim()).ToArray())
            .ToList();
    }

    private static string ReadDocs() => File.ReadAllText(Path.Combine(RepoRoot(), "docs", "config.md"));

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "N2fSync.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException("N2fSync.slnx not found above " + AppContext.BaseDirectory);
    }
}
