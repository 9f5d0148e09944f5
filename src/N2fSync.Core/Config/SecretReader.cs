using YamlDotNet.RepresentationModel;

namespace N2fSync.Config;

/// <summary>
/// Reads a secret. Written as a <c>${VAR}</c> reference it is silent; written out literally it is accepted (so a
/// quick test works) but warned about, since the file is often shared or committed. The value is never echoed.
/// </summary>
internal static class SecretReader
{
    /// <summary>The secret; <paramref name="variable"/> is the environment variable that also sets it, if any.</summary>
    public static Secret? Read(ConfigReadContext ctx, YamlNode node, string path, string? variable)
    {
        var value = ctx.ReadText(node, path, trim: false);
        if (value is not null && node is YamlScalarNode { Value: { } raw } && !EnvReferenceExpander.ContainsReference(raw))
        {
            ctx.Warning(path, variable is null
                ? $"a secret is written in the file ({ConfigSecrets.Mask}); reference an environment variable instead (${{NAME}}), "
                    + "or name the secret in a SecretManagement vault."
                : $"a secret is written in the file ({ConfigSecrets.Mask}); set the environment variable {variable} "
                    + $"instead (or write ${{{variable}}}), or pass it as a credential.");
        }
        return value;
    }
}
