using N2fSync.Sync.Apply;
using N2fSync.Sync.Run;
using N2fSync.Sync;

namespace N2fSync.Benchmarks.EndToEnd;

/// <summary>A run's host that asks nobody and says yes to everything, as Sync-N2fScope -Confirm:$false; keeps the results.</summary>
internal sealed class UnattendedHost(List<SyncResult>? results = null) : IRunHost
{
    public bool Confirm(ConfirmRequest request) => true;
    public bool AsksBefore(ChangeAction action) => false;
    public void Emit(SyncResult result) => results?.Add(result);
    public void Report(RunProblem problem) { }
    public void Progress(RunProgress progress) { }
}
