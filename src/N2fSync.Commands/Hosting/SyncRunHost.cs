using System.Management.Automation;
using N2fSync.Commands.Errors;
using N2fSync.Sync.Apply;
using N2fSync.Sync.Run;
using N2fSync.Sync;

namespace N2fSync.Commands.Hosting;

/// <summary>
/// Hosts a core run in a cmdlet: results, errors and progress are posted to the pipeline thread; confirmation runs
/// there and waits for the answer. Confirmation follows PowerShell's rules: -WhatIf wins, -Confirm asks for every
/// scope and action, -Confirm:$false asks nothing, under the default $ConfirmPreference only deletes ask, and -Force
/// skips the extra question a delete asks (ShouldContinue), never an explicit -Confirm.
/// </summary>
internal sealed class SyncRunHost(PSCmdlet cmdlet, PipelineDispatcher dispatcher, ProgressWriter progress, bool force) : IRunHost
{
    public bool Confirm(ConfirmRequest request) => dispatcher.Invoke(() =>
    {
        var target = $"N2F {request.Target}";
        if (!cmdlet.ShouldProcess(target, request.Operation)) return false;
        if (request.Action != ChangeAction.Delete || force || ConfirmDeclinedOrAlreadyAsked()) return true;
        return cmdlet.ShouldContinue($"{request.Operation} from N2F ({request.Target})? Deleted users lose their access.",
            "Confirm the deletes");
    });

    /// <summary>ShouldProcess asks with -Confirm or a $ConfirmPreference at or below Medium; deletes are also confirmed without -Force.</summary>
    public bool AsksBefore(ChangeAction action) => dispatcher.Invoke(() =>
        ShouldProcessAsks() || action == ChangeAction.Delete && !force && !ConfirmDeclinedOrAlreadyAsked());

    public void Emit(SyncResult result) => dispatcher.Post(() => cmdlet.WriteObject(result));

    public void Report(RunProblem problem) => dispatcher.Post(() => cmdlet.WriteError(ErrorRecordFactory.From(problem)));

    public void Progress(RunProgress update) => dispatcher.Post(() => progress.Show(update));

    /// <summary>
    /// What ShouldProcess does for this cmdlet (ConfirmImpact Medium): -Confirm asks, -Confirm:$false and -WhatIf do
    /// not, and otherwise a $ConfirmPreference of Low or Medium asks.
    /// </summary>
    private bool ShouldProcessAsks()
    {
        var bound = cmdlet.MyInvocation.BoundParameters;
        if (bound.TryGetValue("WhatIf", out var whatIf) && whatIf is SwitchParameter { IsPresent: true }) return false;
        if (bound.TryGetValue("Confirm", out var confirm)) return confirm is SwitchParameter { IsPresent: true };
        return ConfirmPreference() is { } impact && impact != ConfirmImpact.None && impact <= ConfirmImpact.Medium;
    }

    /// <summary>-Confirm:$false asks nothing; -Confirm, or a $ConfirmPreference of Medium or lower, already asked in ShouldProcess.</summary>
    private bool ConfirmDeclinedOrAlreadyAsked()
    {
        if (cmdlet.MyInvocation.BoundParameters.ContainsKey("Confirm")) return true;
        return ConfirmPreference() is { } impact && impact <= ConfirmImpact.Medium;
    }

    /// <summary>
    /// $ConfirmPreference as ShouldProcess reads it. In a script's or a function's own scope, <c>$ConfirmPreference =
    /// 'None'</c> makes a string (only the global variable is typed), so it is converted, not matched by type.
    /// </summary>
    private ConfirmImpact? ConfirmPreference() =>
        LanguagePrimitives.TryConvertTo(cmdlet.SessionState.PSVariable.GetValue("ConfirmPreference"), out ConfirmImpact impact)
            ? impact : null;
}
