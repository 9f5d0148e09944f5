using N2fSync.Agresso;

namespace N2fSync.Notify;

/// <summary>
/// A source row a run rejected, as two runs compare it: by scope and key (lower-cased, as keys match); a row whose
/// key could not be read, by where it stands in the source.
/// </summary>
internal sealed record RejectedRow(string Scope, string Row)
{
    public static RejectedRow Of(DataIssue issue) =>
        new(issue.Scope.ToLowerInvariant(), issue.Key is { Length: > 0 } key ? key.Trim().ToLowerInvariant() : issue.SourceLocation);
}
