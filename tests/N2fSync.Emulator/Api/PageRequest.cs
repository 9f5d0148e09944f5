using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace N2fSync.Emulator;

/// <summary>The <c>start</c> (0-based offset) and <c>limit</c> of a paged read.</summary>
internal readonly record struct PageRequest(int Start, int Limit)
{
    /// <summary>Reads the query; a missing limit means the maximum page size, a larger one is an error.</summary>
    public static bool TryRead(HttpRequest request, int maxPageSize, out PageRequest page, out string error)
    {
        page = default;
        error = "";
        if (!TryInt(request, "start", 0, out var start) || start < 0)
        {
            error = $"start '{request.Query["start"]}' must be a whole number of 0 or more.";
            return false;
        }

        if (!TryInt(request, "limit", maxPageSize, out var limit) || limit < 1)
        {
            error = $"limit '{request.Query["limit"]}' must be a whole number of 1 or more.";
            return false;
        }

        if (limit > maxPageSize)
        {
            error = $"limit {limit} exceeds the maximum page size of {maxPageSize}.";
            return false;
        }

        page = new PageRequest(start, limit);
        return true;
    }

    private static bool TryInt(HttpRequest request, string name, int fallback, out int value)
    {
        var text = request.Query[name].ToString();
        value = fallback;
        return text.Length == 0 || int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
