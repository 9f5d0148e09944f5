using System.Text;
using System.Text.RegularExpressions;
using N2fSync.Config;
using N2fSync.Diagnostics;
using N2fSync.Reports;
using N2fSync.Store;
using N2fSync.Sync;
using N2fSync.Sync.Apply;
using N2fSync.Sync.Ports;
using N2fSync.Tests.Support;

namespace N2fSync.Tests.Reports;

/// <summary>A month of nights on one page: charts per question, the keys that keep failing, every run.</summary>
public sealed class HistoryReportTests : IDisposable
{
    // 01:00 UTC in November is 02:00 in Paris: N2F's night quota.
    private static readonly DateTimeOffset FirstNight = new(2026, 11, 1, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Noon = new(2026, 11, 20, 11, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();
    private readonly SyncStore _store;
    private readonly N2fSyncConfig _config = new() { Name = "prod-be" };

    public HistoryReportTests() => _store = SyncStore.Open(_folder.File("store.db"), Fixtures.Target);

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    /// <summary>A run: its writes (created, updated), failed keys, rejected rows, duration and the calls it sent.</summary>
    private void Night(string id, DateTimeOffset at, int created, int updated, string[]? failedKeys = null, int rejected = 0,
        double seconds = 90, int posts = -1, int gets = 12, string message = "culture 'français' must be a 2-letter code")
    {
        var summary = new SyncSummary { RunId = id, StartedAt = at, Target = Fixtures.Target.ToString() };
        summary.Scope("users").Status = ScopeStatus.Completed;
        _store.Runs.Start(new RunStart(id, at, false, "svc-n2fsync", "AGRESSO-JOB01", 4711, Fixtures.Target.Origin, null));
        for (var i = 0; i < created; i++) Journal(id, at, $"new.{id}.{i}@example.be", SyncOutcome.Created, summary, null);
        for (var i = 0; i < updated; i++) Journal(id, at, $"agent.{i}@example.be", SyncOutcome.Updated, summary, null);
        foreach (var key in failedKeys ?? []) Journal(id, at, key, SyncOutcome.Failed, summary, message);
        summary.AddCompleteness(new ScopeCompleteness { Scope = "users", Rows = 1240, ValidRows = 1240 - rejected });
        summary.Complete(at.AddSeconds(seconds));
        var writes = posts >= 0 ? posts : created + updated + (failedKeys?.Length ?? 0);
        summary.Metrics = new SyncMetrics { ApiCalls = new() { ["AUTH 200"] = 1, ["GET 200"] = gets, ["POST 200"] = writes } };
        _store.Runs.Complete(summary);
    }

    private void Journal(string run, DateTimeOffset at, string key, SyncOutcome outcome, SyncSummary summary, string? message)
    {
        var change = new N2fChange { Scope = "users", Action = ChangeAction.Update, Key = key, Company = "BE01" };
        _store.Journal.After(_store.Journal.Before(run, change, "h", at),
            new SyncResult { Outcome = outcome, StatusCode = outcome == SyncOutcome.Failed ? 400 : 200, Message = message, Timestamp = at });
        summary.Add(new SyncResult { Outcome = outcome });
    }

    private HistoryReport Load(int? last = 30, DateTimeOffset? since = null) =>
        HistoryReport.Load(_store, _config, last, since, FirstNight.AddDays(31));

    private static string Render(HistoryReport report)
    {
        using var output = new MemoryStream();
        report.Write(output);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private void AMonth()
    {
        for (var night = 0; night < 30; night++)
            Night($"night-{night:00}", FirstNight.AddDays(night), created: night == 0 ? 180 : 2, updated: 10 + night % 7,
                failedKeys: night % 10 == 3 ? ["marc.dupont@example.be"] : null, rejected: night % 4);
    }

    [Fact]
    public void Html_AMonthOfNights_DrawsFiveChartsWithShapesInEach()
    {
        AMonth();

        var html = Render(Load());

        var charts = Regex.Matches(html, "<svg class=\"chart\".*?</svg>");
        Assert.Equal(5, charts.Count);
        Assert.All(charts, chart => Assert.Matches("<(rect|polyline) ", chart.Value));
        foreach (var id in new[] { "chart-writes", "chart-failures", "chart-rejected", "chart-duration", "chart-quota" })
            Assert.Contains($"id=\"{id}\"", html);
    }

    [Fact]
    public void Html_IsSelfContained_WithoutScript()
    {
        AMonth();

        var html = Render(Load());

        Assert.StartsWith("<!DOCTYPE html>", html);
        foreach (var external in new[] { "src=", "href=", "<link", "@import", "url(", "<script" })
            Assert.DoesNotContain(external, html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Html_AMessageWithMarkup_IsEscaped()
    {
        Night("n1", FirstNight, 1, 1, ["chloe.o'neil@example.be"], message: "<script>alert('x')</script>");
        Night("n2", FirstNight.AddDays(1), 1, 1, ["chloe.o'neil@example.be"], message: "<script>alert('x')</script>");

        var html = Render(Load());

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html);
        Assert.Contains("chloe.o&#39;neil@example.be", html);
    }

    [Fact]
    public void RecurringFailures_AKeyFailingInThreeRuns_IsListedWithItsLastMessage_AKeyFailingOnceIsNot()
    {
        Night("n1", FirstNight, 0, 3, ["marc.dupont@example.be", "lucie.martin@example.be"]);
        Night("n2", FirstNight.AddDays(1), 0, 3, ["marc.dupont@example.be"]);
        Night("n3", FirstNight.AddDays(2), 0, 3, ["marc.dupont@example.be"], message: "profile 'Expert' does not exist");

        var failure = Assert.Single(Load().RecurringFailures);

        Assert.Equal(("marc.dupont@example.be", 3), (failure.Key, failure.Runs));
        Assert.Equal("profile 'Expert' does not exist", failure.LastMessage);
    }

    [Fact]
    public void QuotaOf_ANightRunOf100Writes_HasAFloorOfTwoMinutesAtFiftyAMinute()
    {
        Night("n1", FirstNight, created: 40, updated: 60, seconds: 300);

        var quota = Load().QuotaOf(Load().Runs[0]);

        Assert.Equal(TimeSpan.FromMinutes(2), quota.Floor);
        Assert.Equal(100, quota.Writes);
        // 100 writes in 5 minutes, of 250 the night quota allowed.
        Assert.Equal(0.4, quota.WriteShare!.Value, 3);
    }

    [Fact]
    public void QuotaOf_ADayRun_UsesTheDayQuota()
    {
        Night("n1", Noon, created: 0, updated: 100, seconds: 900);

        Assert.Equal(TimeSpan.FromMinutes(10), Load().QuotaOf(Load().Runs[0]).Floor);
    }

    [Fact]
    public void Load_Last_TakesTheNewestRuns_OldestFirst()
    {
        AMonth();

        var runs = Load(last: 7).Runs;

        Assert.Equal(Enumerable.Range(23, 7).Select(n => $"night-{n:00}"), runs.Select(r => r.Id));
    }

    [Fact]
    public void Load_Since_TakesTheRunsFromThatDay()
    {
        AMonth();

        var runs = Load(last: null, since: FirstNight.AddDays(27)).Runs;

        Assert.Equal(["night-27", "night-28", "night-29"], runs.Select(r => r.Id));
    }

    [Fact]
    public void Html_NoRunInThePeriod_SaysSoAndDrawsNothing()
    {
        var html = Render(HistoryReport.Load(null, _config, 30, null, FirstNight));

        Assert.Contains("No run in this period", html);
        Assert.DoesNotContain("<svg", html);
    }

    [Fact]
    public void RejectedRows_AreTheInvalidRowsOfTheRunsCompleteness()
    {
        Night("n1", FirstNight, 1, 1, rejected: 6);

        Assert.Equal(6, HistoryReport.RejectedRows(Load().Runs[0]));
    }

    [Theory]
    [InlineData(17, true, 20, 5)]
    [InlineData(180, true, 200, 50)]
    [InlineData(3, true, 3, 1)]
    [InlineData(0, true, 4, 1)]
    [InlineData(5.4, false, 6, 2)]
    public void Scale_ReadsInRoundNumbers(double tallest, bool integers, double max, double step)
    {
        Assert.Equal((max, step), SvgChart.Scale(tallest, integers));
    }

    [Theory]
    [InlineData(50, 0)]
    [InlineData(2.5, 1)]
    [InlineData(0.05, 2)]
    [InlineData(0.025, 3)]
    public void Decimals_AreThoseTheGridStepNeeds_SoNoTwoLinesReadAlike(double step, int decimals)
    {
        Assert.Equal(decimals, SvgChart.Decimals(step));
    }
}
