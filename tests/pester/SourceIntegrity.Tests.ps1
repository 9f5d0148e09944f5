# A damaged source never shrinks in silence: the built module in pwsh, a CSV source, against the N2F emulator.
Describe 'Source integrity' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        Import-Module $script:ModuleManifest -Force
        $script:Emulator = Start-TestEmulator

        function Write-RawUsersCsv {
            <# The users file as Excel writes it: semicolons, no quotes, a BOM. Lines are the header then one per row. #>
            param([Parameter(Mandatory)] [string] $Folder, [Parameter(Mandatory)] [object[]] $Rows)
            New-Item -ItemType Directory -Path $Folder -Force | Out-Null
            $lines = @($script:UserColumns -join ';') + @($Rows | ForEach-Object { $row = $_; ($script:UserColumns | ForEach-Object { $row.$_ }) -join ';' })
            [IO.File]::WriteAllText((Join-Path $Folder 'iris_N2F_User.csv'), ($lines -join "`r`n") + "`r`n", [Text.UTF8Encoding]::new($true))
        }

        function New-Staff {
            <# 200 users over two companies, with accents, apostrophes and managers. #>
            1..200 | ForEach-Object {
                $company = if ($_ % 2) { 'BE01' } else { 'BE02' }
                $manager = if ($_ -gt 1) { 'user001.d''hondt@example.be' } else { '' }
                New-UserRow ('User{0:D3}.D''Hondt@example.be' -f $_) @{ Prenom = "Chloé$_"; Nom = "D'Hondt-Lemaître"; Entreprise = $company; Manager = $manager }
            }
        }
    }

    AfterAll {
        Stop-TestEmulator $script:Emulator
    }

    BeforeEach {
        Reset-TestEmulator $script:Emulator
        $script:Work = New-TestFolder
        $script:Csv = Join-Path $script:Work 'csv'
        $script:Config = New-TestConfig -Folder $script:Work -Emulator $script:Emulator -CsvFolder $script:Csv
    }

    AfterEach {
        Remove-Item $script:Work -Recurse -Force -ErrorAction SilentlyContinue
    }

    Context 'a users CSV where two stray quotes a few lines apart swallow the rows between' {
        BeforeEach {
            $script:Staff = @(New-Staff)
            Write-RawUsersCsv -Folder $script:Csv -Rows $script:Staff
            # The 200 users are synced once, then restored from the emulator's state for the next test.
            if ($script:SyncedStaff) { Set-N2fEmulatorState $script:Emulator $script:SyncedStaff }
            else {
                Sync-N2fScope -Scope users -ConfigPath $script:Config -Confirm:$false -InformationAction SilentlyContinue | Out-Null
                $script:SyncedStaff = Get-N2fEmulatorState $script:Emulator | ConvertTo-Json -Depth 20
            }
            # Rows 41 and 45 are on lines 42 and 46: the quote opened in 41's first name closes in 45's, and the record
            # keeps the header's field count.
            $script:Staff[40].Prenom = '"' + $script:Staff[40].Prenom
            $script:Staff[44].Prenom = $script:Staff[44].Prenom + '"'
            Write-RawUsersCsv -Folder $script:Csv -Rows $script:Staff
            Clear-N2fEmulatorRequests $script:Emulator
        }

        It 'Get-AgressoEntity fails the scope with an ErrorRecord naming the file and the line, and returns no row' {
            $rows = @(Get-AgressoEntity -Scope users -ConfigPath $script:Config -ErrorVariable sourceErrors -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
            $rows.Count | Should -Be 0
            $damage = @($sourceErrors | Where-Object { $_.FullyQualifiedErrorId -like 'AgressoSourceDamaged*' })
            $damage.Count | Should -Be 1
            $damage[0].Exception.Message | Should -BeLike "*iris_N2F_User.csv' line 42:*stray quote*"
            $damage[0].Exception.LineNumber | Should -Be 42
            $damage[0].CategoryInfo.Category | Should -Be 'InvalidData'
            $damage[0].ErrorDetails.RecommendedAction | Should -BeLike '*line 42*'
        }

        It 'Sync-N2fScope -Delete sends no write and deletes nobody' {
            Sync-N2fScope -Scope users -Delete -ConfigPath $script:Config -Confirm:$false -ErrorVariable syncErrors -ErrorAction SilentlyContinue -InformationAction SilentlyContinue | Out-Null
            $syncErrors.FullyQualifiedErrorId | Should -Contain 'AgressoSourceDamaged,N2fSync.Commands.Commands.SyncN2fScopeCommand'
            Get-WriteCount $script:Emulator | Should -Be 0
            (Get-N2fUsersState $script:Emulator).Count | Should -Be 200
        }
    }

    Context 'other damage' {
        It 'a row with a field too few fails the read at its line instead of reading the missing columns as empty' {
            $staff = @(New-Staff | Select-Object -First 20)
            Write-RawUsersCsv -Folder $script:Csv -Rows $staff
            $path = Join-Path $script:Csv 'iris_N2F_User.csv'
            $lines = [IO.File]::ReadAllLines($path)
            $lines[7] = $lines[7].Substring(0, $lines[7].LastIndexOf(';'))
            [IO.File]::WriteAllLines($path, $lines)
            { Get-AgressoEntity -Scope users -ConfigPath $script:Config -ErrorAction Stop } | Should -Throw '*line 8:*28 fields where the header has 29*'
        }

        It 'a NUL byte fails the read at its line' {
            Write-RawUsersCsv -Folder $script:Csv -Rows @(New-Staff | Select-Object -First 5)
            $path = Join-Path $script:Csv 'iris_N2F_User.csv'
            [IO.File]::WriteAllText($path, ([IO.File]::ReadAllText($path) -replace 'Chloé3;', "Chlo$([char]0)3;"), [Text.UTF8Encoding]::new($true))
            { Get-AgressoEntity -Scope users -ConfigPath $script:Config -ErrorAction Stop } | Should -Throw '*line 4:*NUL*'
        }

        It 'a header without a column the sync sends fails the read naming the column' {
            $rows = @(New-Staff | Select-Object -First 3 | Select-Object -Property ($script:UserColumns | Where-Object { $_ -ne 'Manager' }))
            Write-UsersCsv -Folder $script:Csv -Rows $rows | Out-Null
            { Get-AgressoEntity -Scope users -ConfigPath $script:Config -ErrorAction Stop } | Should -Throw "*line 1:*no column 'Manager'*"
        }
    }

    Context 'a zero-width space in a first name' {
        BeforeEach {
            $rows = @(
                New-UserRow 'Ann.Peeters@example.be' @{ Prenom = "Ann$([char]0x200B)"; Nom = 'Peeters' }
                New-UserRow 'chloe.o''neil@example.be' @{ Prenom = 'Chloé'; Nom = "O'Neil" }
                New-UserRow 'jean-luc.dubois@example.be' @{ Prenom = 'Jean-Luc'; Nom = 'Dubois'; Entreprise = 'BE02' }
            )
            Write-UsersCsv -Folder $script:Csv -Rows $rows | Out-Null
        }

        It 'rejects that row with an error naming the line, the column and U+200B, and syncs the others' {
            $results = Sync-N2fScope -Scope users -ConfigPath $script:Config -Confirm:$false -ErrorVariable syncErrors -ErrorAction SilentlyContinue -InformationAction SilentlyContinue
            $invisible = @($syncErrors | Where-Object { $_.FullyQualifiedErrorId -like 'AgressoRowInvalidCharacter*' })
            $invisible.Count | Should -Be 1
            $invisible[0].Exception.Message | Should -BeLike "*iris_N2F_User.csv line 2 (ann.peeters@example.be), Prenom: U+200B (zero width space) in 'Ann\u200B'*"
            ($results | Where-Object Outcome -eq Created).Key | Sort-Object | Should -Be @("chloe.o'neil@example.be", 'jean-luc.dubois@example.be')
            (Get-N2fUsersState $script:Emulator).ContainsKey('ann.peeters@example.be') | Should -BeFalse
        }
    }

    Context 'a line break inside a quoted last name' {
        It 'rejects that row naming U+000A instead of sending the line break to N2F, and syncs the others' {
            $rows = @(
                New-UserRow 'marc.dubois@example.be' @{ Prenom = 'Marc'; Nom = "Dubois`nLemaire" }
                New-UserRow 'sophie.lambert@example.be' @{ Prenom = 'Sophie'; Nom = 'Lambert' }
            )
            Write-UsersCsv -Folder $script:Csv -Rows $rows | Out-Null
            $results = Sync-N2fScope -Scope users -ConfigPath $script:Config -Confirm:$false -ErrorVariable syncErrors -ErrorAction SilentlyContinue -InformationAction SilentlyContinue
            ($syncErrors | Where-Object { $_.FullyQualifiedErrorId -like 'AgressoRowInvalidCharacter*' }).Exception.Message |
                Should -BeLike "*line 2 (marc.dubois@example.be), Nom: U+000A (line feed) in 'Dubois\u000ALemaire'*"
            ($results | Where-Object Outcome -eq Created).Key | Should -Be 'sophie.lambert@example.be'
            (Get-N2fUsersState $script:Emulator).ContainsKey('marc.dubois@example.be') | Should -BeFalse
        }
    }

    Context 'the CSV report of a run' {
        It 'opens a key that looks like a formula as text' {
            $rows = @(
                New-UserRow '=HYPERLINK("http://example.invalid/x")@example.be' @{ Prenom = 'Eve' }
                New-UserRow 'ann.peeters@example.be' @{ Prenom = 'Ann' }
            )
            Write-UsersCsv -Folder $script:Csv -Rows $rows | Out-Null
            Sync-N2fScope -Scope users -ConfigPath $script:Config -Confirm:$false -ErrorAction SilentlyContinue -InformationAction SilentlyContinue | Out-Null
            $report = Join-Path $script:Work 'night.csv'
            Get-N2fSyncRun -ConfigPath $script:Config -Last 1 | Export-N2fSyncReport -Path $report -ConfigPath $script:Config
            $keys = (Import-Csv $report).Key
            $keys | Should -Contain '''=hyperlink("http://example.invalid/x")@example.be'
            $keys | Should -Contain 'ann.peeters@example.be'
            $keys | Where-Object { $_ -match '^[=+\-@]' } | Should -BeNullOrEmpty
        }
    }
}
