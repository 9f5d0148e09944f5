# The scheduling samples, run unchanged against the N2F emulator: the Azure Automation runbook with stubbed
# Automation assets (its job status and time budget), and the scheduled-task script in a child pwsh for its exit codes
# (0 Success, 1 PartialFailure or Stopped, 2 Failed), which follow the run's outcome.
Describe 'Scheduling samples' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        Import-Module $script:ModuleManifest -Force
        $script:Emulator = Start-N2fEmulator -SeedReference
        $script:Reference = Get-N2fEmulatorState $script:Emulator | ConvertTo-Json -Depth 20
        $script:Runbook = Join-Path $script:RepoRoot 'samples/runbook/Sync-N2f.Runbook.ps1'
        $script:Job = Join-Path $script:RepoRoot 'samples/scheduled/Invoke-N2fSyncJob.ps1'
        $script:Credential = [pscredential]::new('test-client', (ConvertTo-SecureString 'test-secret' -AsPlainText -Force))
        # Azure Automation finds imported modules by name.
        $script:SavedModulePath = $env:PSModulePath
        $env:PSModulePath = (Split-Path (Split-Path $script:ModuleManifest)) + [IO.Path]::PathSeparator + $env:PSModulePath

        # Stubs of the Automation cmdlets (only defined inside Azure Automation), answering from this table.
        $global:N2fRunbookAssets = @{}
        function global:Get-AutomationPSCredential {
            param([Parameter(Mandatory)] [string] $Name)
            if (-not $global:N2fRunbookAssets.ContainsKey("credential:$Name")) { Write-Error "Credential '$Name' not found." }
            else { $global:N2fRunbookAssets["credential:$Name"] }
        }
        function global:Get-AutomationVariable {
            param([Parameter(Mandatory)] [string] $Name)
            if (-not $global:N2fRunbookAssets.ContainsKey("variable:$Name")) { Write-Error "Variable '$Name' not found." }
            else { $global:N2fRunbookAssets["variable:$Name"] }
        }

        function Invoke-Runbook {
            <# Runs the runbook as a job would; returns its output, warning and error records, and what it threw. #>
            param([hashtable] $Parameters = @{})
            $records = [Collections.ArrayList]::new()
            $thrown = $null
            try { & $script:Runbook @Parameters 2>&1 3>&1 | ForEach-Object { [void]$records.Add($_) } } catch { $thrown = $_ }
            [pscustomobject]@{
                Results  = @($records | Where-Object { $_.PSObject.TypeNames -contains 'N2fSync.Sync.Apply.SyncResult' })
                Text     = @($records | Where-Object { $_ -is [string] })
                Warnings = @($records | Where-Object { $_ -is [System.Management.Automation.WarningRecord] } | ForEach-Object Message)
                Errors   = @($records | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
                Thrown   = $thrown
            }
        }

        function Set-WriteQuota([string] $Config, [int] $Writes) {
            <# N2F's write quota in the config, per window of one second, by day and by night alike. #>
            (Get-Content $Config -Raw) -replace '(?m)^(\s*)(day|night):\s*\{.*\}\s*$', "`$1`$2: { reads: 1000, writes: $Writes }" |
                Set-Content $Config -Encoding utf8
        }

        function Set-DeleteGuard([string] $Config, [int] $MaxDeleteCount) {
            (Get-Content $Config -Raw) -replace '(?m)^(\s*)maxDeleteCount:.*$', "`$1maxDeleteCount: $MaxDeleteCount" | Set-Content $Config -Encoding utf8
        }

        function Invoke-Job {
            <# Runs the scheduled-task script in a fresh pwsh, as the task scheduler would; returns the exit code. #>
            param([hashtable] $Environment = @{}, [string[]] $Arguments = @())
            $pwsh = & (Join-Path $script:RepoRoot 'tests/tools/Get-PwshPath.ps1')
            $Environment.POWERSHELL_TELEMETRY_OPTOUT = '1'
            $saved = @{}
            foreach ($name in $Environment.Keys) {
                $saved[$name] = [Environment]::GetEnvironmentVariable($name)
                [Environment]::SetEnvironmentVariable($name, $Environment[$name])
            }
            try {
                $output = & $pwsh -NoProfile -NonInteractive -File $script:Job -Module $script:ModuleManifest @Arguments 2>&1
                [pscustomobject]@{ ExitCode = $LASTEXITCODE; Output = ($output | ForEach-Object { "$_" }) -join "`n" }
            } finally {
                foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
            }
        }

        # The sample Agresso data: 25 users, and 40 analytics values (projects, plates, subposts in BE01 and BE02).
        $script:SampleCreates = 65

        function Get-PlannedWrites {
            <# What a fresh plan of every scope would still write. #>
            param([string] $Config)
            @(Get-AgressoEntity -Scope all -ConfigPath $Config -WarningAction SilentlyContinue -ErrorAction SilentlyContinue |
                Compare-N2fPayload -ConfigPath $Config -Credential $script:Credential -WarningAction SilentlyContinue -ErrorAction SilentlyContinue |
                Where-Object { $_.Action -in 'Create', 'Update', 'Delete' })
        }
    }

    AfterAll {
        $script:Emulator | Stop-N2fEmulator
        $env:PSModulePath = $script:SavedModulePath
        Remove-Item Function:\Get-AutomationPSCredential, Function:\Get-AutomationVariable -ErrorAction SilentlyContinue
        Remove-Variable N2fRunbookAssets -Scope Global -ErrorAction SilentlyContinue
    }

    BeforeEach {
        Set-N2fEmulatorState $script:Emulator $script:Reference
        Clear-N2fEmulatorRequests $script:Emulator
        $script:Work = Join-Path ([IO.Path]::GetTempPath()) ('n2fsync-runbook-' + [guid]::NewGuid().ToString('N'))
        New-Item -ItemType Directory -Path $script:Work | Out-Null
        $script:Config = New-TestConfig -Folder $script:Work -Emulator $script:Emulator
        $global:N2fRunbookAssets = @{
            'credential:N2F'             = $script:Credential
            'variable:N2fSyncConfigPath' = $script:Config
        }
        Remove-Item Env:N2F_CLIENT_ID, Env:N2F_CLIENT_SECRET, Env:N2F_BASE_URL -ErrorAction SilentlyContinue
    }

    AfterEach {
        Remove-Item $script:Work -Recurse -Force -ErrorAction SilentlyContinue
    }

    Describe 'Azure Automation runbook' {
        It 'converges every scope, users first, then writes nothing on a second run' {
            $first = Invoke-Runbook
            $first.Thrown | Should -BeNullOrEmpty
            $first.Errors | Should -BeNullOrEmpty
            @($first.Results | Where-Object Outcome -eq Created).Count | Should -Be $script:SampleCreates
            @($first.Results | Where-Object { $_.Outcome -eq 'Created' -and $_.Scope -eq 'users' }).Count | Should -Be 25
            @($first.Results.Scope | Select-Object -Unique) | Should -Be 'users', 'projects', 'plates', 'subposts'
            $first.Text[-1] | Should -Match "$($script:SampleCreates) created, 0 updated, 0 deleted, 0 failed"
            (Get-N2fEmulatorState $script:Emulator).users.Count | Should -Be 25
            @((Get-N2fEmulatorState $script:Emulator).axisValues).Count | Should -Be 40
            (Get-PlannedWrites $script:Config).Count | Should -Be 0

            Clear-N2fEmulatorRequests $script:Emulator
            $second = Invoke-Runbook
            $second.Thrown | Should -BeNullOrEmpty
            $second.Results.Count | Should -Be 0
            $second.Text[-1] | Should -Match '0 created, 0 updated, 0 deleted, 0 failed'
            Get-WriteCount $script:Emulator | Should -Be 0
        }

        It 'deletes N2F users and axis values that left, with no prompt' {
            Add-N2fUser $script:Emulator @{ mail = 'parti.ailleurs@example.be'; firstname = 'Parti'; lastname = 'Ailleurs' }
            Invoke-N2fEmulatorApi -Emulator $script:Emulator -Path 'companies/c-2/axes/projects' -Method POST -Body @{
                code = 'PRJ-OLD'; names = @(@{ culture = 'fr'; value = 'Ancien projet' }) } | Out-Null
            $run = Invoke-Runbook
            $run.Thrown | Should -BeNullOrEmpty
            $deleted = @($run.Results | Where-Object Outcome -eq Deleted | ForEach-Object { "$($_.Scope) $($_.Company) $($_.Key)" })
            $deleted | Should -Be 'users BE01 parti.ailleurs@example.be', 'projects BE02 PRJ-OLD'
        }

        It 'takes the configuration as YAML text and the N2F URL from variables, and leaves the environment as it was' {
            $yaml = (Get-Content $script:Config -Raw) -replace "(?m)^(\s*)baseUrl:.*$", "`$1baseUrl: 'http://127.0.0.1:9/services/api/v2/'"
            $yaml = $yaml -replace "(?m)^(\s*)path: '?[^'\r\n]*agresso-sample\.db'?", "`$1path: '$($script:SampleDb)'"
            # A relative store path: the runbook gives the text a folder of its own, so the store is this config's.
            $yaml += "`n# test $([guid]::NewGuid())"
            $global:N2fRunbookAssets.Remove('variable:N2fSyncConfigPath')
            $global:N2fRunbookAssets['variable:N2fSyncConfigYaml'] = $yaml
            $global:N2fRunbookAssets['variable:N2fSyncBaseUrl'] = $script:Emulator.BaseUrl
            $run = Invoke-Runbook
            $run.Thrown | Should -BeNullOrEmpty
            @($run.Results | Where-Object Outcome -eq Created).Count | Should -Be $script:SampleCreates
            $env:N2F_BASE_URL | Should -BeNullOrEmpty
            # The next job with the same text finds the same store: nothing left to write, and the earlier run is there.
            $again = Invoke-Runbook
            @($again.Results | Where-Object Outcome -eq Created).Count | Should -Be 0
            $stores = Get-ChildItem (Join-Path ([Environment]::GetFolderPath('LocalApplicationData')) 'N2fSync/runbook') -Recurse -Filter n2fsync.db |
                Where-Object { (Get-Date) - $_.LastWriteTime -lt [TimeSpan]::FromMinutes(5) }
            @($stores).Count | Should -BeGreaterThan 0
        }

        It 'writes rejected rows to the error stream, syncs the rest, and completes: rejected rows leave the outcome Success' {
            $rows = @(
                New-UserRow 'ok.user@example.be'
                New-UserRow 'bad.flag@example.be' @{ Moyen_Paiement_Prof = 'peut-être' }
            )
            $csv = Write-UsersCsv -Folder (Join-Path $script:Work 'csv') -Rows $rows
            Copy-Item (Join-Path $script:RepoRoot 'samples/csv/iris_N2F_Analytics.csv') -Destination $csv
            $global:N2fRunbookAssets['variable:N2fSyncConfigPath'] = New-TestConfig -Folder $script:Work -Emulator $script:Emulator -CsvFolder $csv
            $run = Invoke-Runbook
            $run.Thrown | Should -BeNullOrEmpty
            $run.Errors.FullyQualifiedErrorId | Should -Be 'AgressoRowInvalidFlag,N2fSync.Commands.Commands.SyncN2fScopeCommand'
            $run.Text[-1] | Should -Match ': Success\. .*1 source rows rejected'
            ($run.Results | Where-Object { $_.Outcome -eq 'Created' -and $_.Scope -eq 'users' }).Key | Should -Be 'ok.user@example.be'
            @($run.Results | Where-Object { $_.Outcome -eq 'Created' -and $_.Scope -ne 'users' }).Count | Should -Be 40
        }

        It 'completes with an N2fSyncPartialFailure error, not a throw, when N2F refuses a row' {
            $csv = Write-UsersCsv -Folder (Join-Path $script:Work 'csv') -Rows @(
                New-UserRow 'ok.user@example.be'
                New-UserRow 'marc.dupont@example.be' @{ langue = 'fr_BE_invalid' })
            $global:N2fRunbookAssets['variable:N2fSyncConfigPath'] = New-TestConfig -Folder $script:Work -Emulator $script:Emulator -CsvFolder $csv
            $run = Invoke-Runbook -Parameters @{ Scope = 'users' }
            $run.Thrown | Should -BeNullOrEmpty
            $run.Errors.FullyQualifiedErrorId | Should -Contain 'N2fSyncPartialFailure,Sync-N2f.Runbook.ps1'
            ($run.Errors | Where-Object FullyQualifiedErrorId -like 'N2fSyncPartialFailure,*').Exception.Message | Should -BeLike '*ended PartialFailure: 1 write(s) failed*'
            ($run.Results | Where-Object Outcome -eq 'Created').Key | Should -Be 'ok.user@example.be'
        }

        It 'fails the job when N2F refuses the credential' {
            $global:N2fRunbookAssets['credential:N2F'] = [pscredential]::new('test-client', (ConvertTo-SecureString 'not-the-secret' -AsPlainText -Force))
            $run = Invoke-Runbook
            $run.Thrown.Exception.Message | Should -BeLike 'N2fSync run * failed: *'
            $run.Text[-1] | Should -Match ': Failed\.'
            Get-WriteCount $script:Emulator | Should -Be 0
            ($run.Thrown.Exception.Message + ($run.Text -join "`n") + ($run.Errors -join "`n")) | Should -Not -Match 'not-the-secret'
        }

        It 'stops at its time budget with an N2fSyncStopped error, having warned that the estimate exceeds it' {
            Set-WriteQuota $script:Config -Writes 4
            $run = Invoke-Runbook -Parameters @{ MaxDuration = '00:00:03' }
            $run.Thrown | Should -BeNullOrEmpty
            $run.Warnings | Should -Contain ($run.Warnings | Where-Object { $_ -like "$($script:SampleCreates) writes: about * by day, * from 20:00; the time budget of 3 s fits about *" })
            $run.Errors.FullyQualifiedErrorId | Should -Contain 'N2fSyncStopped,Sync-N2f.Runbook.ps1'
            $run.Text[-1] | Should -Match ": Stopped\. .* Stopped: time budget of 3 s reached; \d+ write\(s\) left for the next run\. Planned $($script:SampleCreates) writes"
            @($run.Results | Where-Object Outcome -eq 'Created').Count | Should -BeLessThan $script:SampleCreates
        }

        It 'sets a budget under the three hours after which Azure Automation unloads a cloud job' {
            $ast = [System.Management.Automation.Language.Parser]::ParseFile($script:Runbook, [ref]$null, [ref]$null)
            $parameter = $ast.ParamBlock.Parameters | Where-Object { $_.Name.VariablePath.UserPath -eq 'MaxDuration' }
            $budget = [timespan]$parameter.DefaultValue.Value
            $budget | Should -BeGreaterThan ([timespan]'01:00:00')
            $budget | Should -BeLessThan ([timespan]'03:00:00')
        }

        It 'fails before any call when the N2F credential asset is missing' {
            $global:N2fRunbookAssets.Remove('credential:N2F')
            $run = Invoke-Runbook
            $run.Thrown.Exception.Message | Should -BeLike "*credential asset 'N2F'*"
            (Get-N2fEmulatorRequests $script:Emulator).requests.Count | Should -Be 0
        }
    }

    Describe 'Scheduled-task script' {
        BeforeEach {
            $script:Environment = @{ N2FSYNC_CONFIG = $script:Config; N2F_CLIENT_ID = 'test-client'; N2F_CLIENT_SECRET = 'test-secret' }
            $script:Logs = Join-Path $script:Work 'logs'
        }

        It 'exits 0 and leaves a transcript when everything syncs' {
            $run = Invoke-Job -Environment $script:Environment -Arguments '-LogFolder', $script:Logs
            $run.ExitCode | Should -Be 0 -Because $run.Output
            (Get-N2fEmulatorState $script:Emulator).users.Count | Should -Be 25
            @((Get-N2fEmulatorState $script:Emulator).axisValues).Count | Should -Be 40
            $log = @(Get-ChildItem $script:Logs -Filter 'n2fsync-*.log')
            $log.Count | Should -Be 1
            Get-Content $log[0].FullName -Raw | Should -Match "Summary: N2fSync run .*\(users, projects, plates, subposts\): Success\. $($script:SampleCreates) created"
        }

        It 'exits 0 when a row is rejected: rejected rows show in the summary, not in the exit code' {
            $csv = Write-UsersCsv -Folder (Join-Path $script:Work 'csv') -Rows @(
                New-UserRow 'ok.user@example.be'
                New-UserRow 'not-an-email')
            Copy-Item (Join-Path $script:RepoRoot 'samples/csv/iris_N2F_Analytics.csv') -Destination $csv
            $script:Environment.N2FSYNC_CONFIG = New-TestConfig -Folder $script:Work -Emulator $script:Emulator -CsvFolder $csv
            $run = Invoke-Job -Environment $script:Environment -Arguments '-LogFolder', $script:Logs
            $run.ExitCode | Should -Be 0 -Because $run.Output
            $run.Output | Should -Match 'Summary: .*: Success\. .*1 source rows rejected'
            (Get-N2fUsersState $script:Emulator).ContainsKey('ok.user@example.be') | Should -BeTrue
        }

        It 'exits 0 with a delete held by the guard, and the summary shows the held delete' {
            $csv = Write-UsersCsv -Folder (Join-Path $script:Work 'csv') -Rows @(New-UserRow 'ok.user@example.be'; New-UserRow 'chloe.oneil@example.be')
            $script:Environment.N2FSYNC_CONFIG = New-TestConfig -Folder $script:Work -Emulator $script:Emulator -CsvFolder $csv
            Set-DeleteGuard $script:Environment.N2FSYNC_CONFIG -MaxDeleteCount 1
            Add-N2fUser $script:Emulator @{ mail = 'parti.ailleurs@example.be'; firstname = 'Parti'; lastname = 'Ailleurs' }
            Add-N2fUser $script:Emulator @{ mail = 'lucas.dhondt@example.be'; firstname = 'Lucas'; lastname = "D'Hondt" }
            $run = Invoke-Job -Environment $script:Environment -Arguments '-LogFolder', $script:Logs, '-Scope', 'users'
            $run.ExitCode | Should -Be 0 -Because $run.Output
            $run.Output | Should -Match 'Summary: .*: Success\. 2 created, .*, 2 deletes held'
            (Get-N2fUsersState $script:Emulator).ContainsKey('parti.ailleurs@example.be') | Should -BeTrue
        }

        It 'exits 1 when N2F refuses a row' {
            $csv = Write-UsersCsv -Folder (Join-Path $script:Work 'csv') -Rows @(
                New-UserRow 'ok.user@example.be'
                New-UserRow 'marc.dupont@example.be' @{ langue = 'fr_BE_invalid' })
            $script:Environment.N2FSYNC_CONFIG = New-TestConfig -Folder $script:Work -Emulator $script:Emulator -CsvFolder $csv
            $run = Invoke-Job -Environment $script:Environment -Arguments '-LogFolder', $script:Logs, '-Scope', 'users'
            $run.ExitCode | Should -Be 1 -Because $run.Output
            $run.Output | Should -Match 'Summary: .*: PartialFailure\. 1 created, .*1 failed'
        }

        It 'exits 2 when N2F refuses the client secret' {
            $script:Environment.N2F_CLIENT_SECRET = 'not-the-secret'
            $run = Invoke-Job -Environment $script:Environment -Arguments '-LogFolder', $script:Logs
            $run.ExitCode | Should -Be 2 -Because $run.Output
            $run.Output | Should -Match 'Summary: .*: Failed\.'
            $run.Output | Should -Not -Match 'not-the-secret'
            Get-WriteCount $script:Emulator | Should -Be 0
        }

        It 'exits 2 when N2F is down (nothing listens on its port)' {
            (Get-Content $script:Config -Raw) -replace '(?m)^(\s*)baseUrl:.*$', "`$1baseUrl: 'http://127.0.0.1:9/services/api/v2/'" |
                Set-Content $script:Config -Encoding utf8
            $run = Invoke-Job -Environment $script:Environment -Arguments '-LogFolder', $script:Logs
            $run.ExitCode | Should -Be 2 -Because $run.Output
            $run.Output | Should -Match 'Summary: .*: Failed\.'
        }

        It 'exits 2 when the only scope''s source is damaged' {
            $csv = Write-UsersCsv -Folder (Join-Path $script:Work 'csv') -Rows @(New-UserRow 'ok.user@example.be')
            Add-Content (Join-Path $csv 'iris_N2F_User.csv') '"broken.quote@example.be;Open;Quote' -Encoding utf8
            $script:Environment.N2FSYNC_CONFIG = New-TestConfig -Folder $script:Work -Emulator $script:Emulator -CsvFolder $csv
            $run = Invoke-Job -Environment $script:Environment -Arguments '-LogFolder', $script:Logs, '-Scope', 'users'
            $run.ExitCode | Should -Be 2 -Because $run.Output
            $run.Output | Should -Match "Summary: .*: Failed\. .*Failed: users: the source could not be read: .*iris_N2F_User\.csv' line 3"
            Get-WriteCount $script:Emulator | Should -Be 0
        }

        It 'exits 2 when it cannot run' {
            $script:Environment.N2FSYNC_CONFIG = Join-Path $script:Work 'missing.yaml'
            $run = Invoke-Job -Environment $script:Environment -Arguments '-LogFolder', $script:Logs
            $run.ExitCode | Should -Be 2 -Because $run.Output
            Get-WriteCount $script:Emulator | Should -Be 0
        }
    }
}
