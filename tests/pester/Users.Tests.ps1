# The users scope end to end, as an admin runs it: the built module in pwsh, against the N2F emulator.
Describe 'The users scope end to end' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        Import-Module $script:ModuleManifest -Force
        $script:Emulator = Start-TestEmulator
    }

    AfterAll {
        Stop-TestEmulator $script:Emulator
    }

    BeforeEach {
        Reset-TestEmulator $script:Emulator
        $script:Work = New-TestFolder
        $script:Config = New-TestConfig -Folder $script:Work -Emulator $script:Emulator
        # Drift: Ann's first name and structure changed in N2F, Jean-Luc has the wrong manager and flags,
        # someone who left is still in N2F, and Wim (a manager) is missing like everybody else.
        Add-N2fUser $script:Emulator @{ mail = 'ann.peeters@example.be'; firstname = 'Anne'; lastname = 'Peeters'; structure = 'L1'; role = 'Manager' }
        Add-N2fUser $script:Emulator @{ mail = 'jean-luc.dubois@example.be'; firstname = 'Jean-Luc'; lastname = 'Dubois'; gotProPayment = $true; canCreateVehicle = $true }
        Add-N2fUser $script:Emulator @{ mail = 'parti.ailleurs@example.be'; firstname = 'Parti'; lastname = 'Ailleurs' }
        Add-N2fUser $script:Emulator @{ mail = 'autre.societe@example.be'; firstname = 'Autre'; lastname = 'Société'; company = 'c-2' }
        Clear-N2fEmulatorRequests $script:Emulator
    }

    AfterEach {
        Remove-Item $script:Work -Recurse -Force -ErrorAction SilentlyContinue
    }

    Describe 'Get-AgressoEntity -Scope users' {
        It 'streams every row of the SQLite users view as typed, normalized users' {
            $users = Get-AgressoEntity -Scope users -ConfigPath $script:Config -WarningAction SilentlyContinue
            $users.Count | Should -Be 25
            $users[0].GetType().FullName | Should -Be 'N2fSync.Agresso.AgressoUser'
            ($users | Where-Object Key -eq 'ann.peeters@example.be').ManagerMail | Should -Be 'wim.verstraeten@example.be'
            ($users | Where-Object Key -eq "chloe.o'neil@example.be").FirstName | Should -Be 'Chloé'
        }

        It 'reads a CSV folder the same way' {
            $csv = Join-Path $script:RepoRoot 'samples/csv'
            $config = New-TestConfig -Folder $script:Work -Emulator $script:Emulator -CsvFolder $csv
            (Get-AgressoEntity -Scope users -ConfigPath $config -WarningAction SilentlyContinue).Count | Should -Be 25
        }
    }

    Describe 'Get-N2fEntity -Scope users' {
        It 'returns every N2F user, typed, with the company code resolved' {
            $users = Get-N2fEntity -Scope users -ConfigPath $script:Config
            $users.Count | Should -Be 4
            $users[0].GetType().FullName | Should -Be 'N2fSync.N2f.N2fUser'
            ($users | Where-Object Mail -eq 'autre.societe@example.be').CompanyCode | Should -Be 'BE02'
        }
    }

    Describe 'Compare-N2fPayload' {
        It 'emits creates, updates with field differences, and deletes, without writing' {
            $changes = Get-AgressoEntity -Scope users -ConfigPath $script:Config -WarningAction SilentlyContinue |
                Compare-N2fPayload -ConfigPath $script:Config
            ($changes | Where-Object Action -eq Create).Count | Should -Be 23
            $ann = $changes | Where-Object Key -eq 'ann.peeters@example.be'
            $ann.Action | Should -Be 'Update'
            $ann.Differences.Field | Should -Contain 'firstname'
            ($ann.Differences | Where-Object Field -eq 'firstname').N2fValue | Should -Be 'Anne'
            ($ann.Differences | Where-Object Field -eq 'firstname').AgressoValue | Should -Be 'Ann'
            ($changes | Where-Object Action -eq Delete).Key | Should -Be @('autre.societe@example.be', 'parti.ailleurs@example.be')
            Get-WriteCount $script:Emulator | Should -Be 0
        }

        It 'binds objects by property name (Import-Csv of the view) and takes its scope from -Scope' {
            $csv = Join-Path $script:RepoRoot 'samples/csv/iris_N2F_User.csv'
            $changes = Import-Csv $csv -Delimiter ';' | Compare-N2fPayload -Scope users -ConfigPath $script:Config -WarningAction SilentlyContinue
            ($changes | Where-Object Action -eq Create).Count | Should -Be 23
        }

        It 'emits unchanged users only with -IncludeEqual' {
            Get-AgressoEntity -Scope users -ConfigPath $script:Config -WarningAction SilentlyContinue |
                Compare-N2fPayload -ConfigPath $script:Config | Sync-N2fScope -ConfigPath $script:Config -Confirm:$false | Out-Null
            $entities = Get-AgressoEntity -Scope users -ConfigPath $script:Config -WarningAction SilentlyContinue
            @($entities | Compare-N2fPayload -ConfigPath $script:Config | Where-Object Action -ne Delete).Count | Should -Be 0
            @($entities | Compare-N2fPayload -ConfigPath $script:Config -IncludeEqual | Where-Object Action -eq None).Count | Should -Be 25
        }

        It 'with a scope and no input is the empty-source case and plans no delete' {
            @(Compare-N2fPayload -Scope users -ConfigPath $script:Config -WarningAction SilentlyContinue).Count | Should -Be 0
        }

        It 'with no input and no scope is an error' {
            { Compare-N2fPayload -ConfigPath $script:Config -ErrorAction Stop } | Should -Throw -ErrorId 'ScopeRequired,N2fSync.Commands.Commands.CompareN2fPayloadCommand'
        }
    }

    Describe 'Sync-N2fScope from the pipeline' {
        It 'converges N2F users to the source: creates, field updates, manager, booleans, structure' {
            $results = Get-AgressoEntity -Scope users -ConfigPath $script:Config -WarningAction SilentlyContinue |
                Compare-N2fPayload -ConfigPath $script:Config | Sync-N2fScope -ConfigPath $script:Config -Confirm:$false
            ($results | Where-Object Outcome -eq Created).Count | Should -Be 23
            ($results | Where-Object Outcome -eq Updated).Key | Sort-Object | Should -Be @('ann.peeters@example.be', 'jean-luc.dubois@example.be')
            $n2f = Get-N2fUsersState $script:Emulator
            $n2f['ann.peeters@example.be'].firstname | Should -Be 'Ann'
            $n2f['ann.peeters@example.be'].structure | Should -Be 'L2'
            $n2f['ann.peeters@example.be'].managerMail | Should -Be 'wim.verstraeten@example.be'
            $n2f['jean-luc.dubois@example.be'].gotProPayment | Should -BeFalse
            $n2f["chloe.o'neil@example.be"].lastname | Should -Be "O'Neil"
            $n2f["chloe.o'neil@example.be"].company | Should -Be 'c-2'
            @(Get-AgressoEntity -Scope users -ConfigPath $script:Config -WarningAction SilentlyContinue |
                Compare-N2fPayload -ConfigPath $script:Config | Where-Object Action -ne Delete).Count | Should -Be 0
        }

        It 'creates managers before the users who name them' {
            Get-AgressoEntity -Scope users -ConfigPath $script:Config -WarningAction SilentlyContinue |
                Compare-N2fPayload -ConfigPath $script:Config | Sync-N2fScope -ConfigPath $script:Config -Confirm:$false | Out-Null
            $posts = (Get-N2fEmulatorRequests $script:Emulator).requests | Where-Object { $_.method -eq 'POST' -and $_.path -like '*users' }
            $posts.Count | Should -Be 25
            $created = Get-N2fUsersState $script:Emulator
            # Every manager named by a created user existed when that user was written (the emulator refuses otherwise).
            ($created.Values | Where-Object managerMail).Count | Should -BeGreaterThan 15
            (Get-N2fEmulatorRequests $script:Emulator).maxConcurrency | Should -Be 1
        }

        It 'writes nothing on a second run' {
            $run = { Get-AgressoEntity -Scope users -ConfigPath $script:Config -WarningAction SilentlyContinue |
                    Compare-N2fPayload -ConfigPath $script:Config | Sync-N2fScope -ConfigPath $script:Config -Delete -Confirm:$false }
            & $run | Out-Null
            Clear-N2fEmulatorRequests $script:Emulator
            @(& $run).Count | Should -Be 0
            Get-WriteCount $script:Emulator | Should -Be 0
        }

        It 'writes nothing with -WhatIf' {
            $results = Get-AgressoEntity -Scope users -ConfigPath $script:Config -WarningAction SilentlyContinue |
                Compare-N2fPayload -ConfigPath $script:Config | Sync-N2fScope -ConfigPath $script:Config -Delete -WhatIf
            @($results).Count | Should -Be 0
            Get-WriteCount $script:Emulator | Should -Be 0
        }

        It 'never lets -Force override -WhatIf' {
            Get-AgressoEntity -Scope users -ConfigPath $script:Config -WarningAction SilentlyContinue |
                Compare-N2fPayload -ConfigPath $script:Config | Sync-N2fScope -ConfigPath $script:Config -Delete -Force -WhatIf | Out-Null
            Get-WriteCount $script:Emulator | Should -Be 0
        }

        It 'deletes only with -Delete' {
            $results = Get-AgressoEntity -Scope users -ConfigPath $script:Config -WarningAction SilentlyContinue |
                Compare-N2fPayload -ConfigPath $script:Config | Sync-N2fScope -ConfigPath $script:Config -Confirm:$false
            ($results | Where-Object Action -eq Delete).Outcome | Should -Be @('Skipped', 'Skipped')
            (Get-N2fUsersState $script:Emulator).ContainsKey('parti.ailleurs@example.be') | Should -BeTrue

            Get-AgressoEntity -Scope users -ConfigPath $script:Config -WarningAction SilentlyContinue |
                Compare-N2fPayload -ConfigPath $script:Config | Sync-N2fScope -ConfigPath $script:Config -Delete -Confirm:$false | Out-Null
            (Get-N2fUsersState $script:Emulator).ContainsKey('parti.ailleurs@example.be') | Should -BeFalse
        }

        It 'narrows a run with -Action: updates only, then creates only' {
            $results = Get-AgressoEntity -Scope users -ConfigPath $script:Config -WarningAction SilentlyContinue |
                Compare-N2fPayload -ConfigPath $script:Config | Sync-N2fScope -ConfigPath $script:Config -Action Update -Confirm:$false
            ($results | Where-Object Outcome -eq Created).Count | Should -Be 0
            ($results | Where-Object Outcome -eq Updated).Key | Should -Be 'jean-luc.dubois@example.be'
            # Ann's new manager Wim was not created in this run: her update is held rather than refused by N2F.
            ($results | Where-Object Key -eq 'ann.peeters@example.be').Outcome | Should -Be 'Skipped'
            ($results | Where-Object Key -eq 'ann.peeters@example.be').Message | Should -BeLike '*wim.verstraeten@example.be*'
            Clear-N2fEmulatorRequests $script:Emulator
            $results = Get-AgressoEntity -Scope users -ConfigPath $script:Config -WarningAction SilentlyContinue |
                Compare-N2fPayload -ConfigPath $script:Config | Sync-N2fScope -ConfigPath $script:Config -Action Create -Confirm:$false
            ($results | Where-Object Outcome -eq Updated).Count | Should -Be 0
            ($results | Where-Object Outcome -eq Created).Count | Should -BeGreaterThan 0
        }

        It 'a pipeline filtered to one company deletes nothing in another' {
            Get-AgressoEntity -Scope users -ConfigPath $script:Config -WarningAction SilentlyContinue | Where-Object Company -eq 'BE01' |
                Compare-N2fPayload -ConfigPath $script:Config | Sync-N2fScope -ConfigPath $script:Config -Delete -Confirm:$false | Out-Null
            $n2f = Get-N2fUsersState $script:Emulator
            $n2f.ContainsKey('autre.societe@example.be') | Should -BeTrue
            $n2f.ContainsKey('parti.ailleurs@example.be') | Should -BeFalse
        }

        It 'writes the run summary to the information stream' {
            Get-AgressoEntity -Scope users -ConfigPath $script:Config -WarningAction SilentlyContinue |
                Compare-N2fPayload -ConfigPath $script:Config |
                Sync-N2fScope -ConfigPath $script:Config -Confirm:$false -InformationVariable info -InformationAction SilentlyContinue | Out-Null
            $summary = ($info | Where-Object Tags -contains 'Summary').MessageData
            $summary.Created | Should -Be 23
            $summary.Updated | Should -Be 2
            $summary.Skipped | Should -Be 2
            $summary.Failed | Should -Be 0
        }
    }

    Describe 'Sync-N2fScope -Scope users' {
        It 'computes the changes itself and converges' {
            $results = Sync-N2fScope -Scope users -ConfigPath $script:Config -Delete -Confirm:$false -WarningAction SilentlyContinue
            ($results | Where-Object Outcome -eq Deleted).Key | Should -Be @('autre.societe@example.be', 'parti.ailleurs@example.be')
            Clear-N2fEmulatorRequests $script:Emulator
            @(Sync-N2fScope -Scope users -ConfigPath $script:Config -Delete -Confirm:$false -WarningAction SilentlyContinue).Count | Should -Be 0
            Get-WriteCount $script:Emulator | Should -Be 0
        }
    }

    Describe 'Bad source rows' {
        BeforeEach {
            $rows = @(
                New-UserRow 'Boss.Mertens@example.be' @{ Prenom = 'Hélène'; Nom = 'Mertens'; Role = 'Manager' }
                New-UserRow 'ok.report@example.be' @{ Manager = 'boss.mertens@example.be'; Creation_Vehicule = 'Y' }
                New-UserRow 'wrong.company@example.be' @{ Entreprise = 'FR77' }
                New-UserRow 'orphan@example.be' @{ Manager = 'ghost@example.be' }
                New-UserRow 'not-an-email' @{}
                New-UserRow 'bad.flag@example.be' @{ Moyen_Paiement_Prof = 'peut-être' }
            )
            $csv = Write-UsersCsv -Folder (Join-Path $script:Work 'csv') -Rows $rows
            $script:Config = New-TestConfig -Folder $script:Work -Emulator $script:Emulator -CsvFolder $csv
            foreach ($mail in 'wrong.company@example.be', 'orphan@example.be', 'bad.flag@example.be') {
                Add-N2fUser $script:Emulator @{ mail = $mail; firstname = 'Kept'; lastname = 'AsIs' }
            }
            Clear-N2fEmulatorRequests $script:Emulator
        }

        It 'fail alone with ErrorRecords while the others sync, and their N2F users are neither updated nor deleted' {
            $results = Get-AgressoEntity -Scope users -ConfigPath $script:Config -ErrorVariable sourceErrors -ErrorAction SilentlyContinue |
                Compare-N2fPayload -ConfigPath $script:Config -ErrorVariable planErrors -ErrorAction SilentlyContinue |
                Sync-N2fScope -ConfigPath $script:Config -Delete -Confirm:$false
            $ids = @($sourceErrors) + @($planErrors) | ForEach-Object { $_.FullyQualifiedErrorId.Split(',')[0] }
            $ids | Should -Contain 'AgressoRowInvalidEmail'
            $ids | Should -Contain 'AgressoRowInvalidFlag'
            $ids | Should -Contain 'AgressoRowUnknownCompany'
            $ids | Should -Contain 'AgressoRowManagerNotFound'
            ($results | Where-Object Outcome -eq Created).Key | Should -Be @('boss.mertens@example.be', 'ok.report@example.be')
            $n2f = Get-N2fUsersState $script:Emulator
            foreach ($mail in 'wrong.company@example.be', 'orphan@example.be', 'bad.flag@example.be') {
                $n2f[$mail].firstname | Should -Be 'Kept'
            }
            # parti/autre were seeded outside this source's keys but in its company: deleted; the protected ones stay.
            $n2f.ContainsKey('parti.ailleurs@example.be') | Should -BeFalse
        }

        It 'errors name the row and the field' {
            Get-AgressoEntity -Scope users -ConfigPath $script:Config -ErrorVariable sourceErrors -ErrorAction SilentlyContinue | Out-Null
            $flag = $sourceErrors | Where-Object { $_.FullyQualifiedErrorId -like 'AgressoRowInvalidFlag*' }
            # Row 6 of the file is on line 7 (the header is line 1): errors name the line an editor shows.
            $flag.Exception.Message | Should -BeLike '*iris_N2F_User.csv line 7*Moyen_Paiement_Prof*peut-être*'
            $flag.CategoryInfo.Category | Should -Be 'InvalidData'
            $flag.TargetObject.Key | Should -Be 'bad.flag@example.be'
            $flag.ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
        }

        It 'stop the command at the first one with -ErrorAction Stop' {
            { Get-AgressoEntity -Scope users -ConfigPath $script:Config -ErrorAction Stop } |
                Should -Throw -ErrorId 'AgressoRowInvalidEmail,N2fSync.Commands.Commands.GetAgressoEntityCommand'
        }

        It 'an empty users source is an error and deletes nothing' {
            $csv = Write-UsersCsv -Folder (Join-Path $script:Work 'empty') -Rows @(New-UserRow 'x@example.be')
            Set-Content (Join-Path $csv 'iris_N2F_User.csv') -Value ($script:UserColumns -join ';') -Encoding utf8
            $config = New-TestConfig -Folder $script:Work -Emulator $script:Emulator -CsvFolder $csv
            Sync-N2fScope -Scope users -ConfigPath $config -Delete -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue -WarningAction SilentlyContinue | Out-Null
            $errors.FullyQualifiedErrorId | Should -Contain 'EmptySource,N2fSync.Commands.Commands.SyncN2fScopeCommand'
            Get-WriteCount $script:Emulator | Should -Be 0
        }
    }

    Describe 'Secrets' {
        It 'never appear in any output stream, even verbose' {
            $all = Sync-N2fScope -Scope users -ConfigPath $script:Config -Confirm:$false -Verbose *>&1 | Out-String
            $all | Should -Not -BeNullOrEmpty
            $all | Should -Not -Match 'test-secret'
        }

        It 'a wrong client secret fails with an authentication error that does not echo it' {
            $env:N2F_CLIENT_SECRET = 'wrong-secret-4711'
            try {
                Get-N2fEntity -Scope users -ConfigPath $script:Config -ErrorVariable errors -ErrorAction SilentlyContinue | Out-Null
            } finally { $env:N2F_CLIENT_SECRET = 'test-secret' }
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'N2fApiFailed*'
            $errors[0].CategoryInfo.Category | Should -Be 'AuthenticationError'
            ($errors | Out-String) | Should -Not -Match 'wrong-secret-4711'
        }
    }
}
