# What a new admin meets in the first hour (README step by step, help, completion, wrong inputs, output piped on),
# against the N2F emulator and the sample Agresso file: plans that show N2F as it is now, honest counts and names,
# output that reads the same in JSON, CSV and XML, and clear answers to wrong inputs.
Describe 'The first hour of a new admin' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        Import-Module $script:ModuleManifest -Force
        $script:Emulator = Start-TestEmulator

        function Get-Plan {
            <# Get-AgressoEntity -Scope <scope> | Compare-N2fPayload, with the extra Compare parameters given. #>
            param([string] $Scope = 'users', [hashtable] $Compare = @{})
            Get-AgressoEntity -Scope $Scope -ConfigPath $script:Config -WarningAction SilentlyContinue |
                Compare-N2fPayload -ConfigPath $script:Config -WarningAction SilentlyContinue @Compare
        }

        function Sync-Scope([string[]] $Scope = 'users') {
            Sync-N2fScope -Scope $Scope -ConfigPath $script:Config -Confirm:$false -WarningAction SilentlyContinue `
                -InformationVariable info -InformationAction SilentlyContinue
            $script:Summary = ($info | Where-Object Tags -contains 'Summary').MessageData
        }
    }

    AfterAll {
        Stop-TestEmulator $script:Emulator
    }

    BeforeEach {
        Reset-TestEmulator $script:Emulator
        $script:Work = New-TestFolder
        $script:Config = New-TestConfig -Folder $script:Work -Emulator $script:Emulator
        # Drift: Ann's first name and structure were changed by hand in N2F; someone who left is still there.
        Add-N2fUser $script:Emulator @{ mail = 'ann.peeters@example.be'; firstname = 'Anne'; lastname = 'Peeters'; structure = 'L1'; role = 'Manager' }
        Add-N2fUser $script:Emulator @{ mail = 'parti.ailleurs@example.be'; firstname = 'Parti'; lastname = 'Ailleurs' }
        Clear-N2fEmulatorRequests $script:Emulator
    }

    AfterEach {
        Remove-Item $script:Work -Recurse -Force -ErrorAction SilentlyContinue
    }

    Describe 'A plan shows N2F as it is now' {
        It 'Compare-N2fPayload plans axis values against N2F as it is now; only -UseCache answers from the cache' {
            Sync-Scope projects | Out-Null
            # Someone renames a project in N2F by hand after the cache was filled.
            $body = @{ code = 'PRJ-0042'; names = @(@{ culture = 'fr'; value = 'Renommé à la main' }, @{ culture = 'nl'; value = 'Renommé à la main' }) }
            Invoke-N2fEmulatorApi -Emulator $script:Emulator -Path 'companies/c-1/axes/projects' -Method POST -Body $body | Out-Null
            @(Get-Plan projects @{ UseCache = $true }) | Should -BeNullOrEmpty -Because 'the cached list does not know'
            $plan = @(Get-Plan projects)
            $plan.Key | Should -Be 'PRJ-0042'
            $plan.Action | Should -Be 'Update'
            ($plan.Differences | Where-Object Field -eq 'names[fr]').N2fValue | Should -Be 'Renommé à la main'
        }

        It 'every change says which plan, target and config it belongs to and when N2F was read; from the cache, when the cache read it' {
            $fresh = @(Get-Plan -Compare @{ IncludeEqual = $true })
            $cached = @(Get-Plan -Compare @{ IncludeEqual = $true; UseCache = $true })
            @($fresh.PlanId | Select-Object -Unique).Count | Should -Be 1
            $cached[0].PlanId | Should -Not -Be $fresh[0].PlanId
            $fresh[0].N2fTarget | Should -Be "$($script:Emulator.BaseUrl) test-client"
            $fresh[0].ConfigPath | Should -Be (Resolve-Path $script:Config).Path
            $fresh[0].N2fReadAt | Should -BeGreaterOrEqual $fresh[0].PlannedAt
            # The second plan came from the users list the first one read: it says so, though it was made later.
            $cached[0].N2fReadAt | Should -Be $fresh[0].N2fReadAt
            $cached[0].PlannedAt | Should -BeGreaterThan $cached[0].N2fReadAt
        }

        It 'a Compare -UseCache with a wrong secret fails instead of answering from the cache' {
            Get-Plan -Compare @{ UseCache = $true } | Out-Null
            $env:N2F_CLIENT_SECRET = 'not-the-secret'
            try {
                $answer = @(Get-Plan -Compare @{ UseCache = $true; ErrorAction = 'Continue' } 2>&1)
            } finally {
                $env:N2F_CLIENT_SECRET = 'test-secret'
            }
            $answer | Where-Object { $_ -isnot [System.Management.Automation.ErrorRecord] } | Should -BeNullOrEmpty
            $failed = @($answer | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
            $failed.Count | Should -Be 1
            $failed[0].FullyQualifiedErrorId | Should -Be 'N2fApiFailed,N2fSync.Commands.Commands.CompareN2fPayloadCommand'
            $failed[0].CategoryInfo.Category | Should -Be 'AuthenticationError'
        }
    }

    Describe 'Counts and names' {
        It 'a second run with everything in step reports every user unchanged, in its summary and its history' {
            Sync-Scope | Out-Null
            $script:Summary.Created | Should -Be 24
            $results = @(Sync-Scope)
            $script:Summary.Unchanged | Should -Be 25
            $script:Summary.ToString() | Should -Match '0 created, 0 updated, 0 deleted, 0 failed, 1 skipped, 25 unchanged'
            (Get-N2fSyncRun -ConfigPath $script:Config -Last 1).Unchanged | Should -Be 25
            ($results | Where-Object Outcome -ne 'Skipped') | Should -BeNullOrEmpty -Because 'only the delete not asked for is reported'
        }

        It 'a create names its company by code, in the plan, the journal and the HTML report' {
            $create = Get-Plan | Where-Object Key -eq 'elise.dupont@example.be'
            ($create.Differences | Where-Object Field -eq 'company').AgressoValue | Should -Be 'BE01'
            $create.Payload.company | Should -Be 'c-1' -Because 'N2F is still sent its own id'
            $create | Sync-N2fScope -ConfigPath $script:Config -Confirm:$false | Out-Null
            (Get-N2fSyncChange -Key 'elise.dupont@example.be' -ConfigPath $script:Config).Detail | Should -Match "company: '' → 'BE01'"
            $report = Get-N2fSyncRun -ConfigPath $script:Config -Last 1 |
                Export-N2fSyncReport -Path (Join-Path $script:Work 'run.html') -ConfigPath $script:Config -PassThru
            $html = Get-Content $report.FullName -Raw
            $html | Should -Match 'company: <span class="old"></span> → <span class="new">BE01</span>'
            $html | Should -Not -Match '→ <span class="new">c-1</span>'
        }
    }

    Describe 'Output that pipes on' {
        It 'ConvertTo-Json writes actions and outcomes by name: plans, results, the summary, runs and journal rows' {
            $plan = @(Get-Plan)
            $results = @($plan | Where-Object Action -ne Delete | Sync-N2fScope -ConfigPath $script:Config -Confirm:$false -InformationVariable info)
            $summary = ($info | Where-Object Tags -contains 'Summary').MessageData
            ($plan | ConvertTo-Json -Depth 3 | ConvertFrom-Json).Action | Sort-Object -Unique | Should -Be @('Create', 'Delete', 'Update')
            $fromJson = $results | ConvertTo-Json | ConvertFrom-Json
            $fromJson.Action | Sort-Object -Unique | Should -Be @('Create', 'Update')
            $fromJson.Outcome | Sort-Object -Unique | Should -Be @('Created', 'Updated')
            ($summary | ConvertTo-Json -Depth 1 -WarningAction SilentlyContinue | ConvertFrom-Json).Outcome | Should -Be 'Success'
            (Get-N2fSyncRun -ConfigPath $script:Config | ConvertTo-Json -WarningAction SilentlyContinue | ConvertFrom-Json).Outcome | Should -Be 'Success'
            (Get-N2fSyncChange -Key 'ann.peeters@example.be' -ConfigPath $script:Config | ConvertTo-Json | ConvertFrom-Json).Outcome | Should -Be 'Updated'
        }

        It "the summary names its target as the run's record does, so Get-N2fSyncRun -Target finds the run" {
            $null = Get-Plan | Where-Object Action -ne Delete | Sync-N2fScope -ConfigPath $script:Config -Confirm:$false -InformationVariable info
            $summary = ($info | Where-Object Tags -contains 'Summary').MessageData
            $summary.Target | Should -Match '^http://127\.0\.0\.1:\d+/services/api/v2/ test-client$'
            (Get-N2fSyncRun -Target $summary.Target -ConfigPath $script:Config -Last 1).Id | Should -Be $summary.RunId
        }

        It 'scripts still filter and group by name' {
            $results = @(Get-Plan | Sync-N2fScope -ConfigPath $script:Config -Confirm:$false)
            @($results | Where-Object Outcome -eq Created).Count | Should -Be 24
            @($results | Where-Object Outcome -in 'Updated', 'Failed').Count | Should -Be 1
            ($results | Group-Object Action | Sort-Object Name).Name | Should -Be @('Create', 'Delete', 'Update')
            @(Get-N2fSyncChange -Outcome Skipped -ConfigPath $script:Config | Where-Object Action -eq 'Delete').Count | Should -Be 1
        }

        It 'Export-Csv of a plan writes the payload as JSON and the differences, issues and lists as text, never a type name' {
            Get-Plan | Export-Csv (Join-Path $script:Work 'plan.csv') -NoTypeInformation
            $text = Get-Content (Join-Path $script:Work 'plan.csv') -Raw
            $text | Should -Not -MatchExactly 'N2fSync\.[A-Z]\w*\.|System\.[A-Z]'
            $ann = Import-Csv (Join-Path $script:Work 'plan.csv') | Where-Object Key -eq 'ann.peeters@example.be'
            $ann.Action | Should -Be 'Update'
            $ann.Differences | Should -BeLike "*firstname: 'Anne' → 'Ann'*structure: 'L1' → 'L2'*"
            ($ann.Payload | ConvertFrom-Json).firstname | Should -Be 'Ann'
        }

        It 'Export-Csv of results, runs and journal rows writes names and text, never a type name' {
            $results = Get-Plan | Where-Object Action -ne Delete | Sync-N2fScope -ConfigPath $script:Config -Confirm:$false
            $csv = @(
                $results | ConvertTo-Csv
                Get-N2fSyncRun -ConfigPath $script:Config | ConvertTo-Csv
                Get-N2fSyncChange -ConfigPath $script:Config | ConvertTo-Csv
            ) -join "`n"
            $csv | Should -Not -MatchExactly 'N2fSync\.[A-Z]\w*\.|System\.[A-Z]'
            $run = Get-N2fSyncRun -ConfigPath $script:Config | ConvertTo-Csv | ConvertFrom-Csv
            $run.Scopes | Should -Be 'users'
            $run.Outcome | Should -Be 'Success'
            $run.Metrics | Should -Match '^\d+ API calls'
        }

        It 'Export-Csv of Agresso rows and N2F users writes their issues and fields as text' {
            $csv = @(
                Get-AgressoEntity -Scope users -ConfigPath $script:Config -WarningAction SilentlyContinue | ConvertTo-Csv
                Get-N2fEntity -Scope users -ConfigPath $script:Config | ConvertTo-Csv
            ) -join "`n"
            $csv | Should -Not -MatchExactly 'N2fSync\.[A-Z]\w*\.|System\.[A-Z]'
            $marie = Get-AgressoEntity -Scope users -ConfigPath $script:Config -WarningAction SilentlyContinue | ConvertTo-Csv |
                ConvertFrom-Csv | Where-Object Key -eq 'marie.dubois@example.be'
            $marie.Issues | Should -BeLike '*Nouveau_Email: pending rename from marie.dubois@example.be to marie.lefevre@example.be*'
        }

        It 'a plan saved with Export-Csv and read back with Import-Csv applies, as one saved with Export-Clixml does' {
            Get-Plan | Where-Object Action -ne Delete | Export-Csv (Join-Path $script:Work 'plan.csv') -NoTypeInformation
            $results = @(Import-Csv (Join-Path $script:Work 'plan.csv') | Sync-N2fScope -ConfigPath $script:Config -Confirm:$false)
            @($results | Where-Object Outcome -eq Created).Count | Should -Be 24
            ($results | Where-Object Key -eq 'ann.peeters@example.be').Outcome | Should -Be 'Updated'
            (Get-N2fUsersState $script:Emulator)["chloe.o'neil@example.be"].firstname | Should -Be 'Chloé'
        }

        It 'a plan gone through ConvertTo-Json and ConvertFrom-Json applies' {
            $json = Get-Plan | Where-Object Action -ne Delete | ConvertTo-Json -Depth 5
            $results = @($json | ConvertFrom-Json | Sync-N2fScope -ConfigPath $script:Config -Confirm:$false)
            @($results | Where-Object Outcome -eq Created).Count | Should -Be 24
            ($results | Where-Object Key -eq 'ann.peeters@example.be').Outcome | Should -Be 'Updated'
            (Get-N2fUsersState $script:Emulator)['ann.peeters@example.be'].firstname | Should -Be 'Ann'
        }

        It 'after Export-Clixml and Import-Clixml a delete still shows why, and applies' {
            Get-Plan | Where-Object Action -eq Delete | Export-Clixml (Join-Path $script:Work 'deletes.xml')
            $reviewed = Import-Clixml (Join-Path $script:Work 'deletes.xml')
            $reviewed.Action | Should -Be 'Delete'
            ($reviewed | Out-String -Width 80) | Should -Match 'parti\.ailleurs@example\.be\s+BE01\s+not in the source'
            ($reviewed | Sync-N2fScope -Delete -ConfigPath $script:Config -Confirm:$false).Outcome | Should -Be 'Deleted'
        }
    }

    Describe 'Views' {
        It 'Select-Object Key -ExpandProperty Differences keeps the key of each change, and the longest field names whole' {
            $text = Get-Plan | Where-Object Action -eq Update | Select-Object Key -ExpandProperty Differences | Out-String -Width 80
            $text | Should -Match 'Key: ann\.peeters@example\.be'
            $text | Should -Match '(?m)^firstname\s+Anne\s+Ann\s*$'
            $text | Should -Match '(?m)^personnalCarHaveToBeApproved\s'
            $text | Should -Match '(?m)^accountingAuxiliaryAccount\s'
            # A change's own differences need no key heading.
            ((Get-Plan | Where-Object Action -eq Update).Differences | Out-String -Width 80) | Should -Not -Match 'Key:'
        }

        It 'Get-N2fSyncRun shows every scope in run order and every count, under the N2F target, at 80 and 120 columns' {
            Sync-Scope users, projects, plates, subposts | Out-Null
            foreach ($width in 80, 120) {
                $text = Get-N2fSyncRun -ConfigPath $script:Config | Out-String -Width $width
                $text | Should -Match ([regex]::Escape("N2F target: $($script:Emulator.BaseUrl) (client test-client)"))
                $text | Should -Not -Match '…'
                $positions = 'users', 'projects', 'plates', 'subposts' | ForEach-Object { $text.IndexOf($_) }
                $positions | Should -Not -Contain -1
                $positions | Should -Be ($positions | Sort-Object) -Because 'scopes are listed in run order'
                foreach ($line in $text -split "`r?`n") { $line.Length | Should -BeLessOrEqual $width }
            }
        }

        It 'a run''s list view shows its metrics in one line' {
            Sync-Scope | Out-Null
            $text = Get-N2fSyncRun -ConfigPath $script:Config -Last 1 | Format-List | Out-String -Width 120
            $text | Should -Match 'Metrics\s*:\s*\d+ API calls \(0 retries, 0 throttled\), p95 \d+ ms, 25 rows in'
            $text | Should -Not -Match 'N2fSync\.Diagnostics'
        }
    }

    Describe 'Wrong inputs' {
        It 'an unknown run id is an error, not an empty answer, before and after the first run' {
            Get-N2fSyncRun -Id 'deadbeef0000' -ConfigPath $script:Config -ErrorAction SilentlyContinue -ErrorVariable noStore | Should -BeNullOrEmpty
            $noStore.FullyQualifiedErrorId | Should -Be 'RunNotFound,N2fSync.Commands.Commands.GetN2fSyncRunCommand'
            Sync-Scope | Out-Null
            Get-N2fSyncRun -Id 'deadbeef0000' -ConfigPath $script:Config -ErrorVariable runErrors -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $runErrors.FullyQualifiedErrorId | Should -Be 'RunNotFound,N2fSync.Commands.Commands.GetN2fSyncRunCommand'
            Get-N2fSyncChange -RunId 'deadbeef0000' -ConfigPath $script:Config -ErrorVariable changeErrors -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $changeErrors.FullyQualifiedErrorId | Should -Be 'RunNotFound,N2fSync.Commands.Commands.GetN2fSyncChangeCommand'
        }

        It 'Sync-N2fScope with nothing asks for a scope, not for an input object' {
            $ps = [powershell]::Create()
            try {
                $null = $ps.AddScript("Import-Module '$script:ModuleManifest'; Sync-N2fScope -ConfigPath '$script:Config'")
                $null = $ps.Invoke()
                $ps.Streams.Error[0].Exception.Message | Should -BeLike '*missing mandatory parameters: Scope.'
            } finally {
                $ps.Dispose()
            }
        }

        It 'Clear-N2fCache names reference among the scopes it takes, in completion and when a scope is mistyped' {
            $line = "Clear-N2fCache -ConfigPath '$script:Config' -Scope "
            (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Contain 'reference'
            $line = "Sync-N2fScope -ConfigPath '$script:Config' -Scope "
            (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Not -Contain 'reference'
            { Clear-N2fCache -Scope refrence -ConfigPath $script:Config } | Should -Throw "*Unknown scope 'refrence'*reference*"
        }

        It 'a hand-made update without a payload is refused in plain words' {
            $change = [pscustomobject]@{ Scope = 'users'; Action = 'Update'; Key = 'ann.peeters@example.be'; Company = 'BE01' }
            $result = $change | Sync-N2fScope -ConfigPath $script:Config -Confirm:$false -ErrorAction SilentlyContinue
            $result.Outcome | Should -Be 'Refused'
            $result.Message | Should -BeLike 'an Update change carries no payload*'
        }
    }

    Describe 'Commands that never read the source' {
        It 'say nothing about a source file that is missing' {
            Sync-Scope | Out-Null
            (Get-Content $script:Config -Raw) -replace '(?m)^(\s*path:\s*).*agresso-sample\.db.*$', '$1./gone.db' | Set-Content $script:Config
            $warnings = @(
                Get-N2fSyncRun -ConfigPath $script:Config -WarningVariable w1 -WarningAction SilentlyContinue |
                    Get-N2fSyncChange -ConfigPath $script:Config -WarningVariable w2 -WarningAction SilentlyContinue | Out-Null
                Clear-N2fCache -ConfigPath $script:Config -WarningVariable w3 -WarningAction SilentlyContinue
            )
            @($w1) + @($w2) + @($w3) | Should -BeNullOrEmpty
            # The reading cmdlets still warn, once.
            Test-N2fSyncConfig -ConfigPath $script:Config -WarningAction SilentlyContinue | ForEach-Object { $_.Warnings.Count } | Should -Be 1
        }
    }

    Describe 'The store where the help says it is' {
        It 'a config without store.path keeps its store under local application data in N2fSync/stores, named after the config' {
            if ($PSVersionTable.PSEdition -eq 'Desktop' -or $IsWindows) { Set-ItResult -Skipped -Because 'XDG_DATA_HOME moves local application data on Linux and macOS only'; return }
            $data = Join-Path $script:Work 'data'
            $saved = $env:XDG_DATA_HOME
            $env:XDG_DATA_HOME = $data
            try {
                (Get-Content $script:Config -Raw) -replace '(?m)^\s*path: \./n2fsync\.db\s*$', '' | Set-Content $script:Config
                $ps = [powershell]::Create()
                $null = $ps.AddScript("Import-Module '$script:ModuleManifest'; Sync-N2fScope -Scope users -ConfigPath '$script:Config' -Confirm:`$false -WarningAction SilentlyContinue")
                $null = $ps.Invoke()
                $ps.Dispose()
            } finally {
                $env:XDG_DATA_HOME = $saved
            }
            (Get-ChildItem (Join-Path $data 'N2fSync/stores') -Filter 'n2fsync-*.db').Count | Should -Be 1
            (Get-Help about_N2fSync_Config | Out-String) | Should -Match 'N2fSync/stores/<name>-<hash>\.db'
        }
    }
}
