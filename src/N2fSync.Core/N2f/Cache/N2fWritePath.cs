

namespace N2fSync.N2f.Cache;

/// <summary>
/// Which cached list a write changes (domain.md §2.4): <c>POST users</c> and <c>DELETE users/{mail}</c> change
/// <c>users</c>; <c>POST companies/{c}/axes/{a}</c> and <c>DELETE companies/{c}/axes/{a}/{code}</c> change that axis's values.
/// </summary>
internal sealed record N2fWritePath(N2fList List, bool IsDelete, string? Key)
{
    public string ListPath => List.Path;

    public static N2fWritePath? Parse(string method, string path)
    {
        var isDelete = string.Equals(method, "DELETE", StringComparison.OrdinalIgnoreCase);
        var segments = path.Split('?')[0].Trim('/').Split('/');
        var listSegments = isDelete ? segments.Take(segments.Length - 1).ToArray() : segments;
        var key = isDelete && segments.Length > 1 ? Uri.UnescapeDataString(segments[segments.Length - 1]) : null;
        var listPath = string.Join("/", listSegments);
        N2fList? list = null;
        if (listSegments.Length == 1 && listSegments[0] == "users") list = N2fList.Users;
        else if (listSegments.Length == 4 && listSegments[0] == "companies" && listSegments[2] == "axes")
            list = new N2fList(listPath, true, "", "code");
        return list is null ? null : new N2fWritePath(list, isDelete, key is null ? null : list.NormalizeKey(key));
    }
}
