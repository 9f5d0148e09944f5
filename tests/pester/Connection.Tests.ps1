# Test-N2fConnection as an admin runs it before the first night: every check of a configuration against the
# emulator, and what each one says when something is wrong (a wrong secret, N2F down, a view or column missing, ...).
Describe 'Test-N2fConnection' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        Import-Module $script:ModuleManifest -Force
        $script:Emulator = Start-TestEmulator
        $script:Work = New-TestFolder
        $script:AllChecks = 'Config', 'Store', 'RunLock', 'QuotaHeadroom', 'SourceUsers', 'SourceAnalytics', 'N2fReachable',
            'N2fAuthentication', 'N2fReferenceLists', 'N2fAxes', 'ClockOffset'

        function New-Config([string] $Name, [string] $CsvFolder, [string] $Extra = '') {
            $folder = New-Item -ItemType Directory -Path (Join-Path $script:Work $Name) -Force
            New-TestConfig -Folder $folder.FullName -Emulator $script:Emulator -CsvFolder $CsvFolder -Extra $Extra
        }

        function Copy-SampleCsv([string] $Name) {
            <# The sample views as CSV files in a folder of their own, to be spoiled by a test. #>
            $folder = New-Item -ItemType Directory -Path (Join-Path $script:Work "$Name-csv") -Force
            Copy-Item (Join-Path $script:RepoRoot 'samples/csv/*.csv') $folder.FullName
            $folder.FullName
        }

        function Get-Check($Results, [string] $Name) { $Results | Where-Object Name -eq $Name }

        $script:Good = New-Config 'good'
        $script:GoodResults = @(Test-N2fConnection -ConfigPath $script:Good)
    }

    AfterAll {
        Stop-TestEmulator $script:Emulator
        Remove-Item $script:Work -Recurse -Force -ErrorAction SilentlyContinue
    }

    Context 'a configuration ready for its first run' {
        It 'writes one typed result per check, in order' {
            $script:GoodResults.Name | Should -Be $script:AllChecks
            $script:GoodResults[0].PSObject.TypeNames[0] | Should -Be 'N2fSync.Health.ConnectionCheck'
            foreach ($check in $script:GoodResults) {
                $check.Status | Should -BeIn 'Pass', 'Warn', 'Fail'
                $check.Detail | Should -Not -BeNullOrEmpty
                $check.Duration | Should -BeOfType [TimeSpan]
            }
        }

        It 'passes every check but the plain HTTP of the emulator' {
            @($script:GoodResults | Where-Object Status -ne Pass).Name | Should -Be 'N2fReachable'
            (Get-Check $script:GoodResults N2fReachable).Detail | Should -BeLike '*plain HTTP*'
        }

        It 'counts the rows of each view per company' {
            (Get-Check $script:GoodResults SourceUsers).Detail | Should -BeLike '25 row(s) in iris_N2F_User (sqlite): BE01 14, BE02 11'
            (Get-Check $script:GoodResults SourceAnalytics).Detail | Should -BeLike '*plates 12 (BE01 7, BE02 5)*'
        }

        It 'finds the configured axes in each managed company' {
            (Get-Check $script:GoodResults N2fAxes).Detail | Should -Be 'BE01: plaque, subpost; BE02: plaque, subpost'
        }

        It 'answers $true with -Quiet' {
            Test-N2fConnection -ConfigPath $script:Good -Quiet | Should -BeExactly $true
        }

        It 'reads a handful of lists from N2F and writes nothing' {
            Clear-N2fEmulatorRequests $script:Emulator
            Test-N2fConnection -ConfigPath $script:Good | Out-Null
            $requests = Get-N2fEmulatorRequests $script:Emulator
            $requests.writes | Should -Be 0
            # A token, companies, roles, profiles, then the axes of BE01 and BE02.
            $requests.total | Should -Be 6
        }

        It 'leaves the run lock free' {
            Join-Path $script:Work 'good/n2fsync.db.lock.json' | Should -Not -Exist
            (Get-Check (Test-N2fConnection -ConfigPath $script:Good) RunLock).Status | Should -Be 'Pass'
        }

        It 'shows a table of name, status, time and detail' {
            $table = $script:GoodResults | Out-String -Width 200
            $table | Should -Match 'Name\s+Status\s+Time\s+Detail'
            $table | Should -Match 'N2fAuthentication\s+Pass\s+\d+\.\d\d s token obtained'
        }

        It 'checks only the views and axes of -Scope' {
            (Test-N2fConnection -ConfigPath $script:Good -Scope users).Name |
                Should -Be ($script:AllChecks | Where-Object { $_ -notin 'SourceAnalytics', 'N2fAxes' })
        }

        It 'completes -Scope from the config' {
            $line = "Test-N2fConnection -ConfigPath '$script:Good' -Scope sub"
            (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be 'subposts'
        }
    }

    It 'fails authentication on a wrong secret, without showing it, and does not read the lists' {
        $env:N2F_CLIENT_SECRET = 'wr0ng-s3cret-value'
        try {
            $results = Test-N2fConnection -ConfigPath $script:Good
            $quiet = Test-N2fConnection -ConfigPath $script:Good -Quiet
        } finally {
            $env:N2F_CLIENT_SECRET = 'test-secret'
        }
        (Get-Check $results N2fAuthentication).Status | Should -Be 'Fail'
        (Get-Check $results N2fAuthentication).Detail | Should -BeLike '*401*Invalid client credentials*'
        (Get-Check $results N2fReferenceLists).Detail | Should -BeLike 'Not checked: no token*'
        ($results | Format-List * | Out-String) | Should -Not -BeLike '*wr0ng-s3cret-value*'
        $quiet | Should -BeExactly $false
    }

    It 'fails authentication when no client secret is set anywhere' {
        Remove-Item Env:N2F_CLIENT_SECRET
        try {
            $results = Test-N2fConnection -ConfigPath $script:Good
        } finally {
            $env:N2F_CLIENT_SECRET = 'test-secret'
        }
        (Get-Check $results N2fAuthentication).Detail | Should -BeLike 'N2F credentials are missing*'
        (Get-Check $results N2fReachable).Detail | Should -BeLike 'Not checked*'
    }

    It 'fails reachability when N2F is down, and says which URL' {
        $down = Start-N2fEmulator -SeedReference
        $down | Stop-N2fEmulator
        $config = New-Config 'down'
        (Get-Content $config -Raw).Replace($script:Emulator.BaseUrl, $down.BaseUrl) | Set-Content $config -Encoding utf8
        $results = Test-N2fConnection -ConfigPath $config
        $reachable = Get-Check $results N2fReachable
        $reachable.Status | Should -Be 'Fail'
        $reachable.Detail | Should -BeLike "$($down.BaseUrl) did not answer*not reachable at $($down.BaseUrl): connection refused*"
        (Get-Check $results SourceUsers).Status | Should -Be 'Pass'
        @($results | Where-Object { $_.Name -like 'N2f*' -or $_.Name -eq 'ClockOffset' } | Where-Object Status -ne Fail) | Should -BeNullOrEmpty
    }

    It 'fails the users view when the configured view is missing' {
        $config = New-Config 'no-view'
        (Get-Content $config -Raw) -replace 'view: iris_N2F_User\b', 'view: iris_N2F_Utilisateurs' | Set-Content $config -Encoding utf8
        $users = Get-Check (Test-N2fConnection -ConfigPath $config) SourceUsers
        $users.Status | Should -Be 'Fail'
        $users.Detail | Should -BeLike "*view 'iris_N2F_Utilisateurs'*no such table*"
    }

    It 'fails the users view when a mapped column is missing, naming it' {
        $csv = Copy-SampleCsv 'no-column'
        $rows = Import-Csv (Join-Path $csv 'iris_N2F_User.csv') -Delimiter ';' | Select-Object * -ExcludeProperty Matricule
        Write-UsersCsv -Folder $csv -Rows $rows | Out-Null
        $users = Get-Check (Test-N2fConnection -ConfigPath (New-Config 'no-column' -CsvFolder $csv)) SourceUsers
        $users.Status | Should -Be 'Fail'
        $users.Detail | Should -BeLike '*no column*Matricule*'
    }

    It 'warns about a company of the source that N2F does not have' {
        $csv = Copy-SampleCsv 'unknown-company'
        $rows = @(Import-Csv (Join-Path $csv 'iris_N2F_User.csv') -Delimiter ';') + (New-UserRow 'jean.martin@example.fr' @{ Entreprise = 'FR77' })
        Write-UsersCsv -Folder $csv -Rows $rows | Out-Null
        $lists = Get-Check (Test-N2fConnection -ConfigPath (New-Config 'unknown-company' -CsvFolder $csv)) N2fReferenceLists
        $lists.Status | Should -Be 'Warn'
        $lists.Detail | Should -BeLike '*not have*FR77 (users 1)*'
    }

    It 'fails the axes check when a company lacks the axis of a custom scope' {
        $csv = Copy-SampleCsv 'no-axis'
        # Appended as UTF-8 whatever the edition's default encoding.
        [IO.File]::AppendAllText((Join-Path $csv 'iris_N2F_Analytics.csv'), "VEHICULE,BE01,VH-0042,""Vélo cargo Urban Arrow"",N,2026-01-01,2099-12-31`n")
        $config = New-Config 'no-axis' -CsvFolder $csv -Extra "axes:`n  vehicles: { type: VEHICULE, axis: vehicule, cultures: [fr, nl] }"
        $axes = Get-Check (Test-N2fConnection -ConfigPath $config -Scope vehicles) N2fAxes
        $axes.Status | Should -Be 'Fail'
        $axes.Detail | Should -BeLike "vehicles: company BE01 has no N2F axis named 'vehicule'*"
    }

    It 'warns when another run holds the store, naming it' {
        $config = New-Config 'locked'
        $store = Join-Path (Split-Path $config) 'n2fsync.db'
        Test-N2fConnection -ConfigPath $config -Scope users | Out-Null
        $held = [IO.FileStream]::new("$store.lock", 'OpenOrCreate', 'ReadWrite', 'None')
        try {
            Set-Content "$store.lock.json" 'run 5f11341a0f45 started 2026-11-30 01:00:00Z by process 4711 on AGRESSO-JOB01'
            $lock = Get-Check (Test-N2fConnection -ConfigPath $config -Scope users) RunLock
        } finally {
            $held.Dispose()
        }
        $lock.Status | Should -Be 'Warn'
        $lock.Detail | Should -BeLike '*run 5f11341a0f45*process 4711 on AGRESSO-JOB01*RunInProgress*'
    }

    It 'fails the config check on an invalid file and checks nothing else' {
        $config = New-Config 'invalid'
        (Get-Content $config -Raw) -replace '(?m)^(\s*)windowSeconds:.*$', '$1windowSeconds: -5' | Set-Content $config -Encoding utf8
        $results = Test-N2fConnection -ConfigPath $config
        $results[0].Name | Should -Be 'Config'
        $results[0].Status | Should -Be 'Fail'
        $results[0].Detail | Should -BeLike '*windowSeconds*'
        $results[0].Detail | Should -Not -Match '\.\.'
        @($results | Select-Object -Skip 1 | Where-Object Detail -notlike 'Not checked: the configuration is not valid*') | Should -BeNullOrEmpty
        Test-N2fConnection -ConfigPath $config -Quiet | Should -BeExactly $false
    }

    It 'fails the config check on an unknown scope' {
        $config = Get-Check (Test-N2fConnection -ConfigPath $script:Good -Scope vehicules) Config
        $config.Status | Should -Be 'Fail'
        $config.Detail | Should -BeLike "Unknown scope 'vehicules'*"
    }
}
