using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text;
using N2fSync.N2f.Http;
using N2fSync.Platform;
using N2fSync.Sync.Apply;

namespace N2fSync.Diagnostics;

/// <summary>
/// One JSON object per line, per API call and per change, appended to a file for log collectors (logging.json).
/// Carries what an operator needs and nothing secret: no token, no request or response body, no client secret.
/// </summary>
public sealed class JsonLinesLog : IDisposable
{
    private readonly object _gate = new();
    private readonly StreamWriter _writer;

    public JsonLinesLog(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        // Shared read so a collector can tail the file while a run appends to it.
        // Names, e-mails and field values of real people: readable by the account that runs the sync only.
        OwnerOnlyFiles.PrepareFile(path);
        var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        _writer = new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = true };
    }

    public void ApiCall(N2fCall call) => Line(w =>
    {
        w.WriteString("type", "apiCall");
        w.WriteString("at", Instant(call.At));
        w.WriteString("method", call.Method);
        w.WriteString("path", call.Path);
        w.WriteNumber("status", call.Status);
        w.WriteNumber("durationMs", Math.Round(call.Duration.TotalMilliseconds, 1));
    });

    public void Change(SyncResult result) => Line(w =>
    {
        w.WriteString("type", "change");
        w.WriteString("at", Instant(result.Timestamp));
        w.WriteString("runId", result.RunId);
        w.WriteString("scope", result.Scope);
        w.WriteString("company", result.Company);
        w.WriteString("key", result.Key);
        w.WriteString("action", result.Action.ToString());
        w.WriteString("outcome", result.Outcome.ToString());
        w.WriteBoolean("sent", result.Sent);
        if (result.StatusCode is { } status) w.WriteNumber("status", status);
        else w.WriteNull("status");
        w.WriteString("message", result.Message);
        w.WriteString("fields", result.ChangedFields);
    });

    private void Line(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }
        var line = Encoding.UTF8.GetString(buffer.ToArray());
        lock (_gate) _writer.WriteLine(line);
    }

    private static string Instant(DateTimeOffset at) => Store.StoreTime.Format(at);

    public void Dispose()
    {
        lock (_gate) _writer.Dispose();
    }
}
