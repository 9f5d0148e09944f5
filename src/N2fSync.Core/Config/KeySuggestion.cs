

namespace N2fSync.Config;

/// <summary>Finds the known key an unknown one was probably meant to be (a typo or a snake_case spelling).</summary>
internal static class KeySuggestion
{
    /// <summary>The closest known key, or null when none is close enough to be a useful hint.</summary>
    public static string? Closest(string unknown, IEnumerable<string> known)
    {
        var typed = Simplify(unknown);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = Distance(typed, Simplify(candidate));
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // A third of the length tolerates a couple of typos in long keys without suggesting unrelated short ones.
        var tolerance = Math.Max(2, typed.Length / 3);
        return bestDistance <= tolerance ? best : null;
    }

    // source_path, source-path and SourcePath all mean the same camelCase key.
    private static string Simplify(string key) =>
        new(key.Where(c => c != '_' && c != '-').Select(char.ToLowerInvariant).ToArray());

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
