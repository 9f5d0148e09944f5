using System.Text.Json;
using System.Text;
using N2fSync.Agresso;
using N2fSync.Diagnostics;
using N2fSync.Reports;
using N2fSync.Store;
using N2fSync.Sync.Apply;
using N2fSync.Sync;
using N2fSync.Tests.Support;

namespace N2fSync.Tests.Reports;

/// <summary>A night's run rendered for an admin: JSON for tools, CSV for Excel, one HTML page to mail.</summary>
public sealed class RunReportTests : IDisposable
{
    private const string Script = "<script>alert('x')</script>";
    private static readonly DateTimeOffset Night = new(2026, 11, 27, 1, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();
    private readonly SyncStore _store;

    public RunReportTests()
    {
        _store = SyncStore.Open(_folder.File("store.db"), Fixtures.Target);
        var summary = new SyncSummary { RunId = "night-1127", StartedAt = Night, Target = Fixtures.Target.ToString() };
        summary.Scope("users").Status = ScopeStatus.Completed;
        _store.Runs.Start(new RunStart("night-1127", Night, false, "svc-n2fsync", "AGRESSO-JOB01", 4711, Fixtures.Target.Origin, null));

        Sent(Change(ChangeAction.Update, "ann.peeters@example.be", new FieldDifference("jobTitle", "Comptable", "Comptable principale")), SyncOutcome.Updated, 200, null);
        Sent(Change(ChangeAction.Create, "chloe.o'neil@example.be", new FieldDifference("jobTitle", null, "Responsable " + Script),
            new FieldDifference("canCreateVehicle", null, true)), SyncOutcome.Created, 200, null);
        Sent(Change(ChangeAction.Create, "marc.dupont@example.be", new FieldDifference("culture", null, "français")), SyncOutcome.Failed, 400,
            "culture 'français' must be a 2-letter code such as 'fr' or a culture such as 'fr-BE'.");
        _store.Journal.NotSent("night-1127", Change(ChangeAction.Skip, "not-an-email"),
            new SyncResult { Outcome = SyncOutcome.Skipped, Message = "AdresseEmail: 'not-an-email' is not a valid e-mail address, \"sic\".", Timestamp = Night });
        _store.Runs.RecordIssues("night-1127",
            [new DataIssue("users", 6, null, "AdresseEmail", DataIssueKind.InvalidEmail, "'not-an-email' is not a valid e-mail address.", "<b>not-an-email</b>")], Night);
        summary.Add(new SyncResult { Outcome = SyncOutcome.Updated });
        summary.Add(new SyncResult { Outcome = SyncOutcome.Created });
        summary.Add(new SyncResult { Outcome = SyncOutcome.Failed });
        summary.AddCompleteness(new ScopeCompleteness { Scope = "users", Rows = 4, ValidRows = 3 });
        summary.Complete(Night.AddMinutes(3));
        summary.Metrics = new SyncMetrics
        {
            Rows = 4, ApiCalls = new() { ["GET 200"] = 4, ["POST 200"] = 2, ["POST 400"] = 1 },
            Latency = new LatencyPercentiles { Calls = 7, P50 = 38, P95 = 210, P99 = 210, Max = 210 }, CacheHits = 3, CacheMisses = 1, CacheHitRate = 0.75,
        };
        _store.Runs.Complete(summary);
    }

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    private static N2fChange Change(ChangeAction action, string key, params FieldDifference[] differences) =>
        new() { Scope = "users", Action = action, Key = key, Company = "BE01", Differences = differences };

    private void Sent(N2fChange change, SyncOutcome outcome, int status, string? message) =>
        _store.Journal.After(_store.Journal.Before("night-1127", change, "h", Night),
            new SyncResult { Outcome = outcome, StatusCode = status, Message = message, Timestamp = Night });

    private string Render(ReportFormat format)
    {
        using var output = new MemoryStream();
        RunReport.Load(_store, "night-1127")!.Write(output, format);
        return Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF');
    }

    [Fact]
    public void Html_ChangesTheWriteGateRefused_HaveASectionOfTheirOwn_WithTheirCount()
    {
        var summary = new SyncSummary { RunId = "night-1128", StartedAt = Night.AddDays(1), Target = Fixtures.Target.ToString() };
        _store.Runs.Start(new RunStart("night-1128", Night.AddDays(1), false, "svc-n2fsync", "AGRESSO-JOB01", 4711, Fixtures.Target.Origin, null));
        _store.Journal.NotSent("night-1128", Change(ChangeAction.Delete, "it-admin@example.be"), new SyncResult
        {
            Outcome = SyncOutcome.Refused, Message = "it-admin@example.be is listed in safety.protectedKeys: never written by N2fSync.", Timestamp = Night.AddDays(1),
        });
        summary.Add(new SyncResult { Outcome = SyncOutcome.Refused });
        summary.Complete(Night.AddDays(1).AddMinutes(1));
        _store.Runs.Complete(summary);

        using var output = new MemoryStream();
        RunReport.Load(_store, "night-1128")!.Write(output, ReportFormat.Html);
        var html = Encoding.UTF8.GetString(output.ToArray());

        Assert.Contains("Refused by the write gate", html);
        Assert.Contains("it-admin@example.be is listed in safety.protectedKeys", html);
        Assert.Contains("<div class=\"kpi warn\"><div class=\"label\">refused</div><div class=\"value\">1</div></div>", html);
    }

    [Fact]
    public void Html_ValueWithAScriptTag_IsEscaped()
    {
        var html = Render(ReportFormat.Html);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Responsable &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html);
        Assert.Contains("&quot;sic&quot;", html);
    }

