<#
.SYNOPSIS
    Azure Automation runbook: syncs Agresso into N2F with N2fSync, without prompts, within a time budget, and tells
    the job's status how the run ended.

.DESCRIPTION
    Prerequisites in the Automation account:
      - Module:      N2fSync, imported from the zip that `build.ps1 -Package` writes (out/N2fSync.zip).
      - Credential:  'N2F'      user name = N2F API client id, password = client secret (required).
      - Credential:  'Agresso'  SQL login for the Agresso views (optional: not needed with CSV/SQLite sources or
                                Integrated Security on a Hybrid Worker).
      - Variable:    'N2fSyncConfigPath'  path of the YAML configuration on the worker (Hybrid Worker), or
      - Variable:    'N2fSyncConfigYaml'  the whole YAML configuration as text (cloud jobs have no lasting disk);
      - Variable:    'N2fSyncBaseUrl'     optional: overrides n2f.baseUrl (e.g. the sandbox for a test account).

    By default it syncs every scope the configuration knows (-Scope all): users first, then the analytic axes,
    deletes included.

    Streams: the results that changed something or failed go to the output stream as SyncResult objects, then one
    summary line (Write-Output) with the outcome, the counts (held deletes, rejected rows) and the estimate. Per-item
    errors go to the error stream with their ErrorIds: a rejected row, a failed write, deletes held by the delete
    guard (DeleteGuardTriggered), a run stopped at the failure ceiling (FailureCeilingReached). No progress records.

    The job's status follows the run's outcome, as the summary, Get-N2fSyncRun and the notifications state it:
      Success         Completed. Held deletes and rejected Agresso rows do not change this; the summary counts them.
      PartialFailure  Completed, with one more error record (N2fSyncPartialFailure) naming what failed.
      Stopped         Completed, with one more error record (N2fSyncStopped): the time budget, the failure ceiling
                      or a cancel ended it early; the next job carries on.
      Failed          Failed (the runbook throws): nothing could be done (credentials, N2F unreachable, the source).
    It also fails when it cannot start (a missing asset, another run in progress on the same store: RunInProgress).

    The time budget: Azure Automation unloads a cloud job that has run for three hours (fair share) and restarts
    it from the beginning; the third time, the job fails. A sync that starts over cannot finish, so this runbook
    stops sending after -MaxDuration (default 2 h 30 min, under those three hours), with the most valuable writes
    first; the next job carries on from a fresh diff. The run's estimate ("361 writes: about 37 min by day, 8 min
    from 20:00") is in the verbose stream and the summary, with a warning when it exceeds the budget.

    In cloud jobs the disk does not last between jobs: the store (run records, journal, failed-key queue, quota
    spend) starts empty each time, so each job starts from a fresh diff, which is correct by design, but failed keys
    are not planned first and the quota spent by an earlier job is not known. On a Hybrid Worker the store lasts
    (the worker account's local application data, or store.path). SQL Server sources inside your network need a
    Hybrid Worker too.
#>
param(
    # The scopes to sync: 'all' (users, then every axis scope), or some of users, projects, plates, subposts and
    # the axes declared in the configuration.
    [string[]] $Scope = @('all'),

    # Send deletes (N2F objects of the managed companies that are no longer in Agresso). [bool], not [switch]:
    # Azure Automation passes runbook parameters by value.
    [bool] $Delete = $true,

    # Stop sending before this much time has passed. Azure Automation unloads a cloud job after three hours of fair
    # share and fails it the third time; 2 h 30 min leaves the sync time to end cleanly before that. A string, as
    # Automation passes it ('hh:mm:ss'); on a Hybrid Worker, which has no fair share, raise it or pass '0' for none.
    [string] $MaxDuration = '02:30:00',

    [string] $N2fCredentialName = 'N2F',
    [string] $AgressoCredentialName = 'Agresso'
)

$ErrorActionPreference = 'Stop'
# Progress records only bloat the job's streams.
$ProgressPreference = 'SilentlyContinue'

function Get-OptionalAutomationAsset {
    <# An asset that may not exist: Get-Automation* write an error for a missing one; treat it as "not set". #>
    param([scriptblock] $Get)
    try { & $Get } catch { $null }
}

$n2fCredential = Get-OptionalAutomationAsset { Get-AutomationPSCredential -Name $N2fCredentialName }
if (-not $n2fCredential) {
    throw "The credential asset '$N2fCredentialName' (N2F client id and secret) is missing from the Automation account."
}
$agressoCredential = Get-OptionalAutomationAsset { Get-AutomationPSCredential -Name $AgressoCredentialName }
$configPath = Get-OptionalAutomationAsset { Get-AutomationVariable -Name 'N2fSyncConfigPath' }
$configYaml = Get-OptionalAutomationAsset { Get-AutomationVariable -Name 'N2fSyncConfigYaml' }
$baseUrl = Get-OptionalAutomationAsset { Get-AutomationVariable -Name 'N2fSyncBaseUrl' }

$temporaryConfig = $null
$savedBaseUrl = $env:N2F_BASE_URL
try {
    if (-not $configPath) {
        if (-not $configYaml) { throw "Set the Automation variable 'N2fSyncConfigPath' or 'N2fSyncConfigYaml'." }
        # A config given as text gets a folder of its own, named after its content, in this account's data folder: its
        # relative paths (a store.path of ./n2fsync.db) and its default store stay the same from job to job (a Hybrid
        # Worker keeps them), and are never shared with another configuration or another account in a temp folder.
        $sha = [Security.Cryptography.SHA256]::Create()
        $hash = -join ($sha.ComputeHash([Text.Encoding]::UTF8.GetBytes($configYaml))[0..5] | ForEach-Object { $_.ToString('x2') })
        $data = [Environment]::GetFolderPath('LocalApplicationData', 'Create')
        if (-not $data) { throw 'This account has no local application data folder for the configuration; set N2fSyncConfigPath instead.' }
        $folder = Join-Path $data "N2fSync/runbook/$hash"
        New-Item -ItemType Directory -Path $folder -Force | Out-Null
        $temporaryConfig = Join-Path $folder 'n2fsync.yaml'
        Set-Content -Path $temporaryConfig -Value $configYaml -Encoding UTF8
        $configPath = $temporaryConfig
    }
    # The environment overrides the file (defaults < file < environment < parameters).
    if ($baseUrl) { $env:N2F_BASE_URL = $baseUrl }

    Import-Module N2fSync

    $parameters = @{
        Scope         = $Scope
        Delete        = $Delete
        ConfigPath    = $configPath
        Credential    = $n2fCredential
        Confirm       = $false   # on purpose: nobody can answer a prompt in a job (deletes ask otherwise)
        ErrorAction   = 'Continue'
        ErrorVariable = 'syncErrors'
        InformationVariable = 'syncInfo'
        InformationAction   = 'SilentlyContinue'
    }
    if ($agressoCredential) { $parameters.SourceCredential = $agressoCredential }
    if ($MaxDuration -and [timespan]$MaxDuration -gt [timespan]::Zero) { $parameters.MaxDuration = [timespan]$MaxDuration }

    $syncErrors = @()
    $syncInfo = @()
    $results = @(Sync-N2fScope @parameters)

    # Output stream: what changed or failed, as objects, then one summary line.
    $results | Where-Object Outcome -ne 'Unchanged'
    $summary = @($syncInfo | Where-Object { $_.Tags -contains 'Summary' } | ForEach-Object MessageData) | Select-Object -Last 1
    Write-Output "$summary"

    if (-not $summary) { throw 'Sync-N2fScope ended without a summary.' }
    switch ("$($summary.Outcome)") {
        'Success' { }
        { $_ -in 'PartialFailure', 'Stopped' } {
            # Not thrown: what went through went through, and the next job carries on; the job ends Completed with errors.
            $why = if ($summary.StoppedBecause) { $summary.StoppedBecause } else { "$($summary.Failed) write(s) failed; see the errors above" }
            Write-Error -Message "N2fSync run $($summary.RunId) ended $($summary.Outcome): $why." -ErrorId "N2fSync$($summary.Outcome)" `
                -Category OperationStopped -ErrorAction Continue
        }
        default { throw "N2fSync run $($summary.RunId) failed: $($summary.FailedBecause)" }
    }
} finally {
    $env:N2F_BASE_URL = $savedBaseUrl
    if ($temporaryConfig) { Remove-Item $temporaryConfig -ErrorAction SilentlyContinue }
}
