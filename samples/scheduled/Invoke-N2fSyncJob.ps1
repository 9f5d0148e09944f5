<#
.SYNOPSIS
    Scheduled N2fSync job: syncs Agresso into N2F without prompts, keeps a transcript, and reports through its exit
    code.

.DESCRIPTION
    Run it from a Windows scheduled task (or cron) under a service account:

        pwsh.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -File C:\N2fSync\Invoke-N2fSyncJob.ps1

    or, on Windows PowerShell 5.1, powershell.exe with the same arguments.

    The service account's environment holds the configuration and the secrets, never this script:
        N2FSYNC_CONFIG        path of the YAML configuration (or pass -ConfigPath)
        N2F_CLIENT_ID         N2F API client id
        N2F_CLIENT_SECRET     N2F API client secret
        AGRESSO_DB_USER       SQL login, unless the connection string uses Integrated Security
        AGRESSO_DB_PASSWORD   SQL password

    Every run writes a transcript, n2fsync-<yyyyMMdd-HHmmss>.log, to -LogFolder (default: a logs folder beside the
    configuration file) and keeps the newest -KeepLogs of them.

    By default it syncs every scope the configuration knows (-Scope all): users first, then the analytic axes
    (projects, plates, subposts and any axis declared under axes:), deletes included. Deletes above the delete guard
    (safety.maxDeleteCount / safety.maxDeletePercent, per scope and company) are held, not sent: the run still counts
    as a success, and the log and the summary say how many were held; review them, then apply them by hand
    (Get-Help Sync-N2fScope -Examples shows how). Configure notify: to be told (see the README, "Get alerted").

    Exit codes (the task scheduler's "Last Run Result"), from the run's outcome as its summary states it:
        0  Success: every change that could be sent went through. Held deletes and rejected Agresso rows do not
           change this; the summary counts them (Held, RejectedRows, Refused).
        1  PartialFailure or Stopped: some writes or scopes failed, or the run ended early (failure ceiling, time
           budget -MaxDuration, cancelled); see the log. The next run starts from a fresh diff and sends failed
           keys first.
        2  Failed, or could not run: nothing could be done (configuration missing or invalid, credentials missing
           or refused, N2F unreachable, the source unreadable), another run in progress on the same store
           (RunInProgress), the module not found.

.EXAMPLE
    pwsh -NoProfile -NonInteractive -File .\Invoke-N2fSyncJob.ps1 -ConfigPath D:\N2fSync\prod.yaml

.EXAMPLE
    # Register the task (Windows), nightly at 21:00 when N2F's night quota applies:
    $action = New-ScheduledTaskAction -Execute 'pwsh.exe' -Argument '-NoProfile -NonInteractive -File C:\N2fSync\Invoke-N2fSyncJob.ps1'
    Register-ScheduledTask -TaskName 'N2fSync' -Action $action -Trigger (New-ScheduledTaskTrigger -Daily -At 21:00) `
        -User 'CORP\svc-n2fsync' -Password (Read-Host 'Service account password')
#>
[CmdletBinding()]
param(
    # The YAML configuration. Default: $env:N2FSYNC_CONFIG.
    [string] $ConfigPath = $env:N2FSYNC_CONFIG,

    # The scopes to sync: 'all' (users, then every axis scope), or some of users, projects, plates, subposts and
    # the axes declared in the configuration.
    [string[]] $Scope = @('all'),

    # Where the transcripts go. Default: a 'logs' folder beside the configuration file.
    [string] $LogFolder,

    # How many transcripts to keep.
    [int] $KeepLogs = 30,

    # The module to import: its name when installed, or the path of N2fSync.psd1.
    [string] $Module = 'N2fSync',

    # Send deletes (the N2F objects of the managed companies that are no longer in Agresso).
    [bool] $Delete = $true,

    # Stop sending before this much time has passed (e.g. '01:45:00' for a task the scheduler stops after 2 hours);
    # what is left goes first next time. Default: run.maxDuration of the configuration, else no budget.
    [timespan] $MaxDuration
)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$exitCode = 2
$transcript = $null

try {
    if (-not $LogFolder) {
        $LogFolder = if ($ConfigPath) { Join-Path (Split-Path -Parent ([IO.Path]::GetFullPath($ConfigPath))) 'logs' }
                     else { Join-Path ([IO.Path]::GetTempPath()) 'N2fSync-logs' }
    }
    New-Item -ItemType Directory -Path $LogFolder -Force | Out-Null
    $transcript = Join-Path $LogFolder ('n2fsync-{0:yyyyMMdd-HHmmss}.log' -f (Get-Date))
    Start-Transcript -Path $transcript -Force | Out-Null
    Get-ChildItem $LogFolder -Filter 'n2fsync-*.log' | Sort-Object Name -Descending | Select-Object -Skip $KeepLogs |
        Remove-Item -ErrorAction SilentlyContinue
} catch {
    # No log is no reason to skip the sync: the exit code still tells the scheduler how it went.
    Write-Warning "No transcript: $($_.Exception.Message)"
}

try {
    Write-Host "N2fSync job started $(Get-Date -Format o) on $([Environment]::MachineName); scopes: $($Scope -join ', ')."
    Import-Module $Module
    if (-not $ConfigPath) { throw 'No configuration: set N2FSYNC_CONFIG for the account running the job, or pass -ConfigPath.' }

    $validation = Test-N2fSyncConfig -ConfigPath $ConfigPath -WarningAction SilentlyContinue
    if (-not $validation.IsValid) {
        Write-Host ($validation | Format-List | Out-String)
        throw "The configuration $ConfigPath is not valid."
    }

    $syncErrors = @()
    $info = @()
    $budget = @{}
    if ($MaxDuration) { $budget.MaxDuration = $MaxDuration }
    # -Confirm:$false on purpose: Sync-N2fScope asks before deletes otherwise, and a scheduled task has nobody to
    # answer. Per-item failures are non-terminating: collect them and carry on.
    $results = @(Sync-N2fScope -Scope $Scope -Delete:$Delete -Confirm:$false -ConfigPath $ConfigPath @budget `
        -ErrorAction Continue -ErrorVariable syncErrors -InformationVariable info)

    $changed = @($results | Where-Object Outcome -ne 'Unchanged')
    if ($changed.Count -gt 0) {
        Write-Host ($changed | Format-Table Scope, Company, Action, Key, Outcome, StatusCode, Message -AutoSize | Out-String -Width 240)
    }
    $summary = @($info | Where-Object { $_.Tags -contains 'Summary' } | ForEach-Object MessageData) | Select-Object -Last 1
    if (-not $summary) { throw 'Sync-N2fScope ended without a summary.' }
    Write-Host "Summary: $summary"
    if ($syncErrors.Count -gt 0) { Write-Host "$($syncErrors.Count) error(s) were written; see above." }

    # The run's outcome decides, as Get-N2fSyncRun, the reports and the notifications say it.
    $exitCode = switch ("$($summary.Outcome)") {
        'Success' { 0 }
        'PartialFailure' { 1 }
        'Stopped' { 1 }
        default { 2 }
    }
} catch {
    Write-Host "N2fSync job could not run: $($_.Exception.Message)"
    Write-Host ($_ | Format-List * -Force | Out-String)
    $exitCode = 2
} finally {
    Write-Host "N2fSync job ended $(Get-Date -Format o) with exit code $exitCode."
    if ($transcript) { Stop-Transcript -ErrorAction SilentlyContinue | Out-Null }
}
exit $exitCode
