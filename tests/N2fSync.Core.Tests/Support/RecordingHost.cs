using N2fSync.Sync.Apply;
using N2fSync.Sync;

namespace N2fSync.Tests.Support;

/// <summary>
/// A run's host for specifications: answers confirmations as told and keeps everything the run says. It says it asks
/// before every action unless told otherwise (as Sync-N2fScope with -Confirm does).
/// </summary>
internal sealed class RecordingHost(Func<ConfirmRequest, bool>? answer = null, Func<ChangeAction, bool>? asksBefore = null) : IRunHost
{
    public List<SyncResult> Results { get; } = [];
    public List<RunProblem> Problems { get; } = [];
    public List<ConfirmRequest> Asked { get; } = [];
    public List<RunProgress> Progress { get; } = [];

    public bool Confirm(ConfirmRequest request)
    {
        Asked.Add(request);
        return answer?.Invoke(request) ?? true;
    }

    public bool AsksBefore(ChangeAction action) => asksBefore?.Invoke(action) ?? true;

    /// <summary>A host that asks before nothing, as Sync-N2fScope -Confirm:$false.</summary>
    public static RecordingHost Unattended() => new(asksBefore: _ => false);

    /// <summary>Told of each result as it is emitted (to act on the run mid-way, e.g. move a clock).</summary>
    public event Action<SyncResult>? Emitted;

    public void Emit(SyncResult result)
    {
        Results.Add(result);
        Emitted?.Invoke(result);
    }
    public void Report(RunProblem problem) => Problems.Add(problem);
    void IRunHost.Progress(RunProgress progress) => Progress.Add(progress);

    public SyncResult Of(string key) => Results.Single(r => string.Equals(r.Key, key, StringComparison.OrdinalIgnoreCase));
}
