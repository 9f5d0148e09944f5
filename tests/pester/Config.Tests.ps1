# The configuration cmdlets as an admin meets them: what Test-N2fSyncConfig returns (and never leaks), the rule
# against plain http to another host, how New-N2fSyncConfig picks the provider, and what a missing file says.
Describe 'Configuration' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        Import-Module $script:ModuleManifest -Force
        $script:Saved = @{}
        foreach ($name in 'N2F_BASE_URL', 'N2F_CLIENT_ID', 'N2F_CLIENT_SECRET', 'N2F_SANDBOX', 'AGRESSO_DB_USER', 'AGRESSO_DB_PASSWORD', 'N2FSYNC_TEST_WEBHOOK') {
            $script:Saved[$name] = [Environment]::GetEnvironmentVariable($name)
            [Environment]::SetEnvironmentVariable($name, $null)
        }
        # Every secret the configurations below hold, from the file, the environment and the connection string.
        $script:Secrets = 'Hunter2-N2f-Secret', 'Env-Db-Pa55word', 'Cs-Pa55word', 'W3bh00k-S3cret', 'Sm7p-Pa55word'

        function Write-Config([string] $Folder, [string] $Yaml) {
            $path = Join-Path $Folder 'n2fsync.yaml'
            Set-Content -Path $path -Value $Yaml -Encoding utf8
            $path
        }

        function Assert-NoSecret([string] $Text) {
            foreach ($secret in $script:Secrets) { $Text | Should -Not -BeLike "*$secret*" -Because "$secret is a secret" }
        }

        # A SQL Server source with a password in its connection string and one from AGRESSO_DB_PASSWORD, and a client
        # secret written in the file: valid, with warnings.
        $script:SecretsYaml = @'
source:
  provider: sqlserver
  connectionString: 'Server=sql01;Database=Agresso;User ID=reader;Password=Cs-Pa55word'
n2f:
  baseUrl: https://sandbox.n2f.com/services/api/v2/
  sandbox: true
  clientId: client-42
  clientSecret: Hunter2-N2f-Secret
