# The module beside another module that loaded different versions of its dependencies (the load context of src/N2fSync.Isolation).
Describe 'Coexistence with other versions of the dependencies' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        $script:Pwsh = & (Join-Path $script:RepoRoot 'tests/tools/Get-PwshPath.ps1')
        $packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages' }
        $script:OldYaml = Join-Path $packages 'yamldotnet/16.3.0/lib/netstandard2.0/YamlDotNet.dll'
        if (-not (Test-Path $script:OldYaml)) {
            dotnet restore (Join-Path $script:RepoRoot 'tests/tools/Pester.proj') --nologo -v:q | Out-Null
        }
        $script:Work = Join-Path ([IO.Path]::GetTempPath()) ("n2fsync-pester-" + [guid]::NewGuid().ToString('N'))
        New-Item -ItemType Directory -Path $script:Work | Out-Null

        # A fresh pwsh where another module already loaded YamlDotNet 16, then N2fSync (which ships 18).
        $script:Child = Join-Path $script:Work 'child.ps1'
        @'
param($OldYaml, $Manifest, $Database, $Work)
$ErrorActionPreference = 'Stop'
Add-Type -Path $OldYaml
$before = [YamlDotNet.Serialization.Deserializer].Assembly.GetName().Version.ToString()
Import-Module $Manifest
$config = Join-Path $Work 'n2fsync.yaml'
New-N2fSyncConfig -Path $config -SqlitePath $Database -BaseUrl 'http://127.0.0.1:9/services/api/v2/' -Force | Out-Null
$valid = (Test-N2fSyncConfig -ConfigPath $config -WarningAction SilentlyContinue).IsValid
$users = @(Get-AgressoEntity -Scope users -ConfigPath $config -WarningAction SilentlyContinue).Count
$yaml = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'YamlDotNet' } | ForEach-Object {
    '{0}@{1}' -f $_.GetName().Version, [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($_).Name }
[pscustomobject]@{ Before = $before; Valid = $valid; Users = $users; Yaml = @($yaml | Sort-Object) } | ConvertTo-Json -Compress
'@ | Set-Content $script:Child -Encoding utf8
        $json = & $script:Pwsh -NoProfile -NonInteractive -File $script:Child -OldYaml $script:OldYaml -Manifest $script:ModuleManifest `
            -Database $script:SampleDb -Work $script:Work 2>&1
        $script:ExitCode = $LASTEXITCODE
        $script:Output = $json | Out-String
        $script:Result = $json | Where-Object { $_ -is [string] -and $_.StartsWith('{') } | Select-Object -Last 1 | ConvertFrom-Json
    }

    AfterAll { Remove-Item $script:Work -Recurse -Force -ErrorAction SilentlyContinue }

    It 'imports and reads YAML and SQLite after another module loaded YamlDotNet 16.3' {
        $script:ExitCode | Should -Be 0 -Because $script:Output
        $script:Result.Before | Should -BeLike '16.*'
        $script:Result.Valid | Should -BeTrue
        $script:Result.Users | Should -Be 25
    }

    It 'leaves the other module its version and loads its own in the N2fSync load context' {
        $script:Result.Yaml | Should -Contain '16.0.0.0@Default'
        $script:Result.Yaml | Should -Contain '18.0.0.0@N2fSync'
    }

    It 'keeps every dependency out of the module root, so nothing reaches the default context by folder probing' {
        $root = Split-Path $script:ModuleManifest
        @(Get-ChildItem $root -Filter *.dll | ForEach-Object Name | Sort-Object) | Should -Be @('N2fSync.Commands.dll', 'N2fSync.Isolation.dll')
        Join-Path $root 'Dependencies/N2fSync.Core.dll' | Should -Exist
        Join-Path $root 'Dependencies/YamlDotNet.dll' | Should -Exist
    }
}

# What PowerShell 7's load context of the module resolves from Dependencies/ (src/N2fSync.Isolation/PlatformLayout.cs).
Describe 'Per-platform files in the module layout' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        $script:Dependencies = Join-Path (Split-Path $script:ModuleManifest) 'Dependencies'
        # The machine a Windows DLL is built for, from its PE header.
        function Get-PeMachine([string] $Path) {
            $bytes = [IO.File]::ReadAllBytes($Path)
            [BitConverter]::ToUInt16($bytes, [BitConverter]::ToInt32($bytes, 0x3C) + 4)
        }
    }

    It "ships SqlClient's native network library for <Rid>, built for that architecture" -TestCases @(
        @{ Rid = 'win-x64'; Machine = 0x8664 }
        @{ Rid = 'win-x86'; Machine = 0x014C }
        @{ Rid = 'win-arm64'; Machine = 0xAA64 }
    ) {
        param($Rid, $Machine)
        $path = Join-Path $script:Dependencies "$Rid/Microsoft.Data.SqlClient.SNI.dll"
        $path | Should -Exist
        Get-PeMachine $path | Should -Be $Machine
        Get-PeMachine (Join-Path $script:Dependencies "$Rid/e_sqlite3.dll") | Should -Be $Machine
    }

    It 'ships the Windows and Unix builds of Microsoft.Data.SqlClient and no .NET Framework build' {
        $builds = @(Get-ChildItem (Join-Path $script:Dependencies 'sqlclient') -Recurse -File |
            ForEach-Object { $_.FullName.Substring($script:Dependencies.Length + 1).Replace('\', '/') } | Sort-Object)
        $builds | Should -Be @('sqlclient/core-unix/Microsoft.Data.SqlClient.dll', 'sqlclient/core-win/Microsoft.Data.SqlClient.dll')
    }
}
