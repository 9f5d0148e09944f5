# The store as the place an admin looks the morning after: history, per-row outcomes, data quality,
# reports, metrics, and the cache of N2F reads, as the built module answers them in pwsh against the emulator.
Describe 'The store the morning after' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        Import-Module $script:ModuleManifest -Force
        $script:Emulator = Start-N2fEmulator -SeedReference
        $script:Reference = Get-N2fEmulatorState $script:Emulator | ConvertTo-Json -Depth 20
        $env:N2F_CLIENT_ID = 'test-client'
        $env:N2F_CLIENT_SECRET = 'test-secret'

        function Get-ApiGets {
            <# The GET requests N2F received since the log was last cleared, as 'path?query'. #>
            @((Get-N2fEmulatorRequests $script:Emulator).requests | Where-Object { $_.method -eq 'GET' } |
                ForEach-Object { $_.path.Substring('/services/api/v2/'.Length) + $(if ($_.query) { '?' + $_.query }) })
        }

        function Write-NightRows([string] $AnnJobTitle) {
            <# The users view of a night with a bit of everything: good rows, a row N2F refuses, a dependant of it, bad rows. #>
            $rows = @(
                New-UserRow 'wim.verstraeten@example.be' @{ Prenom = 'Wim'; Nom = 'Verstraeten'; Role = 'Manager'; Fonction = 'Directeur' }
                New-UserRow 'Ann.Peeters@Example.be' @{ Prenom = 'Ann'; Nom = 'Peeters'; Fonction = $AnnJobTitle; Manager = 'wim.verstraeten@example.be' }
                New-UserRow "chloe.o'neil@example.be" @{ Prenom = 'Chloé'; Nom = "O'Neil"; Fonction = 'Responsable <script>alert(1)</script>' }
                New-UserRow 'marc.dupont@example.be' @{ Prenom = 'Marc'; Nom = 'Dupont'; langue = 'français' }
                New-UserRow 'lucie.martin@example.be' @{ Prenom = 'Lucie'; Nom = 'Martin'; Manager = 'marc.dupont@example.be' }
                New-UserRow 'not-an-email' @{ Prenom = 'Sans'; Nom = 'Adresse' }
                New-UserRow 'wrong.company@example.be' @{ Entreprise = 'FR77' }
                New-UserRow 'orphan@example.be' @{ Manager = 'ghost@example.be' }
                New-UserRow 'long.title@example.be' @{ Fonction = ('Chargée de mission ' * 8).Trim() }
                New-UserRow 'dup@example.be' @{ Prenom = 'Première' }
                New-UserRow 'Dup@Example.be' @{ Prenom = 'Seconde' }
            )
            Write-UsersCsv -Folder (Join-Path $script:Work 'csv') -Rows $rows | Out-Null
        }

        function Invoke-Compare {
            [CmdletBinding()]
            param([switch] $NoCache, [switch] $UseCache)
            Get-AgressoEntity -Scope users -ConfigPath $script:Config |
                Compare-N2fPayload -ConfigPath $script:Config -NoCache:$NoCache -UseCache:$UseCache
        }

        function Set-ConfigLine([string] $Pattern, [string] $Replacement) {
            <# Changes a line of the test config (the template already has every section, so appending one would repeat it). #>
            $text = Get-Content $script:Config -Raw
            if ($text -notmatch $Pattern) { throw "No line matches $Pattern in the config." }
            Set-Content $script:Config ($text -replace $Pattern, $Replacement) -Encoding utf8
        }

        function Invoke-Night {
            Sync-N2fScope -Scope users -ConfigPath $script:Config -Confirm:$false -ErrorAction SilentlyContinue -WarningAction SilentlyContinue |
                Out-Null
        }
    }

    AfterAll {
        $script:Emulator | Stop-N2fEmulator
        Remove-Item Env:N2F_CLIENT_ID, Env:N2F_CLIENT_SECRET -ErrorAction SilentlyContinue
    }

    BeforeEach {
        Set-N2fEmulatorState $script:Emulator $script:Reference
        $script:Work = Join-Path ([IO.Path]::GetTempPath()) ("n2fsync-pester-" + [guid]::NewGuid().ToString('N'))
        New-Item -ItemType Directory -Path $script:Work | Out-Null
        Add-N2fUser $script:Emulator @{ mail = 'ann.peeters@example.be'; firstname = 'Ann'; lastname = 'Peeters'; jobTitle = 'Comptable' }
        Write-NightRows -AnnJobTitle 'Comptable principale'
        $script:Config = New-TestConfig -Folder $script:Work -Emulator $script:Emulator -CsvFolder (Join-Path $script:Work 'csv')
        Set-ConfigLine '(?m)^  # json: .*$' '  json: ./log/n2fsync.jsonl'
        Clear-N2fEmulatorRequests $script:Emulator
    }

    AfterEach {
        Remove-Item $script:Work -Recurse -Force -ErrorAction SilentlyContinue
    }

    Describe 'After a night with failures' {
        BeforeEach {
            Invoke-Night
            # The next night: Ann was promoted.
            Write-NightRows -AnnJobTitle 'Directrice financière'
            Invoke-Night
        }

        It 'Get-N2fSyncRun lists the runs newest first: when, scopes, who, where, counts and outcome' {
            $runs = @(Get-N2fSyncRun -ConfigPath $script:Config)
            $runs.Count | Should -Be 2
            $runs[0].GetType().FullName | Should -Be 'N2fSync.Store.SyncRunRecord'
            $runs[0].StartedAt | Should -BeGreaterThan $runs[1].StartedAt
            $runs[0].Scopes | Should -Be @('users')
            $runs[0].Outcome | Should -Be 'PartialFailure'
            $runs[0].Host | Should -Be ([Environment]::MachineName)
            $runs[0].UserName | Should -Be ([Environment]::UserName)
            $runs[0].EndedAt | Should -Not -BeNullOrEmpty
            $runs[1].Created | Should -Be 2
            $runs[1].Failed | Should -Be 2
            (Get-N2fSyncRun -ConfigPath $script:Config -Last 1).Id | Should -Be $runs[0].Id
            @(Get-N2fSyncRun -ConfigPath $script:Config -Outcome Success).Count | Should -Be 0
            @(Get-N2fSyncRun -ConfigPath $script:Config -Scope projects).Count | Should -Be 0
            @(Get-N2fSyncRun -ConfigPath $script:Config -After ([DateTime]::UtcNow.AddMinutes(5))).Count | Should -Be 0
        }

        It 'which rows failed and why: Get-N2fSyncRun -Last 1 | Get-N2fSyncChange -Outcome Failed, DependencyFailed' {
            $failed = @(Get-N2fSyncRun -ConfigPath $script:Config -Last 1 |
                Get-N2fSyncChange -ConfigPath $script:Config -Outcome Failed, DependencyFailed)
            $failed.Key | Should -Be @('marc.dupont@example.be', 'lucie.martin@example.be')
            $marc = $failed[0]
            $marc.GetType().FullName | Should -Be 'N2fSync.Store.SyncChangeRecord'
            $marc.StatusCode | Should -Be 400
            $marc.Message | Should -BeLike '*culture*français*'
            # The second night did not send the payload N2F already refused; the journal says so.
            $marc.Sent | Should -BeFalse
            $failed[1].Message | Should -BeLike '*marc.dupont@example.be*'
            # Only the last run's rows.
            ($failed.RunId | Select-Object -Unique) | Should -Be (Get-N2fSyncRun -ConfigPath $script:Config -Last 1).Id
        }

        It 'the first night''s refusal was sent and answered 400, with the fields that were to be written' {
            $first = (Get-N2fSyncRun -ConfigPath $script:Config)[1]
            $marc = Get-N2fSyncChange -RunId $first.Id -Key 'marc.dupont@example.be' -ConfigPath $script:Config
            $marc.Sent | Should -BeTrue
            $marc.Outcome | Should -Be 'Failed'
            ($marc.Differences | Where-Object Field -eq 'culture').AgressoValue | Should -Be 'français'
        }

        It 'rejected source rows are in the journal too, as skipped with their reason' {
            $skipped = @(Get-N2fSyncRun -ConfigPath $script:Config -Last 1 | Get-N2fSyncChange -ConfigPath $script:Config -Action Skip)
            $skipped.Key | Should -Contain 'wrong.company@example.be'
            ($skipped | Where-Object Key -eq 'long.title@example.be').Message | Should -BeLike '*Fonction*at most 100*'
        }

        It 'what changed for a given user across runs: Get-N2fSyncChange -Key, with N2F and Agresso values' {
            $ann = @(Get-N2fSyncChange -Key 'Ann.Peeters@Example.be' -ConfigPath $script:Config)
            $ann.Count | Should -Be 2
            $ann.Outcome | Should -Be @('Updated', 'Updated')
            ($ann.RunId | Select-Object -Unique).Count | Should -Be 2
            $title = $ann[1].Differences | Where-Object Field -eq 'jobTitle'
            $title.N2fValue | Should -Be 'Comptable principale'
            $title.AgressoValue | Should -Be 'Directrice financière'
            ($ann[0].Differences | Where-Object Field -eq 'managerMail').AgressoValue | Should -Be 'wim.verstraeten@example.be'
            @(Get-N2fSyncChange -Key '*@example.be' -Outcome Created -ConfigPath $script:Config).Key |
                Should -Be @('wim.verstraeten@example.be', "chloe.o'neil@example.be")
        }

        It 'keeps the data-quality issues and the completeness of each run' {
            $run = Get-N2fSyncRun -ConfigPath $script:Config -Last 1
            $run.DataIssues | Should -BeGreaterOrEqual 6
            $run.Completeness.Scope | Should -Be 'users'
            $run.Completeness.Rows | Should -Be 11
            $run.Completeness.ValidRows | Should -Be 5
        }

        It 'keeps metrics with the run: calls by verb and status, latency percentiles, cache use, throughput, memory' {
            $metrics = Get-N2fSyncRun -ConfigPath $script:Config -Last 1 | Select-Object -ExpandProperty Metrics
            $metrics.GetType().FullName | Should -Be 'N2fSync.Diagnostics.SyncMetrics'
            $metrics.ApiCalls['GET 200'] | Should -BeGreaterThan 0
            $metrics.Changes['Update/Updated'] | Should -Be 1
            $metrics.Changes['Create/Failed'] | Should -Be 1
            $metrics.Latency.P95 | Should -BeGreaterOrEqual $metrics.Latency.P50
            $metrics.Latency.P99 | Should -BeGreaterOrEqual $metrics.Latency.P95
            $metrics.CacheHits + $metrics.CacheMisses | Should -BeGreaterThan 0
            $metrics.Rows | Should -Be 11
            $metrics.RowsPerSecond | Should -BeGreaterThan 0
            $metrics.PeakWorkingSetMegabytes | Should -BeGreaterThan 10
            $first = (Get-N2fSyncRun -ConfigPath $script:Config)[1] | Select-Object -ExpandProperty Metrics
            $first.ApiCalls['POST 400'] | Should -Be 1
        }

        It 'writes an HTML report an admin can mail: self-contained, failures first, per-field changes, values escaped' {
            $file = Get-N2fSyncRun -ConfigPath $script:Config | Select-Object -Last 1 |
                Export-N2fSyncReport -Path (Join-Path $script:Work 'night.html') -ConfigPath $script:Config -PassThru
            $file | Should -BeOfType ([IO.FileInfo])
            $html = Get-Content $file.FullName -Raw
            $html | Should -Match '^<!DOCTYPE html>'
            $html | Should -Not -Match '<script'
            $html | Should -Not -Match '<link|src='
            $html | Should -Match '&lt;script&gt;alert\(1\)&lt;/script&gt;'
            $html.IndexOf('marc.dupont@example.be') | Should -BeLessThan $html.IndexOf('Changes written')
            $html | Should -Match 'Comptable</span> → <span class="new">Comptable principale'
            $html | Should -Match 'Data-quality issues to fix in Agresso'
            $html | Should -Match 'TooLong'
        }

        It 'exports a run as JSON (run, changes, data-quality issues, metrics) and as CSV (one line per change)' {
            $run = Get-N2fSyncRun -ConfigPath $script:Config -Last 1
            $run | Export-N2fSyncReport -Path (Join-Path $script:Work 'night.json') -ConfigPath $script:Config
            $json = Get-Content (Join-Path $script:Work 'night.json') -Raw | ConvertFrom-Json
            $json.run.id | Should -Be $run.Id
            $json.run.counts.failed | Should -Be 2
            ($json.changes | Where-Object key -eq 'ann.peeters@example.be').differences[0].field | Should -Not -BeNullOrEmpty
            ($json.dataIssues | Where-Object kind -eq 'DuplicateKey').Count | Should -Be 2
            $json.metrics.latency.p50 | Should -BeGreaterThan 0

            Export-N2fSyncReport -RunId $run.Id -Path (Join-Path $script:Work 'night.txt') -Format Csv -ConfigPath $script:Config
            $csv = Import-Csv (Join-Path $script:Work 'night.txt')
            $csv.Count | Should -Be @(Get-N2fSyncChange -RunId $run.Id -ConfigPath $script:Config).Count
            ($csv | Where-Object Key -eq 'ann.peeters@example.be').Differences | Should -BeLike "*jobTitle: 'Comptable principale' → 'Directrice financière'*"
        }

        It 'an unknown run or format is a clear error' {
            { Export-N2fSyncReport -RunId 'nope' -Path (Join-Path $script:Work 'x.html') -ConfigPath $script:Config -ErrorAction Stop } |
                Should -Throw -ErrorId 'RunNotFound,N2fSync.Commands.Commands.ExportN2fSyncReportCommand'
            $run = Get-N2fSyncRun -ConfigPath $script:Config -Last 1
            { $run | Export-N2fSyncReport -Path (Join-Path $script:Work 'x.pdf') -ConfigPath $script:Config -ErrorAction Stop } |
                Should -Throw -ErrorId 'ReportFormatUnknown,N2fSync.Commands.Commands.ExportN2fSyncReportCommand'
        }

        It 'writes one JSON line per API call and per change, and no secret' {
            $lines = Get-Content (Join-Path $script:Work 'log/n2fsync.jsonl')
            $records = $lines | ForEach-Object { $_ | ConvertFrom-Json }
            ($records | Where-Object type -eq 'apiCall').Count | Should -BeGreaterThan 5
            ($records | Where-Object { $_.type -eq 'change' -and $_.key -eq 'marc.dupont@example.be' }).outcome | Should -Be @('Failed', 'Failed')
            ($lines -join "`n") | Should -Not -Match 'test-secret|Bearer'
        }
    }

    Describe 'The data-quality issues to fix in Agresso' {
        It 'Get-AgressoEntity -Validate outputs only the issues, the planner''s included, with row, key, field and kind' {
            $issues = @(Get-AgressoEntity -Scope users -Validate -ConfigPath $script:Config)
            $issues | ForEach-Object { $_.GetType().FullName } | Select-Object -Unique | Should -Be 'N2fSync.Agresso.DataIssue'
            # Row numbers of a CSV source are the file's lines: the header is line 1.
            $kinds = $issues | ForEach-Object { "$($_.SourceLocation) $($_.Field) $($_.Kind)" }
            $kinds | Should -Contain 'iris_N2F_User.csv line 7 AdresseEmail InvalidEmail'
            $kinds | Should -Contain 'iris_N2F_User.csv line 8 Entreprise UnknownCompany'
            $kinds | Should -Contain 'iris_N2F_User.csv line 9 Manager ManagerNotFound'
            $kinds | Should -Contain 'iris_N2F_User.csv line 10 Fonction TooLong'
            $kinds | Should -Contain 'iris_N2F_User.csv line 11 AdresseEmail DuplicateKey'
            $kinds | Should -Contain 'iris_N2F_User.csv line 12 AdresseEmail DuplicateKey'
            ($issues | Where-Object Kind -eq TooLong).Message | Should -BeLike '*151 characters*at most 100*'
            Get-WriteCount $script:Emulator | Should -Be 0
        }

        It 'runs only the source checks, with a warning, when N2F cannot be reached' {
            $text = (Get-Content $script:Config -Raw) -replace '(?m)^(\s*)retryCount:.*$', '$1retryCount: 0'
            Set-Content $script:Config ($text -replace [regex]::Escape($script:Emulator.BaseUrl), 'http://127.0.0.1:9/services/api/v2/') -Encoding utf8
            $issues = @(Get-AgressoEntity -Scope users -Validate -ConfigPath $script:Config -WarningVariable warnings -WarningAction SilentlyContinue)
            $issues.Kind | Should -Contain 'InvalidEmail'
            $issues.Kind | Should -Contain 'TooLong'
            $issues.Kind | Should -Not -Contain 'UnknownCompany'
            ($warnings -join ' ') | Should -BeLike '*only the source checks ran*'
        }

        It 'a longer limit from dataQuality.maxLength lets the long job title through' {
            Set-ConfigLine '(?m)^    jobTitle: 100\s*$' '    jobTitle: 200'
            (Get-AgressoEntity -Scope users -Validate -ConfigPath $script:Config).Kind | Should -Not -Contain 'TooLong'
        }
    }

    Describe 'The cache of N2F reads' {
        BeforeEach {
            $good = @(
                New-UserRow 'wim.verstraeten@example.be' @{ Prenom = 'Wim'; Nom = 'Verstraeten'; Role = 'Manager' }
                New-UserRow 'ann.peeters@example.be' @{ Prenom = 'Ann'; Nom = 'Peeters'; Fonction = 'Comptable principale'; Manager = 'wim.verstraeten@example.be' }
                New-UserRow "chloe.o'neil@example.be" @{ Prenom = 'Chloé'; Nom = "O'Neil" }
            )
            Write-UsersCsv -Folder (Join-Path $script:Work 'csv') -Rows $good | Out-Null
        }

        It 'a second Compare -UseCache within the TTL reads nothing from N2F' {
            $first = @(Invoke-Compare -UseCache)
            (Get-ApiGets).Count | Should -BeGreaterThan 3
            Clear-N2fEmulatorRequests $script:Emulator
            $second = @(Invoke-Compare -UseCache)
            Get-ApiGets | Should -BeNullOrEmpty
            $second.Count | Should -Be $first.Count
            ($second | Where-Object Key -eq 'ann.peeters@example.be').ChangedFields | Should -Be ($first | Where-Object Key -eq 'ann.peeters@example.be').ChangedFields
        }

        It 'a Compare -UseCache after a Sync sees what the Sync wrote, without reading N2F again' {
            Invoke-Compare -UseCache | Sync-N2fScope -ConfigPath $script:Config -Confirm:$false | Out-Null
            Clear-N2fEmulatorRequests $script:Emulator
            @(Invoke-Compare -UseCache).Count | Should -Be 0
            Get-ApiGets | Should -BeNullOrEmpty
        }

        It 'Compare-N2fPayload reads the users it diffs against fresh by default, so a change made by hand in N2F shows' {
            @(Invoke-Compare).Count | Should -Be 3
            Invoke-N2fEmulatorApi -Emulator $script:Emulator -Path 'users/ann.peeters@example.be' -Method DELETE | Out-Null
            Clear-N2fEmulatorRequests $script:Emulator
            $plan = @(Invoke-Compare)
            ($plan | Where-Object Key -eq 'ann.peeters@example.be').Action | Should -Be 'Create'
            # The diffed list came from N2F; the reference lists from the cache; the change says when N2F was read.
            Get-ApiGets | Should -Be @('users?start=0&limit=200')
            $plan[0].N2fReadAt | Should -BeGreaterThan ([DateTimeOffset]::UtcNow.AddMinutes(-1))
        }

        It 'Sync-N2fScope re-reads the users it diffs against, so a change made by hand in N2F is corrected' {
            @(Invoke-Compare -UseCache).Count | Should -Be 3
            # Someone edits N2F by hand after the cache was filled: the cached users list does not know.
            Invoke-N2fEmulatorApi -Emulator $script:Emulator -Path 'users/ann.peeters@example.be' -Method DELETE | Out-Null
            Clear-N2fEmulatorRequests $script:Emulator
            $results = Sync-N2fScope -Scope users -ConfigPath $script:Config -Confirm:$false -WarningAction SilentlyContinue
            ($results | Where-Object Key -eq 'ann.peeters@example.be').Outcome | Should -Be 'Created'
            # Only the users list was read again; companies, roles and profiles came from the cache.
            Get-ApiGets | Should -Be @('users?start=0&limit=200')
        }

        It 'a failed write drops the list it touches, so the next read goes to N2F' {
            Write-NightRows -AnnJobTitle 'Comptable principale'
            Invoke-Compare -UseCache -ErrorAction SilentlyContinue -WarningAction SilentlyContinue | Sync-N2fScope -ConfigPath $script:Config -Confirm:$false -ErrorAction SilentlyContinue | Out-Null
            Clear-N2fEmulatorRequests $script:Emulator
            Invoke-Compare -UseCache -ErrorAction SilentlyContinue -WarningAction SilentlyContinue | Out-Null
            Get-ApiGets | Should -Be @('users?start=0&limit=200')
        }

        It '-NoCache reads every list from N2F' {
            Invoke-Compare -UseCache | Out-Null
            Clear-N2fEmulatorRequests $script:Emulator
            Invoke-Compare -NoCache | Out-Null
            Get-ApiGets | Should -Be @('companies?start=0&limit=200', 'roles', 'userprofiles', 'users?start=0&limit=200')
        }

        It 'Clear-N2fCache -Scope users empties only the users list; Clear-N2fCache empties all' {
            Invoke-Compare -UseCache | Out-Null
            Clear-N2fCache -Scope users -ConfigPath $script:Config
            Clear-N2fEmulatorRequests $script:Emulator
            Invoke-Compare -UseCache | Out-Null
            Get-ApiGets | Should -Be @('users?start=0&limit=200')
            Clear-N2fCache -ConfigPath $script:Config
            Clear-N2fEmulatorRequests $script:Emulator
            Invoke-Compare -UseCache | Out-Null
            (Get-ApiGets).Count | Should -Be 4
        }

        It 'Clear-N2fCache -WhatIf clears nothing' {
            Invoke-Compare -UseCache | Out-Null
            Clear-N2fCache -ConfigPath $script:Config -WhatIf
            Clear-N2fEmulatorRequests $script:Emulator
            Invoke-Compare -UseCache | Out-Null
            Get-ApiGets | Should -BeNullOrEmpty
        }

        It 'cache.enabled: false reads N2F every time' {
            Set-ConfigLine '(?m)^  enabled: true\s*$' '  enabled: false'
            Invoke-Compare | Out-Null
            Clear-N2fEmulatorRequests $script:Emulator
            Invoke-Compare | Out-Null
            (Get-ApiGets).Count | Should -Be 4
        }

        It 'counts the hits and misses of a run in its metrics' {
            Invoke-Compare | Out-Null
            Sync-N2fScope -Scope users -ConfigPath $script:Config -Confirm:$false | Out-Null
            $metrics = (Get-N2fSyncRun -ConfigPath $script:Config -Last 1).Metrics
            # companies, roles, userprofiles from the cache; users read fresh.
            $metrics.CacheHits | Should -Be 3
            $metrics.CacheMisses | Should -Be 1
            $metrics.CacheHitRate | Should -Be 0.75
        }
    }
}