'@
    }

    AfterAll {
        foreach ($name in $script:Saved.Keys) { [Environment]::SetEnvironmentVariable($name, $script:Saved[$name]) }
    }

    BeforeEach {
        $script:Work = New-TestFolder
    }

    AfterEach {
        Remove-Item Env:AGRESSO_DB_PASSWORD, Env:N2F_BASE_URL, Env:N2F_CLIENT_ID, Env:N2F_CLIENT_SECRET, Env:N2FSYNC_TEST_WEBHOOK -ErrorAction SilentlyContinue
        Remove-Item $script:Work -Recurse -Force -ErrorAction SilentlyContinue
    }

    Describe 'Test-N2fSyncConfig never returns a secret' {
        BeforeEach {
            $env:AGRESSO_DB_PASSWORD = 'Env-Db-Pa55word'
            $script:Result = Test-N2fSyncConfig -ConfigPath (Write-Config $script:Work $script:SecretsYaml) -WarningAction SilentlyContinue
            $script:Result.IsValid | Should -BeTrue
        }

        It 'ConvertTo-Json -Depth 10 of the result shows none' {
            Assert-NoSecret ($script:Result | ConvertTo-Json -Depth 10 -WarningAction SilentlyContinue)
        }

        It 'Format-List * of the config and its sections shows none, and the secrets read ********' {
            $config = $script:Result.Config
            Assert-NoSecret ($config, $config.N2f, $config.Source | Format-List * | Out-String -Width 200)
            "$($config.N2f.ClientSecret)" | Should -Be '********'
            "$($config.Source.Password)" | Should -Be '********'
        }

        It 'Export-Clixml -Depth 10 of the result shows none' {
            $file = Join-Path $script:Work 'result.xml'
            $script:Result | Export-Clixml -Path $file -Depth 10
            Assert-NoSecret (Get-Content $file -Raw)
        }

        It 'ConvertTo-Csv of the config sections shows none' {
            $config = $script:Result.Config
            Assert-NoSecret (($config.N2f | ConvertTo-Csv) + ($config.Source | ConvertTo-Csv) + ($config | ConvertTo-Csv) -join "`n")
        }

        It 'a webhook URL and an SMTP password are kept as secrets too' {
            $env:N2FSYNC_TEST_WEBHOOK = 'https://hooks.example.com/services/T0/B0/W3bh00k-S3cret'
            $yaml = $script:SecretsYaml + @'

notify:
  webhook: { url: '${N2FSYNC_TEST_WEBHOOK}', format: teams }
  mail: { smtpServer: smtp.example.com, from: n2fsync@example.com, to: [it-ops@example.com], user: mailer, password: Sm7p-Pa55word }
'@
            $result = Test-N2fSyncConfig -ConfigPath (Write-Config $script:Work $yaml) -WarningAction SilentlyContinue
            $result.IsValid | Should -BeTrue
            Assert-NoSecret ($result | ConvertTo-Json -Depth 10 -WarningAction SilentlyContinue)
            Assert-NoSecret ($result.Config.Notify.Webhook, $result.Config.Notify.Mail | Format-List * | Out-String -Width 200)
        }
    }

    Describe 'Test-N2fSyncConfig output' {
        It 'counts every warning it writes' {
            $path = Write-Config $script:Work "source:`n  provider: csv`n  folder: ./exports`n"
            $result = Test-N2fSyncConfig -ConfigPath $path -WarningVariable written -WarningAction SilentlyContinue
            # The missing folder, the missing client id and the missing client secret.
            @($written).Count | Should -Be 3
            $result.Warnings.Count | Should -Be 3
            ($result | Out-String -Width 120) | Should -Match 'Warnings\s*:\s*3'
        }

        It 'shows the configuration as the source and the N2F target it syncs' {
            $env:AGRESSO_DB_PASSWORD = 'Env-Db-Pa55word'
            $result = Test-N2fSyncConfig -ConfigPath (Write-Config $script:Work $script:SecretsYaml) -WarningAction SilentlyContinue
            $text = $result | Out-String -Width 200
            $text | Should -Match ([regex]::Escape("Config   : sqlserver 'Server=sql01;Database=Agresso;User ID=reader' → https://sandbox.n2f.com/services/api/v2/ (sandbox, client id client-42)"))
        }
    }

    Describe 'Plain http to another host' {
        BeforeEach {
            $env:N2F_CLIENT_ID = 'test-client'
            $env:N2F_CLIENT_SECRET = 'test-secret'
            $script:Sample = "source:`n  provider: sqlite`n  path: '$($script:SampleDb)'`n"
        }

        It 'stops Get-N2fEntity with ConfigInvalid before any call' {
            $path = Write-Config $script:Work ($script:Sample + "n2f:`n  baseUrl: http://n2f.example.com/services/api/v2/`n")
            { Get-N2fEntity -Scope users -ConfigPath $path -ErrorAction Stop } |
                Should -Throw -ErrorId 'ConfigInvalid,N2fSync.Commands.Commands.GetN2fEntityCommand' -ExpectedMessage '*plain http to n2f.example.com*'
        }

        It 'is reported by Test-N2fSyncConfig naming N2F_BASE_URL when the URL comes from there' {
            $env:N2F_BASE_URL = 'http://n2f.example.com/services/api/v2/'
            $result = Test-N2fSyncConfig -ConfigPath (Write-Config $script:Work $script:Sample) -WarningAction SilentlyContinue
            $result.IsValid | Should -BeFalse
            $issue = $result.Errors | Where-Object Key -eq 'n2f.baseUrl'
            $issue.Line | Should -BeNullOrEmpty
            $issue.Message | Should -BeLike '*(value from environment variable N2F_BASE_URL).'
        }

        It 'is allowed with n2f.allowInsecureHttp: true, with a warning' {
            $path = Write-Config $script:Work ($script:Sample + "n2f:`n  baseUrl: http://n2f-test.corp.local/api/`n  allowInsecureHttp: true`n")
            $result = Test-N2fSyncConfig -ConfigPath $path -WarningVariable written -WarningAction SilentlyContinue
            $result.IsValid | Should -BeTrue
            @($written | Where-Object { "$_" -like '*n2f.baseUrl: is plain http to n2f-test.corp.local*' }).Count | Should -Be 1
        }
    }

    Describe 'New-N2fSyncConfig' {
        It 'writes a csv config from -CsvFolder alone' {
            $path = Join-Path $script:Work 'n2fsync.yaml'
            New-N2fSyncConfig -Path $path -CsvFolder ./exports | Out-Null
            (Test-N2fSyncConfig -ConfigPath $path -WarningAction SilentlyContinue).Config.Source.Provider | Should -Be 'Csv'
        }

        It 'writes a SQL Server config from -ConnectionString alone' {
            $path = Join-Path $script:Work 'n2fsync.yaml'
            New-N2fSyncConfig -Path $path -ConnectionString 'Server=sql01;Database=Agresso;Encrypt=True' | Out-Null
            (Test-N2fSyncConfig -ConfigPath $path -WarningAction SilentlyContinue).Config.Source.Provider | Should -Be 'SqlServer'
        }

        It 'refuses a -Provider that contradicts the location, and writes nothing' {
            $path = Join-Path $script:Work 'n2fsync.yaml'
            { New-N2fSyncConfig -Path $path -Provider Sqlite -CsvFolder ./exports -ErrorAction Stop } |
                Should -Throw -ErrorId 'ConfigParameterConflict,N2fSync.Commands.Commands.NewN2fSyncConfigCommand' -ExpectedMessage '-Provider Sqlite contradicts -CsvFolder*'
            Test-Path $path | Should -BeFalse
        }

        It 'refuses two locations' {
            { New-N2fSyncConfig -Path (Join-Path $script:Work 'n2fsync.yaml') -SqlitePath ./agresso.db -CsvFolder ./exports -ErrorAction Stop } |
                Should -Throw -ErrorId 'ConfigParameterConflict,N2fSync.Commands.Commands.NewN2fSyncConfigCommand' -ExpectedMessage '-SqlitePath and -CsvFolder*'
        }

        It 'refuses a connection string that holds a password, without showing it' {
            $thrown = { New-N2fSyncConfig -Path (Join-Path $script:Work 'n2fsync.yaml') -ConnectionString 'Server=sql01;Password=Cs-Pa55word' -ErrorAction Stop } |
                Should -Throw -ErrorId 'ConnectionStringHasPassword,N2fSync.Commands.Commands.NewN2fSyncConfigCommand' -PassThru
            Assert-NoSecret "$thrown $($thrown.ErrorDetails.RecommendedAction)"
        }
    }

    Describe 'ConfigNotFound' {
        It 'points at -ConfigPath for a missing file' {
            $missing = Join-Path $script:Work 'absent.yaml'
            $thrown = { Get-N2fEntity -Scope users -ConfigPath $missing -ErrorAction Stop } |
                Should -Throw -ErrorId 'ConfigNotFound,N2fSync.Commands.Commands.GetN2fEntityCommand' -PassThru
            "$thrown" | Should -BeLike '*point -ConfigPath or N2FSYNC_CONFIG*'
            "$thrown" | Should -Not -BeLike '*point -Path*'
        }

        It 'names the config file inside a folder given as -ConfigPath' {
            $inside = Write-Config $script:Work "source:`n  provider: csv`n  folder: ./exports`n"
            $thrown = { Get-N2fEntity -Scope users -ConfigPath $script:Work -ErrorAction Stop } |
                Should -Throw -ErrorId 'ConfigNotFound,N2fSync.Commands.Commands.GetN2fEntityCommand' -PassThru
            "$thrown" | Should -BeLike '*is a folder*'
            $thrown.ErrorDetails.RecommendedAction | Should -Be "'$($script:Work)' is a folder: pass the file in it, -ConfigPath '$inside'."
        }
    }
}
