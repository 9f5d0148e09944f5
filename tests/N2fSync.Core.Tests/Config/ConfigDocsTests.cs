using N2fSync.Config;

namespace N2fSync.Tests.Config;

/// <summary>docs/config.md is the one documented schema (decisions 24): it must not fall behind the loader.</summary>
public sealed class ConfigDocsTests
{
    [Fact]
    public void Docs_MentionEveryKnownKeyAndEnvironmentVariable()
    {
        var docs = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "config.md"));

        var missing = ConfigKeys.All().SelectMany(s => s.Keys.Select(k => $"`{k}`"))
            .Concat(typeof(ConfigEnvironmentVariables).GetFields().Select(f => (string)f.GetValue(null)!))
            .Where(k => !docs.Contains(k))
            .ToList();

        Assert.Empty(missing);
    }

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
