# The shipped module as PowerShell sees it (decisions.md §2): a strict manifest, exactly its
# cmdlets exported, [OutputType] everywhere, and an import that touches neither the network nor a database.
Describe 'The N2fSync module' {
    BeforeDiscovery {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        $script:ManifestCmdlets = @((Import-PowerShellDataFile $script:ModuleManifest).CmdletsToExport)
    }

    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        $script:ModuleFolder = Split-Path $script:ModuleManifest
        $script:Data = Import-PowerShellDataFile $script:ModuleManifest
        $script:Pwsh = & (Join-Path $script:RepoRoot 'tests/tools/Get-PwshPath.ps1')

        function Invoke-ChildPwsh {
            <# Runs a script in a fresh pwsh -NoProfile with extra environment variables; returns its JSON output. #>
            param([Parameter(Mandatory)] [string] $Script, [hashtable] $Environment = @{})
            $file = Join-Path ([IO.Path]::GetTempPath()) ('n2fsync-child-' + [guid]::NewGuid().ToString('N') + '.ps1')
            Set-Content -Path $file -Value $Script -Encoding utf8
            $saved = @{}
            foreach ($name in $Environment.Keys) {
                $saved[$name] = [Environment]::GetEnvironmentVariable($name)
                [Environment]::SetEnvironmentVariable($name, $Environment[$name])
            }
            try {
                $output = & $script:Pwsh -NoProfile -NonInteractive -File $file $script:ModuleManifest 2>&1
                [pscustomobject]@{ ExitCode = $LASTEXITCODE; Output = @($output | ForEach-Object { "$_" }) }
            } finally {
                foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
                Remove-Item $file -ErrorAction SilentlyContinue
            }
        }
    }

    Describe 'Manifest' {
        It 'is valid' {
            $manifest = Test-ModuleManifest -Path $script:ModuleManifest -ErrorAction Stop
            $manifest.Name | Should -Be 'N2fSync'
            $manifest.RootModule | Should -Be 'N2fSync.psm1'
        }

        It 'lists its cmdlets explicitly, without wildcards or repeats' {
            $cmdlets = @($script:Data.CmdletsToExport)
            $cmdlets.Count | Should -BeGreaterThan 0
            foreach ($name in $cmdlets) { $name | Should -Not -Match '[*?\[]' }
            @($cmdlets | Sort-Object -Unique).Count | Should -Be $cmdlets.Count
        }

        It 'exports no functions, aliases or variables (empty lists, not wildcards)' {
            foreach ($key in 'FunctionsToExport', 'AliasesToExport', 'VariablesToExport') {
                $script:Data.ContainsKey($key) | Should -BeTrue -Because "$key must be set explicitly"
                @($script:Data[$key]).Count | Should -Be 0 -Because $key
            }
        }

        It 'runs on Windows PowerShell 5.1 and PowerShell 7' {
            $script:Data.CompatiblePSEditions | Should -Contain 'Desktop'
            $script:Data.CompatiblePSEditions | Should -Contain 'Core'
            $script:Data.PowerShellVersion | Should -Be '5.1'
        }

        It 'loads no dependency assembly as a nested module or required assembly' {
            foreach ($key in 'NestedModules', 'RequiredAssemblies') {
                foreach ($entry in @($script:Data[$key] | Where-Object { $_ })) {
                    $name = if ($entry -is [hashtable]) { $entry.ModuleName } else { [string]$entry }
                    $name | Should -BeLike 'N2fSync*' -Because "$key must not name dependency '$name'"
                    $name | Should -Not -BeLike '*Dependencies*'
                }
            }
        }

        It 'names files that exist in the module folder' {
            foreach ($file in @($script:Data.RootModule) + @($script:Data.FormatsToProcess) + @($script:Data.TypesToProcess)) {
                if ($file) { Join-Path $script:ModuleFolder $file | Should -Exist }
            }
        }
    }

    Describe 'Import' {
        BeforeAll {
            Import-Module $script:ModuleManifest -Force
            $script:Module = Get-Module N2fSync
        }

        It 'exports exactly the cmdlets of the manifest' {
            @($script:Module.ExportedCmdlets.Keys | Sort-Object) | Should -Be @($script:Data.CmdletsToExport | Sort-Object)
            $script:Module.ExportedFunctions.Count | Should -Be 0
            $script:Module.ExportedAliases.Count | Should -Be 0
            $script:Module.ExportedVariables.Count | Should -Be 0
        }

        It '<_> declares its output type' -ForEach $script:ManifestCmdlets {
            @((Get-Command $_).OutputType).Count | Should -BeGreaterThan 0
            foreach ($type in (Get-Command $_).OutputType) { $type.Type | Should -Not -BeNullOrEmpty -Because "$($type.Name) must resolve" }
        }
    }

    Describe 'In a fresh pwsh -NoProfile' {
        BeforeAll {
            # Anything the import might try to reach is a trap: N2F on a listening port we watch, a config pointing
            # at a SQLite file that must not appear.
            $script:Listener = [Net.Sockets.TcpListener]::new([Net.IPAddress]::Loopback, 0)
            $script:Listener.Start()
            $port = $script:Listener.LocalEndpoint.Port
            $script:Work = Join-Path ([IO.Path]::GetTempPath()) ('n2fsync-import-' + [guid]::NewGuid().ToString('N'))
            New-Item -ItemType Directory -Path $script:Work | Out-Null
            $script:Database = Join-Path $script:Work 'agresso.db'
            $config = Join-Path $script:Work 'n2fsync.yaml'
            Set-Content -Path $config -Encoding utf8 -Value @(
                'source:', '  provider: sqlite', "  path: '$($script:Database)'",
                'n2f:', "  baseUrl: 'http://127.0.0.1:$port/services/api/v2/'")
            $script:Environment = @{
                N2FSYNC_CONFIG = $config; N2F_BASE_URL = "http://127.0.0.1:$port/services/api/v2/"
                N2F_CLIENT_ID = 'import-test'; N2F_CLIENT_SECRET = 'import-test-secret'
                HTTP_PROXY = "http://127.0.0.1:$port"; HTTPS_PROXY = "http://127.0.0.1:$port"
                # pwsh's own telemetry and update check would go through that proxy: they are not the module's doing.
                POWERSHELL_TELEMETRY_OPTOUT = '1'; POWERSHELL_UPDATECHECK = 'Off'
            }
            $script:Child = Invoke-ChildPwsh -Environment $script:Environment -Script @'
param($Manifest)
$ErrorActionPreference = 'Stop'
$watch = [Diagnostics.Stopwatch]::StartNew()
Import-Module $Manifest
$commands = @(Get-Command -Module N2fSync | ForEach-Object { $_.Name; $_.Parameters.Count | Out-Null })
$watch.Stop()
$loaded = @([AppDomain]::CurrentDomain.GetAssemblies() | ForEach-Object { $_.GetName().Name })
[pscustomobject]@{
    Commands = $commands
    Milliseconds = $watch.ElapsedMilliseconds
    Loaded = $loaded
    Errors = @($Error | ForEach-Object { "$_" })
} | ConvertTo-Json -Compress
'@
            $script:Result = ($script:Child.Output | Where-Object { $_ -like '{*' } | Select-Object -Last 1) | ConvertFrom-Json
        }

        AfterAll {
            $script:Listener.Stop()
            Remove-Item $script:Work -Recurse -Force -ErrorAction SilentlyContinue
        }

        It 'imports and lists the cmdlets without error' {
            $script:Child.ExitCode | Should -Be 0 -Because ($script:Child.Output -join "`n")
            @($script:Result.Commands | Sort-Object) | Should -Be @($script:Data.CmdletsToExport | Sort-Object)
            @($script:Result.Errors).Count | Should -Be 0 -Because ($script:Result.Errors -join "`n")
        }

        It 'opens no connection' {
            $script:Listener.Pending() | Should -BeFalse
        }

        It 'loads no database driver, YAML reader or HTTP resilience code' {
            foreach ($assembly in 'Microsoft.Data.Sqlite', 'Microsoft.Data.SqlClient', 'SQLitePCLRaw.core', 'YamlDotNet', 'Polly.Core') {
                $script:Result.Loaded | Should -Not -Contain $assembly
            }
            $script:Database | Should -Not -Exist
        }


        It 'exposes every cmdlet class of N2fSync.Commands.dll through the manifest' {
            $child = Invoke-ChildPwsh -Script @'
param($Manifest)
$dll = Join-Path (Split-Path $Manifest) 'N2fSync.Commands.dll'
# As N2fSync.psm1 does: the dependency resolver first, then the cmdlets.
$null = [Reflection.Assembly]::LoadFrom($dll)
[N2fSync.Commands.Loading.ModuleInitializer]::Prepare()
(Import-Module $dll -PassThru).ExportedCmdlets.Keys | ConvertTo-Json -Compress
'@
            $inAssembly = ($child.Output | Where-Object { $_ -like '`[*' -or $_ -like '"*' } | Select-Object -Last 1) | ConvertFrom-Json
            @($inAssembly | Sort-Object) | Should -Be @($script:Data.CmdletsToExport | Sort-Object)
        }
    }
}
