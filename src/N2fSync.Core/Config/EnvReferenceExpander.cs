using System.Text;

namespace N2fSync.Config;

/// <summary>
/// Expands <c>${NAME}</c> and <c>${NAME:-default}</c> in a scalar, so secrets and per-machine values stay out of the
/// file. <c>$${</c> writes a literal <c>${</c>. Messages name the variable but never quote the text around it, which
/// may be a secret.
/// </summary>
internal static class EnvReferenceExpander
{
    /// <summary>True when the text holds at least one reference (so a secret written this way is not a literal).</summary>
    public static bool ContainsReference(string text)
    {
        for (var i = text.IndexOf("${", StringComparison.Ordinal); i >= 0; i = text.IndexOf("${", i + 2, StringComparison.Ordinal))
        {
            if (i == 0 || text[i - 1] != '$')
                return true;
        }
        return false;
    }

    /// <summary>The expanded text, or null after reporting each problem through <paramref name="onError"/>.</summary>
    public static string? Expand(string text, Func<string, string?> getEnvironmentVariable, Action<string> onError)
    {
        if (text.IndexOf('$') < 0)
            return text;

        var result = new StringBuilder(text.Length);
        var ok = true;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '$' && i + 2 < text.Length && text[i + 1] == '$' && text[i + 2] == '{')
            {
                result.Append("${");
                i += 3;
                continue;
            }

            if (text[i] != '$' || i + 1 >= text.Length || text[i + 1] != '{')
            {
                result.Append(text[i++]);
                continue;
            }

            var close = text.IndexOf('}', i + 2);
            if (close < 0)
            {
                onError("has '${' without a closing '}'; write $${ for a literal ${.");
                return null;
            }

            ok &= TryResolve(text.Substring(i + 2, close - i - 2), getEnvironmentVariable, onError, result);
            i = close + 1;
        }

        return ok ? result.ToString() : null;
    }

    private static bool TryResolve(string reference, Func<string, string?> getEnvironmentVariable, Action<string> onError, StringBuilder result)
    {
        var separator = reference.IndexOf(":-", StringComparison.Ordinal);
        var name = separator < 0 ? reference : reference.Substring(0, separator);
        if (!IsVariableName(name))
        {
            onError("has a ${...} reference whose name is not an environment variable name (letters, digits and _, not starting with a digit).");
            return false;
        }

        var value = getEnvironmentVariable(name);
        if (separator >= 0)
        {
            // Shell semantics: the default also replaces an empty value.
            result.Append(string.IsNullOrEmpty(value) ? reference.Substring(separator + 2) : value);
            return true;
        }

        if (value is null)
        {
            onError($"environment variable {name} is not set (referenced as ${{{name}}}); set it, or give a default with ${{{name}:-value}}.");
            return false;
        }

        result.Append(value);
        return true;
    }

    private static bool IsVariableName(string name)
    {
        if (name.Length == 0 || char.IsDigit(name[0]))
            return false;
        foreach (var c in name)
        {
            if (!(c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
                return false;
        }
        return true;
    }
}
