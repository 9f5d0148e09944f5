using System.Globalization;
using System.Management.Automation;
using N2fSync.Agresso;
using N2fSync.Commands.Completers;
using N2fSync.Commands.Errors;
using N2fSync.Commands.Hosting;
using N2fSync.Sync;

namespace N2fSync.Commands.Commands;

/// <summary>
/// <para type="synopsis">Compares Agresso entities with N2F and emits one change per difference. Never writes to N2F.</para>
/// <para type="description">Deletes can only be known once the whole source is in, so input is collected and changes
/// are emitted when the pipeline ends.</para>
/// </summary>
[Cmdlet(VerbsData.Compare, "N2fPayload")]
[OutputType(typeof(N2fChange))]
public sealed class CompareN2fPayloadCommand : N2fCmdlet
{
    private readonly Dictionary<string, List<AgressoEntity>> _input = new(StringComparer.OrdinalIgnoreCase);
    private Sync.SyncSession? _session;
    private int _rowNumber;

    [Parameter(ValueFromPipeline = true)]
    public PSObject? InputObject { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ScopeCompleter))]
    public string? Scope { get; set; }

    [Parameter]
    public SwitchParameter IncludeEqual { get; set; }

    [Parameter]
    [Credential]
    public PSCredential? Credential { get; set; }

    protected override void BeginProcessing()
    {
        var config = LoadConfig();
        ApplyCredentials(config, Credential, null);
        _session = CreateSession(config);
    }

    protected override void ProcessRecord()
    {
        if (InputObject is null) return;
        _rowNumber++;
        var entity = InputObject.BaseObject as AgressoEntity;
        var scopeName = Scope ?? entity?.Scope;
        if (scopeName is null || !_session!.Scopes.TryGet(scopeName, out var scope))
        {
            WriteError(ErrorRecordFactory.UnknownScope(new ArgumentException(
                $"Input object {_rowNumber} has no known scope ('{scopeName}'): pass -Scope or pipe Get-AgressoEntity output.")));
            return;
        }
        entity ??= _session.EntityFrom(scope, _rowNumber, name => ValueOf(InputObject, name),
            name => InputObject.Properties[name] is not null);
        if (!_input.TryGetValue(scope.Name, out var list)) _input[scope.Name] = list = [];
        list.Add(entity);
    }

    protected override void EndProcessing()
    {
        var session = _session!;
        if (_input.Count == 0)
        {
            if (Scope is null)
            {
                WriteError(ErrorRecordFactory.NoScope());
                return;
            }
            // No input and a scope: the empty-source case, which plans no delete (decisions 11).
            _input[Scope] = [];
        }
        RequireN2f(session);
        foreach (var scope in ResolveScopes(session, _input.Keys))
        {
            var plan = Plan(session, scope, _input[scope.Name], new PlanOptions { IncludeEqual = IncludeEqual });
            if (plan is null) continue;
            foreach (var change in plan.Changes) WriteObject(change);
            WriteVerbose($"{scope.Name}: {plan.Count(ChangeAction.Create)} to create, {plan.Count(ChangeAction.Update)} to update, "
                         + $"{plan.Count(ChangeAction.Delete)} to delete, {plan.Count(ChangeAction.Skip)} rejected.");
        }
        base.EndProcessing();
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
