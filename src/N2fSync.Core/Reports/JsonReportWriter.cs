using System.Text.Json;
using N2fSync.Agresso;
using N2fSync.Output;
using N2fSync.Store;
using N2fSync.Sync;

namespace N2fSync.Reports;

/// <summary>A run as one JSON document: run, metrics, changes (with field-level differences) and data-quality issues.</summary>
internal static class JsonReportWriter
{
    public static void Write(RunReport report, Stream output)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        WriteRun(w, report.Run);
        w.WritePropertyName("metrics");
        if (report.Run.Metrics is { } metrics) JsonSerializer.Serialize(w, metrics, HistoryJson.Options);
        else w.WriteNullValue();
        w.WriteStartArray("changes");
        report.ForEachChange(change => WriteChange(w, change));
        w.WriteEndArray();
        w.WriteStartArray("dataIssues");
        foreach (var issue in report.DataIssues) WriteIssue(w, issue);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteRun(Utf8JsonWriter w, SyncRunRecord run)
    {
        w.WriteStartObject("run");
        w.WriteString("id", run.Id);
        w.WriteString("startedAt", run.StartedAt);
        if (run.EndedAt is { } end) w.WriteString("endedAt", end);
        else w.WriteNull("endedAt");
        w.WriteStartArray("scopes");
        foreach (var scope in run.Scopes) w.WriteStringValue(scope);
        w.WriteEndArray();
        w.WriteString("userName", run.UserName);
        w.WriteString("host", run.Host);
        w.WriteString("outcome", run.Outcome.ToString());
        w.WriteString("stoppedBecause", run.StoppedBecause);
        w.WriteStartObject("counts");
        foreach (var (name, count) in Counts(run)) w.WriteNumber(name, count);
        w.WriteEndObject();
        w.WriteStartArray("completeness");
        foreach (var c in run.Completeness)
        {
            w.WriteStartObject();
            w.WriteString("scope", c.Scope);
            w.WriteNumber("rows", c.Rows);
            w.WriteNumber("validRows", c.ValidRows);
            w.WriteNumber("ratio", Math.Round(c.Ratio, 4));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    internal static IEnumerable<(string Name, int Count)> Counts(SyncRunRecord run) =>
    [
        ("created", run.Created), ("updated", run.Updated), ("deleted", run.Deleted), ("unchanged", run.Unchanged),
        ("skipped", run.Skipped), ("failed", run.Failed), ("held", run.Held), ("refused", run.Refused), ("dataIssues", run.DataIssues),
    ];

    private static void WriteChange(Utf8JsonWriter w, SyncChangeRecord change)
    {
        w.WriteStartObject();
        w.WriteString("at", change.At);
        w.WriteString("scope", change.Scope);
        w.WriteString("company", change.Company);
        w.WriteString("key", change.Key);
        w.WriteString("action", change.Action.ToString());
        w.WriteString("outcome", change.Outcome.ToString());
        w.WriteBoolean("sent", change.Sent);
        if (change.StatusCode is { } status) w.WriteNumber("status", status);
        else w.WriteNull("status");
        w.WriteString("message", change.Message);
        if (change.RowNumber is { } row) w.WriteNumber("row", row);
        else w.WriteNull("row");
        w.WriteStartArray("differences");
        foreach (var d in change.Differences)
        {
            w.WriteStartObject();
            w.WriteString("field", d.Field);
            WriteValue(w, "n2f", d.N2fValue);
            WriteValue(w, "agresso", d.AgressoValue);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Nulls and flags stay JSON nulls and booleans; names lists read as one line of text.</summary>
    private static void WriteValue(Utf8JsonWriter w, string name, object? value)
    {
        switch (value)
        {
            case null: w.WriteNull(name); break;
            case bool b: w.WriteBoolean(name, b); break;
            default: w.WriteString(name, ValueText.Display(value)); break;
        }
    }

    private static void WriteIssue(Utf8JsonWriter w, DataIssue issue)
    {
        w.WriteStartObject();
        w.WriteString("scope", issue.Scope);
        w.WriteNumber("row", issue.RowNumber);
        // "iris_N2F_User.csv line 42": what the row number counts in, as an admin looks the row up.
        w.WriteString("source", issue.SourceLocation);
        w.WriteString("key", issue.Key);
        w.WriteString("field", issue.Field);
        w.WriteString("kind", issue.Kind.ToString());
        w.WriteString("message", issue.Message);
        w.WriteString("value", issue.Value);
        w.WriteBoolean("blocking", issue.IsBlocking);
        w.WriteEndObject();
    }
}
