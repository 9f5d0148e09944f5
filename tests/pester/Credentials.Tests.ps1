# Where the N2F client secret can come from: -Credential, the environment, the file, or a SecretManagement vault.
Describe 'Credentials' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        Import-Module $script:ModuleManifest -Force
        $script:Emulator = Start-N2fEmulator -SeedReference
        Remove-Item Env:N2F_CLIENT_ID, Env:N2F_CLIENT_SECRET -ErrorAction SilentlyContinue
    }

    AfterAll {
        $script:Emulator | Stop-N2fEmulator
        Remove-Item Function:Get-Secret -ErrorAction SilentlyContinue
    }

    BeforeEach {
        $script:Work = New-TestFolder
        $script:Config = New-TestConfig -Folder $script:Work -Emulator $script:Emulator
    }

    AfterEach {
        Remove-Item $script:Work -Recurse -Force -ErrorAction SilentlyContinue
        Remove-Item Function:Get-Secret -ErrorAction SilentlyContinue
    }

    It 'takes the client id and secret from -Credential' {
        $credential = [pscredential]::new('test-client', (ConvertTo-SecureString 'test-secret' -AsPlainText -Force))
        @(Get-N2fEntity -Scope users -ConfigPath $script:Config -Credential $credential).Count | Should -Be 0
        (Get-N2fEmulatorRequests $script:Emulator).requests.path | Should -Contain '/services/api/v2/auth'
    }

    It 'ends with a clear error when no secret is given anywhere' {
        { Get-N2fEntity -Scope users -ConfigPath $script:Config -ErrorAction Stop } |
            Should -Throw -ErrorId 'N2fCredentialsMissing,N2fSync.Commands.Commands.GetN2fEntityCommand' -ExpectedMessage '*N2F_CLIENT_SECRET*'
    }

    It 'reads the secret named in the config from a SecretManagement vault' {
        function global:Get-Secret {
            [CmdletBinding()] param([string] $Name, [string] $Vault)
            if ($Name -ne 'N2fProd' -or $Vault -ne 'CorpVault') { throw "no secret '$Name' in '$Vault'" }
            ConvertTo-SecureString 'test-secret' -AsPlainText -Force
        }
        Add-Content $script:Config -Value "`n" -Encoding utf8
        $text = (Get-Content $script:Config -Raw) -replace '(?m)^n2f:\s*$', "n2f:`n  clientId: test-client`n  clientSecretName: N2fProd`n  secretVault: CorpVault"
        Set-Content $script:Config $text -Encoding utf8
        @(Get-N2fEntity -Scope users -ConfigPath $script:Config).Count | Should -Be 0
    }

    It 'says SecretManagement is missing when the config names a secret and Get-Secret is absent' {
        $text = (Get-Content $script:Config -Raw) -replace '(?m)^n2f:\s*$', "n2f:`n  clientId: test-client`n  clientSecretName: N2fProd"
        Set-Content $script:Config $text -Encoding utf8
        { Get-N2fEntity -Scope users -ConfigPath $script:Config -ErrorAction Stop } |
            Should -Throw -ErrorId 'SecretManagementMissing,N2fSync.Commands.Commands.GetN2fEntityCommand'
    }
}
