# The sqlserver source through the built module, against the TDS responder (tests/N2fSync.TdsResponder): the driver
# loads from the module's own layout, logs in with the credentials given, and the views' SQL types come out as entities.
Describe 'SQL Server source through the module' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        Import-Module (Join-Path $script:RepoRoot 'tests/tools/TdsResponder.psm1') -Force
        Import-Module $script:ModuleManifest -Force
        $script:DbPassword = 'Agr3sso-Pw!9931'
        $script:Responder = Start-TdsResponder -User 'n2f_reader' -Password $script:DbPassword
        $script:Work = New-TestFolder
        $script:Config = Join-Path $script:Work 'n2fsync.yaml'
        # The responder cannot encrypt: the connection string must allow that, as for a server without a certificate.
        New-N2fSyncConfig -Path $script:Config -Provider SqlServer -BaseUrl 'http://127.0.0.1:9/services/api/v2/' -Force `
            -ConnectionString "Server=$($script:Responder.DataSource);Database=AGRPROD;Encrypt=False;Connect Timeout=10" | Out-Null
        $script:Login = [pscredential]::new('n2f_reader', (ConvertTo-SecureString $script:DbPassword -AsPlainText -Force))
        Remove-Item Env:AGRESSO_DB_USER, Env:AGRESSO_DB_PASSWORD -ErrorAction SilentlyContinue
    }

    AfterAll {
        $script:Responder | Stop-TdsResponder
        Remove-Item $script:Work -Recurse -Force -ErrorAction SilentlyContinue
    }

    It 'reads the users view with the login of -SourceCredential' {
        $users = @(Get-AgressoEntity -Scope users -ConfigPath $script:Config -SourceCredential $script:Login -WarningAction SilentlyContinue)
        $users.Count | Should -Be 4
        @($users | ForEach-Object Mail) | Should -Be @('wim.verstraeten@example.be', 'ann.peeters@example.be', "chloe.o'neil@example.be", 'lucas.dhondt@example.be')
        $chloe = $users | Where-Object Mail -eq "chloe.o'neil@example.be"
        $chloe.FirstName | Should -Be 'Chloé'
        $chloe.ManagerMail | Should -Be 'ann.peeters@example.be'
        $chloe.RemoveHomeWorkDistance | Should -BeTrue
        ($users | Where-Object Mail -eq 'wim.verstraeten@example.be').ManagerMail | Should -Be ''
        @($users | Where-Object { -not $_.IsValid }).Count | Should -Be 0
    }

    It 'uses the driver of this PowerShell, from the module folder' {
        Get-AgressoEntity -Scope users -ConfigPath $script:Config -SourceCredential $script:Login -WarningAction SilentlyContinue | Out-Null
        $sqlClient = @([AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'Microsoft.Data.SqlClient' })
        if ($PSVersionTable.PSEdition -eq 'Core') {
            $sqlClient.Count | Should -Be 1
            $build = if ($IsWindows) { 'core-win' } else { 'core-unix' }
            $sqlClient[0].Location | Should -Be (Join-Path (Split-Path $script:ModuleManifest) "Dependencies/sqlclient/$build/Microsoft.Data.SqlClient.dll")
        } else {
            # Windows PowerShell 5.1 reads through the .NET Framework's System.Data.SqlClient and never loads it.
            $sqlClient.Count | Should -Be 0
        }
    }

    It 'reads the analytics view: datetime validity, 2099-12-31 as no end' {
        $projects = @(Get-AgressoEntity -Scope projects -ConfigPath $script:Config -SourceCredential $script:Login -WarningAction SilentlyContinue)
        @($projects | ForEach-Object Code) | Should -Be @('PRJ-0042', 'PRJ-0043')
        $renovation = $projects | Where-Object Code -eq 'PRJ-0042'
        $renovation.Description | Should -Be 'Rénovation école'
        $renovation.ValidFrom | Should -Be ([datetime]'2026-01-01')
        $renovation.ValidTo | Should -BeNullOrEmpty
        ($projects | Where-Object Code -eq 'PRJ-0043').ValidTo | Should -Be ([datetime]'2026-12-31')
    }

    It 'takes the login from AGRESSO_DB_USER and AGRESSO_DB_PASSWORD' {
        $env:AGRESSO_DB_USER = 'n2f_reader'; $env:AGRESSO_DB_PASSWORD = $script:DbPassword
        try {
            @(Get-AgressoEntity -Scope users -ConfigPath $script:Config -WarningAction SilentlyContinue).Count | Should -Be 4
        } finally { Remove-Item Env:AGRESSO_DB_USER, Env:AGRESSO_DB_PASSWORD -ErrorAction SilentlyContinue }
    }

    It 'reports a wrong password as a failed login that never shows the password' {
        $wrong = [pscredential]::new('n2f_reader', (ConvertTo-SecureString 'Wr0ng-Pw!5512' -AsPlainText -Force))
        $output = Get-AgressoEntity -Scope users -ConfigPath $script:Config -SourceCredential $wrong -ErrorVariable failures `
            -ErrorAction SilentlyContinue *>&1 | Out-String
        $failures.Count | Should -BeGreaterThan 0
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'AgressoSourceFailed,*'
        $failures[0].Exception.Message | Should -BeLike "*Login failed for user 'n2f_reader'*"
        foreach ($text in @($output) + @($failures | ForEach-Object { $_.Exception.ToString() })) {
            $text | Should -Not -Match 'Wr0ng-Pw!5512'
        }
    }
}