    [Fact]
    public void Html_IsSelfContained()
    {
        var html = Render(ReportFormat.Html);

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<style>", html);
        foreach (var external in new[] { "src=", "href=", "<link", "@import", "url(" })
            Assert.DoesNotContain(external, html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Html_ListsFailuresFirst_ThenRowsNotSent_ThenTheChangesWithTheirFields()
    {
        var html = Render(ReportFormat.Html);

        var failure = html.IndexOf("marc.dupont@example.be", StringComparison.Ordinal);
        var notSent = html.IndexOf("not-an-email", StringComparison.Ordinal);
        var written = html.IndexOf("ann.peeters@example.be", StringComparison.Ordinal);
        Assert.True(failure < notSent && notSent < written, $"{failure} {notSent} {written}");
        Assert.Contains("jobTitle: <span class=\"old\">Comptable</span> → <span class=\"new\">Comptable principale</span>", html);
        Assert.Contains("Completeness: users 3/4 rows valid (75 %)", html);
        Assert.Contains("p50 38 ms, p95 210 ms", html);
    }

    [Fact]
    public void Html_ManyChangesWritten_AreCappedWithANote()
    {
        for (var i = 0; i < 5; i++) Sent(Change(ChangeAction.Update, $"agent.{i}@example.be"), SyncOutcome.Updated, 200, null);
        using var output = new MemoryStream();

        new HtmlReportWriter(maxRowsPerSection: 3).Write(RunReport.Load(_store, "night-1127")!, output);

        Assert.Contains("4 more not shown", Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public void Json_HasTheRunChangesDataIssuesAndMetrics()
    {
        using var json = JsonDocument.Parse(Render(ReportFormat.Json));
        var root = json.RootElement;

        Assert.Equal("night-1127", root.GetProperty("run").GetProperty("id").GetString());
        Assert.Equal(1, root.GetProperty("run").GetProperty("counts").GetProperty("failed").GetInt32());
        Assert.Equal(0.75, root.GetProperty("run").GetProperty("completeness")[0].GetProperty("ratio").GetDouble());
        Assert.Equal(4, root.GetProperty("changes").GetArrayLength());
        var chloe = root.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "chloe.o'neil@example.be");
        Assert.Equal(JsonValueKind.Null, chloe.GetProperty("differences")[0].GetProperty("n2f").ValueKind);
        Assert.True(chloe.GetProperty("differences")[1].GetProperty("agresso").GetBoolean());
        Assert.Equal("InvalidEmail", root.GetProperty("dataIssues")[0].GetProperty("kind").GetString());
        Assert.Equal(210, root.GetProperty("metrics").GetProperty("latency").GetProperty("p95").GetDouble());
        Assert.Equal(1, root.GetProperty("metrics").GetProperty("apiCalls").GetProperty("POST 400").GetInt32());
    }

    [Fact]
    public void Csv_HasOneLinePerChange_AndQuotesWhatNeedsIt()
    {
        var lines = Render(ReportFormat.Csv).Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(5, lines.Length);
        Assert.StartsWith("RunId,At,Scope,Company,Key,Action,Outcome", lines[0]);
        Assert.Contains("\"AdresseEmail: 'not-an-email' is not a valid e-mail address, \"\"sic\"\".\"", lines[4]);
        Assert.Contains("jobTitle: 'Comptable' → 'Comptable principale'", lines[1]);
    }

    [Theory]
    [InlineData("night.json", ReportFormat.Json)]
    [InlineData("night.CSV", ReportFormat.Csv)]
    [InlineData("night.htm", ReportFormat.Html)]
    [InlineData("night.html", ReportFormat.Html)]
    [InlineData("night.pdf", null)]
    public void Format_FollowsTheExtension(string path, ReportFormat? expected) => Assert.Equal(expected, RunReport.FormatOf(path));

    [Fact]
    public void Load_UnknownRun_IsNull() => Assert.Null(RunReport.Load(_store, "never"));
}
