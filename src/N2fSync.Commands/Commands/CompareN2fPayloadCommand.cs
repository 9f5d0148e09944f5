using System.Globalization;
using System.Management.Automation;
using N2fSync.Agresso;
using N2fSync.Commands.Completers;
using N2fSync.Commands.Errors;
using N2fSync.Commands.Hosting;
using N2fSync.N2f;
using N2fSync.Sync;

namespace N2fSync.Commands.Commands;

/// <summary>
/// <para type="synopsis">Compares Agresso entities with N2F as it is now and emits one change per difference. Never writes to N2F.</para>
/// <para type="description">Deletes can only be known once the whole source is in, so input is collected and changes
/// are emitted when the pipeline ends. Deletes are planned only for companies whose complete source read was received.</para>
/// </summary>
[Cmdlet(VerbsData.Compare, "N2fPayload")]
[OutputType(typeof(N2fChange))]
public sealed class CompareN2fPayloadCommand : N2fCmdlet
{
    private readonly Dictionary<string, ComparedInput> _input = new(StringComparer.OrdinalIgnoreCase);
    private readonly SortedDictionary<string, int> _leftOut = new(StringComparer.OrdinalIgnoreCase);
    private Session.SyncSession? _session;
    private int _rowNumber;

    [Parameter(ValueFromPipeline = true)]
    public PSObject? InputObject { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ScopeCompleter))]
    public string? Scope { get; set; }

    [Parameter]
    public SwitchParameter IncludeEqual { get; set; }

    /// <summary>The input is the whole source although it did not come whole from Get-AgressoEntity: plan deletes anyway.</summary>
    [Parameter]
    public SwitchParameter SourceIsComplete { get; set; }

    /// <summary>Answer the lists the plan diffs against from the cache (within cache.ttlMinutes) instead of reading N2F.</summary>
    [Parameter]
    public SwitchParameter UseCache { get; set; }

    /// <summary>Read every N2F list fresh, reference lists included (what is read refreshes the cache).</summary>
    [Parameter]
    public SwitchParameter NoCache { get; set; }

    [Parameter]
    [Credential]
    public PSCredential? Credential { get; set; }

    protected override void BeginProcessing()
    {
        var config = LoadConfig();
        ApplyCredentials(config, Credential, null);
        _session = CreateSession(config);
        _session.CacheMode = NoCache ? CacheMode.Fresh : UseCache ? CacheMode.Query : CacheMode.Sync;
    }

    protected override void ProcessRecord()
    {
        if (InputObject is null) return;
        _rowNumber++;
        var entity = InputObject.BaseObject as AgressoEntity;
        // A row of the analytics view (Import-Csv) names its scope by typ.
        var scopeName = Scope ?? entity?.Scope ?? ScopeOfType(ValueOf(InputObject, "typ"));
        if (scopeName is null || !_session!.Scopes.TryGet(scopeName, out var scope))
        {
            WriteError(ErrorRecordFactory.UnknownScope(new ArgumentException(
                $"Input object {_rowNumber} has no known scope ('{scopeName}'): pass -Scope or pipe Get-AgressoEntity output.")));
            return;
        }
        entity ??= _session.EntityFrom(scope, _rowNumber, name => ValueOf(InputObject, name),
            name => InputObject.Properties[name] is not null);
        if (entity is null || !string.Equals(entity.Scope, scope.Name, StringComparison.OrdinalIgnoreCase))
        {
            // A row of another scope (another typ, or -Scope naming another one), or of a status the scope excludes.
            _leftOut[scope.Name] = _leftOut.TryGetValue(scope.Name, out var n) ? n + 1 : 1;
            return;
        }
        if (!_input.TryGetValue(scope.Name, out var input)) _input[scope.Name] = input = new ComparedInput(scope.Name);
        input.Add(entity);
    }

    private string? ScopeOfType(string? type) =>
        type is not null && _session!.Scopes.TryGetBySourceType(type, out var scope) ? scope.Name : null;

    protected override void EndProcessing()
    {
        var session = _session!;
        foreach (var pair in _leftOut)
            WriteVerbose($"{pair.Key}: {pair.Value} input row(s) left out (of another scope, or of a status axes.{pair.Key}.excludeStatuses excludes).");
        if (_input.Count == 0)
        {
            if (Scope is null && _leftOut.Count == 0)
            {
                WriteError(ErrorRecordFactory.NoScope());
                return;
            }
            // No input and a scope (or only left-out rows): the empty-source case, which plans no delete.
            foreach (var name in Scope is null ? _leftOut.Keys.ToList() : [Scope]) _input[name] = new ComparedInput(name);
        }
        RequireN2f(session);
        var stamp = new PlanStamp(PlanStamp.NewId(), session.Time.GetUtcNow(), session.Target.Origin, session.Config.FilePath ?? "", null);
        foreach (var scope in ResolveScopes(session, _input.Keys))
        {
            var input = _input[scope.Name];
            SyncPlan plan;
            try
            {
                plan = Run(ct => session.PlanAsync(scope, input.Entities, new PlanOptions { IncludeEqual = IncludeEqual }, ct));
            }
            catch (N2fApiException e)
            {
                WriteError(ErrorRecordFactory.N2fApi(e, scope.Name));
                continue;
            }
            ReportIssues(plan, input.Entities);
            plan = input.RestrictDeletes(plan, SourceIsComplete, out var withheld);
            foreach (var (company, deletes) in withheld)
                WriteWarning($"{scope.Name}: {deletes} delete(s) in company {company} not planned: the input is not the complete "
                             + "source read of that company (cut short, filtered out, or not from Get-AgressoEntity). Pipe the whole "
                             + "Get-AgressoEntity output (a filter by company keeps that company whole), or pass -SourceIsComplete.");
            var stamped = stamp with { N2fReadAt = plan.N2fReadAt };
            foreach (var change in plan.Changes) WriteObject(change.WithStamp(stamped));
            WriteVerbose($"{scope.Name}: {plan.Count(ChangeAction.Create)} to create, {plan.Count(ChangeAction.Update)} to update, "
                         + $"{plan.Count(ChangeAction.Delete)} to delete, {plan.Count(ChangeAction.Skip)} rejected, {plan.Unchanged} unchanged "
                         + $"(N2F read at {plan.N2fReadAt:u}).");
        }
        base.EndProcessing();
    }

    private void ReportIssues(SyncPlan plan, IReadOnlyList<AgressoEntity> source)
    {
        if (plan.Issues.Count > 0)
        {
            var byRow = source.GroupBy(s => s.RowNumber).ToDictionary(g => g.Key, g => g.First());
            foreach (var issue in plan.Issues)
                WriteError(ErrorRecordFactory.DataIssue(issue, byRow.TryGetValue(issue.RowNumber, out var row) ? row : issue));
        }
        foreach (var warning in plan.Warnings) WriteWarning(warning);
    }

    private static string? ValueOf(PSObject obj, string name)
    {
        var value = obj.Properties[name]?.Value;
        if (value is PSObject wrapped) value = wrapped.BaseObject;
        return value switch
        {
            null => null,
            bool b => b ? "true" : "false",
            DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture),
        };
    }
}
