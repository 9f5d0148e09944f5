using System.Management.Automation;
using N2fSync.Commands.Completers;
using N2fSync.Commands.Errors;
using N2fSync.Commands.Hosting;
using N2fSync.Store;
using N2fSync.Sync.Ports;

namespace N2fSync.Commands.Commands;

/// <summary>
/// <para type="synopsis">Erases one person from the local store (journal, failed-key queue, data-quality rows, cached N2F lists) and says what it removed.</para>
/// <para type="description">For an erasure request. The run records and their counts stay; rows about other people
/// that name the person keep their place with the address replaced. N2F and Agresso are not touched.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "N2fSyncPersonalData", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(PersonalDataErasure))]
public sealed class RemoveN2fSyncPersonalDataCommand : N2fCmdlet
{
    private readonly HashSet<string> _done = new(StringComparer.Ordinal);
    private SyncStore? _store;
    private string _storePath = "";
    private bool _locked;

    /// <summary>The person's e-mail address (their key in the users scope).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Mail")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(KeyCompleter))]
    public string[] Key { get; set; } = [];

    protected override void BeginProcessing()
    {
        _store = OpenStore(LoadConfig(readsSource: false), out _storePath);
        if (_store is null) WriteVerbose($"No store at {_storePath}: it holds nobody's data.");
        else Own(_store);
    }

    protected override void ProcessRecord()
    {
        foreach (var mail in Key)
        {
            string key;
            try
            {
                key = PersonalDataEraser.KeyOf(mail);
            }
            catch (ArgumentException e)
            {
                WriteError(ErrorRecordFactory.PersonalDataKeyInvalid(e, mail));
                continue;
            }
            // Piping Get-N2fSyncChange gives one record per change: the person is erased once.
            if (!_done.Add(key)) continue;
            if (_store is null)
            {
                WriteObject(new PersonalDataErasure { Key = key, StorePath = _storePath, Erased = true });
                continue;
            }
            var eraser = new PersonalDataEraser(_store);
            var preview = eraser.Preview(key);
            if (!ShouldProcess(key, $"Erase from the store {_storePath}: {preview.Total} row(s) and list(s)")) continue;
            Lock();
            WriteObject(eraser.Erase(key));
        }
    }

    /// <summary>A run writing at the same time could record the person again: erasing waits for no run, it refuses to start.</summary>
    private void Lock()
    {
        if (_locked) return;
        try
        {
            Own(RunLock.Acquire(_storePath, "personal-data-erasure", TimeProvider.System.GetUtcNow()));
            _locked = true;
        }
        catch (RunInProgressException e)
        {
            ThrowTerminatingError(ErrorRecordFactory.RunInProgress(e));
        }
    }
}
