# Resilience and safety as a scheduled run meets them: faults, killed runs, overlapping runs, broken sources.
Describe 'Resilience and safety' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        Import-Module $script:ModuleManifest -Force
        $script:Emulator = Start-TestEmulator
        $script:Pwsh = & (Join-Path $script:RepoRoot 'tests/tools/Get-PwshPath.ps1')

        function Get-AcknowledgedWrites {
            # Write requests N2F answered 2xx, per path and body key: a duplicate write is a second 2xx for one key.
            (Get-N2fEmulatorRequests $script:Emulator).requests |
                Where-Object { $_.isWrite -and $_.status -ge 200 -and $_.status -lt 300 }
        }
        function Get-AppliedWrites {
            # Writes N2F applied: answered 2xx, or handled with 2xx and the answer lost on the way back.
            (Get-N2fEmulatorRequests $script:Emulator).requests | Where-Object { $_.applied }
        }
        function Invoke-FullSync([string] $Config, [switch] $AllowMassDelete) {
            Sync-N2fScope -Scope users -ConfigPath $Config -Delete -Confirm:$false -AllowMassDelete:$AllowMassDelete `
                -WarningAction SilentlyContinue -ErrorAction SilentlyContinue
        }
    }

    AfterAll {
        Stop-TestEmulator $script:Emulator
    }

    BeforeEach {
        Reset-TestEmulator $script:Emulator
        Set-N2fEmulatorOptions $script:Emulator @{ faults = $null; quota = $null; responseDelayMs = 0; tokenLifetimeSeconds = 3600 }
        $script:Work = New-TestFolder
        $script:Config = New-TestConfig -Folder $script:Work -Emulator $script:Emulator
        Add-N2fUser $script:Emulator @{ mail = 'ann.peeters@example.be'; firstname = 'Anne'; lastname = 'Peeters' }
        Add-N2fUser $script:Emulator @{ mail = 'parti.ailleurs@example.be'; firstname = 'Parti'; lastname = 'Ailleurs' }
        Clear-N2fEmulatorRequests $script:Emulator
    }

    AfterEach {
        Set-N2fEmulatorOptions $script:Emulator @{ faults = $null; quota = $null; responseDelayMs = 0 }
        Remove-Item $script:Work -Recurse -Force -ErrorAction SilentlyContinue
    }

    It 'converges every scope through 10 % server errors, 2 % dropped connections and lost answers, each needed write applied once' {
        Set-N2fEmulatorOptions $script:Emulator @{ faults = @{ serverErrorRate = 0.10; dropRate = 0.02; lostResponseRate = 0.03; seed = 4711 } }
        Sync-N2fScope -Scope all -ConfigPath $script:Config -Delete -Confirm:$false -WarningAction SilentlyContinue -ErrorAction SilentlyContinue | Out-Null
        Set-N2fEmulatorOptions $script:Emulator @{ faults = $null }
        $log = Get-N2fEmulatorRequests $script:Emulator
        # Needed: users 24 creates, 1 update, 1 delete; the 40 axis values of the sample, created in both companies.
        # Each is applied exactly once (a lost answer is settled by reading N2F back, not by a second write); every
        # other write was an attempt that never took effect.
        $needed = 26 + 40
        @($log.requests | Where-Object { $_.lostAnswerStatus }).Count | Should -BeGreaterThan 0 -Because 'the seeded faults lose answers'
        @(Get-AppliedWrites).Count | Should -Be $needed
        @($log.requests | Where-Object { $_.isWrite -and -not $_.applied }).Count | Should -Be ($log.writes - $needed)
        $log.status429 | Should -Be 0
        Clear-N2fEmulatorRequests $script:Emulator
        @(Sync-N2fScope -Scope all -ConfigPath $script:Config -Delete -Confirm:$false -WarningAction SilentlyContinue).Count | Should -Be 0
        (Get-N2fEmulatorRequests $script:Emulator).writes | Should -Be 0
    }

    It 'N2F not reachable: a warning per retry naming the URL and the cause, then an error naming POST auth and the URL, after a few attempts' {
        $listener = [Net.Sockets.TcpListener]::new([Net.IPAddress]::Loopback, 0)
        $listener.Start(); $port = $listener.LocalEndpoint.Port; $listener.Stop()
        $url = "http://127.0.0.1:$port/services/api/v2/"
        $config = New-TestConfig -Folder $script:Work -Emulator ([pscustomobject]@{ BaseUrl = $url })
        $warnings = $null; $errors = $null
        Sync-N2fScope -Scope users -ConfigPath $config -WhatIf -WarningVariable warnings -WarningAction SilentlyContinue `
            -ErrorVariable errors -ErrorAction SilentlyContinue | Out-Null
        # n2f.unreachableRetryCount (2 by default) while N2F never answered: three attempts, not the whole retry budget.
        $retries = @($warnings | Where-Object { "$_" -like "N2F not reachable at $url*" })
        $retries.Count | Should -Be 2
        "$($retries[0])" | Should -BeLike '*: connection refused (POST auth); retry 1 of 2 in * s'
        "$($retries[1])" | Should -BeLike '*: connection refused (POST auth); retry 2 of 2 in * s'
        $failure = @($errors | Where-Object { $_.FullyQualifiedErrorId -like 'N2fUnreachable,*' })
        $failure.Count | Should -Be 1
        $failure[0].Exception.Message | Should -BeLike "*(POST auth): not reachable at $($url): connection refused (gave up after 3 attempt(s); N2F has not answered once)"
    }

    It 'paces writes under the quota and provokes no 429' {
        Set-N2fEmulatorOptions $script:Emulator @{ quota = @{ reads = 20; writes = 8; windowSeconds = 1 } }
        $text = (Get-Content $script:Config -Raw) -replace '(?m)^(\s*)(day|night):\s*\{.*\}\s*$', '$1$2: { reads: 20, writes: 8 }'
        Set-Content $script:Config $text -Encoding utf8
        Invoke-FullSync $script:Config | Out-Null
        $log = Get-N2fEmulatorRequests $script:Emulator
        $log.status429 | Should -Be 0
        (Get-AcknowledgedWrites).Count | Should -Be 26
    }

    It 'honours Retry-After on a burst of 429, still converges, and says in the summary how it paced itself' {
        Set-N2fEmulatorOptions $script:Emulator @{ faults = @{ next429Burst = 3; retryAfterSeconds = 1 } }
        $started = [DateTime]::UtcNow
        Sync-N2fScope -Scope users -ConfigPath $script:Config -Delete -Confirm:$false -InformationVariable info `
            -WarningAction SilentlyContinue -ErrorAction SilentlyContinue | Out-Null
        ([DateTime]::UtcNow - $started).TotalSeconds | Should -BeGreaterThan 1
        (Get-AcknowledgedWrites).Count | Should -Be 26
        $summary = @($info | Where-Object Tags -contains 'Summary')[0].MessageData
        $summary.PacingNote | Should -BeLike 'N2F allowed * reads per 1 s window from *(table: 1000): 3 answer(s) of 429; paced to *'
        ($summary | Out-String -Width 120) | Should -Match 'PacingNote\s*:\s*N2F allowed'
        $summary.ToString() | Should -BeLike '* N2F allowed *'
    }

    It 're-authenticates once when the token expires mid-run' {
        Set-N2fEmulatorOptions $script:Emulator @{ responseDelayMs = 20 }
        $job = Start-ThreadJob -ScriptBlock { param($admin) Start-Sleep -Milliseconds 250; Invoke-RestMethod -Method POST "$admin/expire-tokens" } -ArgumentList $script:Emulator.AdminUrl
        Invoke-FullSync $script:Config | Out-Null
        $job | Wait-Job | Remove-Job
        (Get-AcknowledgedWrites).Count | Should -Be 26
        ((Get-N2fEmulatorRequests $script:Emulator).requests | Where-Object status -eq 401).Count | Should -BeGreaterOrEqual 1
    }

    It 'resumes a run killed mid-way without repeating an acknowledged write' {
        Set-N2fEmulatorOptions $script:Emulator @{ responseDelayMs = 150 }
        $script = "Import-Module '$script:ModuleManifest'; Sync-N2fScope -Scope users -ConfigPath '$script:Config' -Delete -Confirm:`$false -WarningAction SilentlyContinue | Out-Null"
        $child = Start-Process -FilePath $script:Pwsh -ArgumentList '-NoProfile', '-NonInteractive', '-Command', $script -PassThru
        $deadline = [DateTime]::UtcNow.AddSeconds(60)
        while (@(Get-AcknowledgedWrites).Count -lt 8 -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 100 }
        $child.Kill()
        $child.WaitForExit()
        Set-N2fEmulatorOptions $script:Emulator @{ responseDelayMs = 0 }
        $before = @(Get-AcknowledgedWrites).Count
        $before | Should -BeGreaterOrEqual 8
        $before | Should -BeLessThan 26

        $results = Invoke-FullSync $script:Config
        @($results | Where-Object Outcome -in 'Created', 'Updated', 'Deleted').Count | Should -Be (26 - $before)
        $acknowledged = Get-AcknowledgedWrites
        $acknowledged.Count | Should -Be 26
        Clear-N2fEmulatorRequests $script:Emulator
        @(Invoke-FullSync $script:Config).Count | Should -Be 0
    }

    It 'a stopped pipeline (Ctrl+C, a stopped job) cancels the call in flight, records the run as stopped and releases the lock' {
        Set-N2fEmulatorOptions $script:Emulator @{ responseDelayMs = 300 }
        $ps = [powershell]::Create()
        $null = $ps.AddScript("Import-Module '$script:ModuleManifest'; Sync-N2fScope -Scope users -ConfigPath '$script:Config' -Delete -Confirm:`$false -WarningAction SilentlyContinue")
        $handle = $ps.BeginInvoke()
        $deadline = [DateTime]::UtcNow.AddSeconds(30)
        while (@(Get-AcknowledgedWrites).Count -lt 2 -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
        $ps.Stop()
        $ps.Dispose()
        Set-N2fEmulatorOptions $script:Emulator @{ responseDelayMs = 0 }
        $partial = @(Get-AcknowledgedWrites).Count
        $partial | Should -BeLessThan 26
        # Same process, right after: the lock is free and the run completes what is left, once.
        $results = Invoke-FullSync $script:Config
        @($results | Where-Object Outcome -in 'Created', 'Updated', 'Deleted').Count | Should -Be (26 - $partial)
        @(Get-AcknowledgedWrites).Count | Should -Be 26
    }

    It 'refuses an overlapping run, naming the first one' {
        Set-N2fEmulatorOptions $script:Emulator @{ responseDelayMs = 200 }
        $script = "Import-Module '$script:ModuleManifest'; Sync-N2fScope -Scope users -ConfigPath '$script:Config' -Delete -Confirm:`$false -WarningAction SilentlyContinue | Out-Null"
        $child = Start-Process -FilePath $script:Pwsh -ArgumentList '-NoProfile', '-NonInteractive', '-Command', $script -PassThru
        try {
            $deadline = [DateTime]::UtcNow.AddSeconds(60)
            while (@(Get-AcknowledgedWrites).Count -lt 1 -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
            { Sync-N2fScope -Scope users -ConfigPath $script:Config -Confirm:$false -ErrorAction Stop -WarningAction SilentlyContinue } |
                Should -Throw -ErrorId 'RunInProgress,N2fSync.Commands.Commands.SyncN2fScopeCommand' -ExpectedMessage "*process $($child.Id)*"
        } finally {
            $child.Kill(); $child.WaitForExit()
        }
    }

    It 'holds the deletes of a truncated source, lets creates and updates through, and says how to proceed' {
        Invoke-FullSync $script:Config | Out-Null
        # Half the view comes back (a truncated export): the other half would be deleted.
        $rows = Import-Csv (Join-Path $script:RepoRoot 'samples/csv/iris_N2F_User.csv') -Delimiter ';' | Select-Object -First 13
        $rows[0].Prenom = 'Changed'
        $csv = Write-UsersCsv -Folder (Join-Path $script:Work 'half') -Rows $rows
        $config = New-TestConfig -Folder $script:Work -Emulator $script:Emulator -CsvFolder $csv
        Clear-N2fEmulatorRequests $script:Emulator
        $results = Sync-N2fScope -Scope users -ConfigPath $config -Delete -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        $guard = $errors | Where-Object { $_.FullyQualifiedErrorId -like 'DeleteGuardTriggered*' }
        $guard | Should -Not -BeNullOrEmpty
        $guard[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
        $guard[0].ErrorDetails.RecommendedAction | Should -BeLike '*-AllowMassDelete*'
        ($results | Where-Object Outcome -eq Held).Count | Should -BeGreaterThan 5
        ($results | Where-Object Outcome -eq Updated).Count | Should -Be 1
        ((Get-N2fEmulatorRequests $script:Emulator).requests | Where-Object method -eq DELETE).Count | Should -Be 0
    }

    It 'applies a reviewed plan of held deletes saved with Export-Clixml' {
        Invoke-FullSync $script:Config | Out-Null
        $rows = Import-Csv (Join-Path $script:RepoRoot 'samples/csv/iris_N2F_User.csv') -Delimiter ';' | Select-Object -First 13
        $csv = Write-UsersCsv -Folder (Join-Path $script:Work 'half') -Rows $rows
        $config = New-TestConfig -Folder $script:Work -Emulator $script:Emulator -CsvFolder $csv
        $planFile = Join-Path $script:Work 'deletes.xml'
        Get-AgressoEntity -Scope users -ConfigPath $config -WarningAction SilentlyContinue | Compare-N2fPayload -ConfigPath $config |
            Where-Object Action -eq Delete | Export-Clixml $planFile
        $reviewed = Import-Clixml $planFile
        $results = $reviewed | Sync-N2fScope -ConfigPath $config -Delete -Confirm:$false -ErrorVariable refusals -ErrorAction SilentlyContinue
        # The review releases the guard, not the managers rule: a manager whose reports stay is kept.
        $kept = @($results | Where-Object Outcome -eq Held)
        $kept | ForEach-Object { $_.Message | Should -BeLike '*still manages*' }
        ($results | Where-Object Outcome -eq Deleted).Count | Should -Be ($reviewed.Count - $kept.Count)
        ($results | Where-Object Outcome -eq Deleted).Count | Should -BeGreaterThan 5
        $refusals.FullyQualifiedErrorId | Should -Contain 'DeleteHeldManagesStayingUsers,N2fSync.Commands.Commands.SyncN2fScopeCommand'
    }

    It 'applies a reviewed plan of axis creates and updates saved with Export-Clixml, labels intact' {
        $planFile = Join-Path $script:Work 'projects.xml'
        Get-AgressoEntity -Scope projects -ConfigPath $script:Config -WarningAction SilentlyContinue |
            Compare-N2fPayload -ConfigPath $script:Config | Export-Clixml $planFile
        $results = Import-Clixml $planFile | Sync-N2fScope -ConfigPath $script:Config -Confirm:$false
        ($results | Where-Object Outcome -eq Created).Count | Should -Be 14
        $values = (Get-N2fEmulatorState $script:Emulator).axisValues | Where-Object { $_.axisId -eq 'projects' -and $_.code -eq 'PRJ-0042' }
        $values.Count | Should -Be 2
        foreach ($value in $values) {
            ($value.names | Where-Object culture -eq 'fr').value | Should -Not -BeNullOrEmpty
            ($value.names | Where-Object culture -eq 'nl').value | Should -Not -BeNullOrEmpty
        }
        @(Get-AgressoEntity -Scope projects -ConfigPath $script:Config -WarningAction SilentlyContinue |
            Compare-N2fPayload -ConfigPath $script:Config).Count | Should -Be 0
    }

    It 'sends held deletes with -AllowMassDelete, not with -Force' {
        Invoke-FullSync $script:Config | Out-Null
        $rows = Import-Csv (Join-Path $script:RepoRoot 'samples/csv/iris_N2F_User.csv') -Delimiter ';' | Select-Object -First 13
        $csv = Write-UsersCsv -Folder (Join-Path $script:Work 'half') -Rows $rows
        $config = New-TestConfig -Folder $script:Work -Emulator $script:Emulator -CsvFolder $csv
        $forced = Sync-N2fScope -Scope users -ConfigPath $config -Delete -Force -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        ($forced | Where-Object Outcome -eq Deleted).Count | Should -Be 0
        $allowed = Invoke-FullSync $config -AllowMassDelete
        ($allowed | Where-Object Outcome -eq Deleted).Count | Should -BeGreaterThan 5
    }

    It 'does not resend a payload N2F refused until it changes, and reports it every run' {
        $rows = @(New-UserRow 'refused@example.be' @{ langue = 'fr_BE_invalid' }; New-UserRow 'fine@example.be')
        $csv = Write-UsersCsv -Folder (Join-Path $script:Work 'csv') -Rows $rows
        $config = New-TestConfig -Folder $script:Work -Emulator $script:Emulator -CsvFolder $csv
        $first = Sync-N2fScope -Scope users -ConfigPath $config -Confirm:$false -ErrorVariable e1 -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        ($first | Where-Object Key -eq 'refused@example.be').StatusCode | Should -Be 400
        Clear-N2fEmulatorRequests $script:Emulator
        $second = Sync-N2fScope -Scope users -ConfigPath $config -Confirm:$false -ErrorVariable e2 -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        ($second | Where-Object Key -eq 'refused@example.be').Outcome | Should -Be 'Failed'
        ($second | Where-Object Key -eq 'refused@example.be').Message | Should -BeLike 'not sent again*'
        (Get-N2fEmulatorRequests $script:Emulator).writes | Should -Be 0
        $e2.FullyQualifiedErrorId | Should -Contain 'SyncWriteFailed,N2fSync.Commands.Commands.SyncN2fScopeCommand'
    }

    It 'never leaks the client secret, the database password or the token into streams, errors or the store' {
        $env:AGRESSO_DB_PASSWORD = 'Db-P@ss-9931'
        try {
            $all = Sync-N2fScope -Scope users -ConfigPath $script:Config -Delete -Confirm:$false -Verbose *>&1 | Out-String
            $sql = New-TestConfig -Folder (Join-Path $script:Work 'sql') -Emulator $script:Emulator
            New-N2fSyncConfig -Path $sql -Provider SqlServer -ConnectionString 'Server=127.0.0.1,1;Database=Agresso;Connect Timeout=2' -BaseUrl $script:Emulator.BaseUrl -Force | Out-Null
            $all += Get-AgressoEntity -Scope users -ConfigPath $sql -Verbose -ErrorAction Continue *>&1 | Out-String
        } finally { Remove-Item Env:AGRESSO_DB_PASSWORD }
        $all | Should -Match 'AgressoSourceFailed|sqlserver'
        $tokens = (Get-N2fEmulatorState $script:Emulator).PSObject.Properties.Name
        foreach ($secret in 'test-secret', 'Db-P@ss-9931') {
            $all | Should -Not -Match ([regex]::Escape($secret))
            [IO.File]::ReadAllText((Join-Path $script:Work 'n2fsync.db')) | Should -Not -Match ([regex]::Escape($secret))
        }
    }
}
