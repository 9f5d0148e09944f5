namespace N2fSync.Agresso;

/// <summary>
/// A problem with one row that did not stop the read: the row was still returned, but some of its values may be
/// wrong (a CSV line with more or fewer fields than the header). Normalization should treat the row as suspect.
/// </summary>
/// <param name="View">The view the row belongs to.</param>
/// <param name="RowNumber">The row's <see cref="SourceRow.RowNumber"/>.</param>
/// <param name="LineNumber">1-based line of the file where the row starts, for a message a person can act on.</param>
/// <param name="Message">What is wrong and what was done about it.</param>
public sealed record SourceRowIssue(string View, int RowNumber, int LineNumber, string Message);

/// <summary>
/// A source that can notice per-row problems while reading. Each issue is recorded before its row is yielded, so a
/// consumer can look up the row it just received. A new read of a view replaces that view's earlier issues.
/// </summary>
public interface IRowIssueReporter
{
    /// <summary>A snapshot of the issues found so far, in reading order.</summary>
    IReadOnlyList<SourceRowIssue> RowIssues { get; }
}
