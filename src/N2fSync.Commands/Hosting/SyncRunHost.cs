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

    public void Emit(SyncResult result) => dispatcher.Post(() => cmdlet.WriteObject(result));

    public void Report(RunProblem problem) => dispatcher.Post(() => cmdlet.WriteError(ErrorRecordFactory.From(problem)));

    public void Progress(RunProgress update) => dispatcher.Post(() => progress.Show(update));

    /// <summary>-Confirm:$false asks nothing; -Confirm, or a $ConfirmPreference of Medium or lower, already asked in ShouldProcess.</summary>
    private bool ConfirmDeclinedOrAlreadyAsked()
    {
        if (cmdlet.MyInvocation.BoundParameters.TryGetValue("Confirm", out var bound)) return true;
        var preference = cmdlet.SessionState.PSVariable.GetValue("ConfirmPreference");
        return preference is ConfirmImpact impact && impact <= ConfirmImpact.Medium && impact != ConfirmImpact.None
            || preference is ConfirmImpact.None;
    }
}
