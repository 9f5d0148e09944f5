# Default views: every type the module emits has one, it fits an 80/120-column console, and it
# renders real objects, produced here by the cmdlets against the N2F emulator.
Describe 'Format views' {
    BeforeDiscovery {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        Import-Module $script:ModuleManifest -Force
        # What the cmdlets declare, plus the types reached through them (the summary on the information stream,
        # field differences, data and config issues). A new [OutputType] joins this list by itself.
        $nested = 'N2fSync.Sync.Apply.SyncSummary', 'N2fSync.Sync.FieldDifference', 'N2fSync.Agresso.DataIssue',
            'N2fSync.Config.ConfigIssue'
        $declared = Get-Command -Module N2fSync -CommandType Cmdlet | ForEach-Object { $_.OutputType.Name } |
            Where-Object { $_ -like 'N2fSync.*' }
        $script:TypeCases = @(@($declared) + $nested | Sort-Object -Unique | ForEach-Object { @{ TypeName = $_ } })
    }

    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        Import-Module $script:ModuleManifest -Force
        $script:Emulator = Start-N2fEmulator -SeedReference
        $env:N2F_CLIENT_ID = 'test-client'
        $env:N2F_CLIENT_SECRET = 'test-secret'
        $script:Work = Join-Path ([IO.Path]::GetTempPath()) ('n2fsync-views-' + [guid]::NewGuid().ToString('N'))
        New-Item -ItemType Directory -Path $script:Work | Out-Null

        # A small source: a manager, her report (with a long name and manager mail), and a row Agresso rejects.
        $rows = @(
            New-UserRow 'boss.mertens@example.be' @{ Prenom = 'Hélène'; Nom = 'Mertens'; Role = 'Manager' }
            New-UserRow 'anne-sophie.van-der-straeten-moreau@example.be' @{
                Prenom = 'Anne-Sophie'; Nom = 'Van der Straeten-Moreau'; Manager = 'boss.mertens@example.be' }
            New-UserRow 'bad.flag@example.be' @{ Moyen_Paiement_Prof = 'peut-être' }
        )
        $csv = Write-UsersCsv -Folder (Join-Path $script:Work 'csv') -Rows $rows
        $config = New-TestConfig -Folder $script:Work -Emulator $script:Emulator -CsvFolder $csv
        Add-N2fUser $script:Emulator @{ mail = 'boss.mertens@example.be'; firstname = 'Helene'; lastname = 'Mertens'; role = 'Manager' }

        $agresso = @(Get-AgressoEntity -Scope users -ConfigPath $config -ErrorAction SilentlyContinue)
        $changes = @($agresso | Compare-N2fPayload -ConfigPath $config -ErrorAction SilentlyContinue)
        $results = @($changes | Sync-N2fScope -ConfigPath $config -Confirm:$false -InformationVariable info -InformationAction SilentlyContinue)
        $n2f = @(Get-N2fEntity -Scope users -ConfigPath $config)
        # The axis scopes, from the sample Agresso SQLite file (analytics rows for BE01 and BE02) into the seeded
        # emulator, which has the plaque and subpost axes in both companies; a store of its own.
        $axesConfig = New-TestConfig -Folder (New-Item -ItemType Directory -Path (Join-Path $script:Work 'axes')).FullName -Emulator $script:Emulator
        $axisValues = @(Get-AgressoEntity -Scope projects -ConfigPath $axesConfig -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
        $plateChanges = @(Get-AgressoEntity -Scope plates -ConfigPath $axesConfig -ErrorAction SilentlyContinue -WarningAction SilentlyContinue |
            Compare-N2fPayload -ConfigPath $axesConfig -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
        $plateResults = @($plateChanges | Sync-N2fScope -ConfigPath $axesConfig -Confirm:$false -InformationAction SilentlyContinue)
        $n2fPlates = @(Get-N2fEntity -Scope plates -ConfigPath $axesConfig)
        # The history of those runs, as the store kept it: one run per store, and their per-row outcomes (writes,
        # the rejected row as skipped, with the fields that differed).
        $runs = @(Get-N2fSyncRun -ConfigPath $config) + @(Get-N2fSyncRun -ConfigPath $axesConfig)
        $journal = @(Get-N2fSyncRun -ConfigPath $config | Get-N2fSyncChange -ConfigPath $config) +
            @(Get-N2fSyncRun -ConfigPath $axesConfig | Get-N2fSyncChange -ConfigPath $axesConfig)

        # Before a first run: every check of a configuration (the plain HTTP of the emulator gives a warning).
        $checks = @(Test-N2fConnection -ConfigPath $axesConfig -WarningAction SilentlyContinue)
        # An erasure request for the manager, whose report's row names her.
        $erasures = @(Remove-N2fSyncPersonalData -Key 'boss.mertens@example.be' -ConfigPath $config -Confirm:$false)

        # A notification of that run to a webhook nobody answers at: one result, Failed, with the reason.
        Add-Content -Path $config -Value "notify:`n  webhook:`n    url: http://127.0.0.1:9/hooks/views" -Encoding utf8
        $notifications = @(Get-N2fSyncRun -ConfigPath $config -Last 1 | Send-N2fSyncNotification -ConfigPath $config -ErrorAction SilentlyContinue)

        $bad = Join-Path $script:Work 'bad.yaml'
        Set-Content -Path $bad -Value "source:`n  provider: oracle`n  pageSise: 3" -Encoding utf8
        $validation = Test-N2fSyncConfig -ConfigPath $bad

        $script:Samples = @{
            'N2fSync.Agresso.AgressoUser'           = $agresso
            'N2fSync.Agresso.AgressoAxisValue'      = $axisValues
            'N2fSync.N2f.N2fUser'                   = $n2f
            'N2fSync.N2f.N2fAxisValue'              = $n2fPlates
            'N2fSync.Sync.N2fChange'                = $changes + $plateChanges
            'N2fSync.Sync.Apply.SyncResult'         = $results + $plateResults
            'N2fSync.Sync.Apply.SyncSummary'        = @($info | Where-Object Tags -contains 'Summary' | ForEach-Object MessageData)
            'N2fSync.Sync.FieldDifference'          = @($changes + $plateChanges | ForEach-Object { $_.Differences })
            'N2fSync.Agresso.DataIssue'             = @($agresso | ForEach-Object { $_.Issues })
            'N2fSync.Config.ConfigValidationResult' = @($validation)
            'N2fSync.Config.ConfigIssue'            = @($validation.Issues)
            'N2fSync.Store.SyncRunRecord'           = $runs
            'N2fSync.Store.SyncChangeRecord'        = $journal
            'N2fSync.Health.ConnectionCheck'        = $checks
            'N2fSync.Store.PersonalDataErasure'     = $erasures
            'N2fSync.Notify.NotificationResult'     = $notifications
        }
    }

    AfterAll {
        $script:Emulator | Stop-N2fEmulator
        Remove-Item Env:N2F_CLIENT_ID, Env:N2F_CLIENT_SECRET -ErrorAction SilentlyContinue
        Remove-Item $script:Work -Recurse -Force -ErrorAction SilentlyContinue
    }

    Describe '<TypeName>' -ForEach $script:TypeCases {
        BeforeAll {
            $script:Objects = @($script:Samples[$TypeName] | Where-Object { $null -ne $_ -and $_.GetType().FullName -eq $TypeName })
            $script:View = @((Get-FormatData -TypeName $TypeName).FormatViewDefinition) | Select-Object -First 1
        }

        It 'was produced by the cmdlets for this test' {
            $script:Objects.Count | Should -BeGreaterThan 0 -Because "add a sample of $TypeName to Views.Tests.ps1"
        }

        It 'has a default view' {
            $script:View | Should -Not -BeNullOrEmpty
            $script:View.Control.GetType().Name | Should -BeIn 'TableControl', 'ListControl'
        }

        It 'fits 80 columns: at most five columns, the last one without a width (tables), or one entry (lists)' {
            if ($script:View.Control -is [System.Management.Automation.ListControl]) {
                @($script:View.Control.Entries).Count | Should -Be 1
                return
            }
            $headers = @($script:View.Control.Headers)
            $headers.Count | Should -BeLessOrEqual 5
            $headers[-1].Width | Should -Be 0 -Because 'the last column takes the space that is left'
            $fixed = ($headers | Select-Object -SkipLast 1 | Measure-Object Width -Sum).Sum + $headers.Count - 1
            $fixed | Should -BeLessOrEqual 70 -Because 'the last column needs room on an 80-column console'
            foreach ($header in $headers | Select-Object -SkipLast 1) { $header.Width | Should -BeGreaterThan 0 }
        }

        It 'holds no .NET enum, however deep, so ConvertTo-Json and Export-Csv write names, not numbers' {
            # ConvertTo-Json (PowerShell 7 and 5.1) writes an enum as its number unless told -EnumsAsStrings.
            function Find-Enum($Value, [string] $Path, [int] $Depth) {
                if ($null -eq $Value -or $Depth -gt 4) { return }
                if ($Value -is [Enum]) { return "$Path ($($Value.GetType().Name))" }
                if ($Value -is [string] -or $Value.GetType().IsPrimitive) { return }
                if ($Value -is [Collections.IEnumerable]) {
                    foreach ($item in @($Value | Select-Object -First 3)) { Find-Enum $item "$Path[]" ($Depth + 1) }
                    return
                }
                if ($Value.GetType().FullName -notlike 'N2fSync.*') { return }
                foreach ($property in $Value.PSObject.Properties) {
                    if ($property.IsGettable) { Find-Enum $property.Value "$Path.$($property.Name)" ($Depth + 1) }
                }
            }
            $found = @($script:Objects | Select-Object -First 3 | ForEach-Object { Find-Enum $_ $TypeName 0 }) | Sort-Object -Unique
            $found | Should -BeNullOrEmpty
        }

        It 'renders real objects at 80 and 120 columns' {
            foreach ($width in 80, 120) {
                $text = $script:Objects | Out-String -Width $width -ErrorAction Stop
                $text.Trim() | Should -Not -BeNullOrEmpty
                $text | Should -Not -Match 'Exception|Error formatting'
                foreach ($line in $text -split "`r?`n") { $line.Length | Should -BeLessOrEqual $width }
                $table = $script:Objects | Format-Table | Out-String -Width $width -ErrorAction Stop
                $table.Trim() | Should -Not -BeNullOrEmpty
            }
        }
    }

    Describe 'What an admin reads' {
        It 'a validation result shows every issue with its line' {
            $text = $script:Samples['N2fSync.Config.ConfigValidationResult'] | Out-String -Width 120
            $text | Should -Match 'IsValid\s*:\s*False'
            $text | Should -Match '2:3\s+source\.provider'
            $text | Should -Match 'pageSise'
        }

        It 'the summary is a list of counts' {
            $text = $script:Samples['N2fSync.Sync.Apply.SyncSummary'] | Out-String -Width 80
            $text | Should -Match 'Created\s*:\s*1'
            $text | Should -Match 'Updated\s*:\s*1'
            $text | Should -Match 'Succeeded\s*:\s*True'
            $text | Should -Match 'Outcome\s*:\s*Success'
            $text | Should -Match 'Held\s*:\s*0'
            $text | Should -Match 'ApiCalls\s*:\s*\d+ reads, \d+ writes, 0 retries, 0 throttled'
        }

        It 'an axis value shows its code, validity days and label at 80 columns' {
            $text = $script:Samples['N2fSync.Agresso.AgressoAxisValue'] | Out-String -Width 80
            $text | Should -Match 'PRJ-0050\s+2025-\d\d-\d\d\.\.2026-12-31\s+Audit'
            $text = $script:Samples['N2fSync.N2f.N2fAxisValue'] | Out-String -Width 80
            $text | Should -Match 'plates\s+BE01\s+1-ABC-123\s+2024-03-15\.\.\d{4}-\d\d-\d\d\s+Škoda'
        }

        It 'a change shows its key and what differs' {
            $text = $script:Samples['N2fSync.Sync.N2fChange'] | Where-Object Action -eq Update | Out-String -Width 80
            $text | Should -Match 'boss\.mertens@example\.be'
            $text | Should -Match 'firstname'
        }

        It 'a run shows its id, scopes, outcome and counts, wrapped between items, under its N2F target' {
            $text = $script:Samples['N2fSync.Store.SyncRunRecord'] | Out-String -Width 120
            $text | Should -Match 'N2F target: http://127\.0\.0\.1:\d+/services/api/v2/ \(client test-client\)'
            $text | Should -Match '(?m)^[0-9a-f]{12}\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+users\s+Success\s+1 created,\s*$'
            $text | Should -Match '(?m)^\s+1 updated,\s*$'
            $text | Should -Match '(?m)^\s+1 skipped\s*$'
            $text | Should -Match 'plates\s+Success\s+\d+ created'
        }

        It 'a journal row shows its outcome, key and what differed' {
            $text = $script:Samples['N2fSync.Store.SyncChangeRecord'] | Out-String -Width 120
            $text | Should -Match "Updated\s+Update\s+boss\.mertens@example\.be\s+firstname: 'Helene' → 'Hélène'"
            $text | Should -Match 'Skipped\s+Skip\s+bad\.flag@example\.be'
        }
    }
}
