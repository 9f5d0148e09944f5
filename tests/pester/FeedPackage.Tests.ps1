# build.ps1 -Package also makes out/N2fSync.<version>.nupkg: the module as PSResourceGet installs it from a feed (a
# folder, a share, a NuGet server), then imported by name like any other module.
BeforeDiscovery {
    # PSResourceGet 1.1+ packs (PowerShell 7.6 ships it; 7.4 ships 1.0, Windows PowerShell none): where it is missing,
    # build.ps1 -Package skips the .nupkg with a warning, and so do these tests.
    $script:NoPacker = -not (Get-Command Compress-PSResource -ErrorAction SilentlyContinue)
}

Describe 'Module package for a feed' -Skip:$script:NoPacker {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        Add-Type -AssemblyName System.IO.Compression, System.IO.Compression.FileSystem
        $script:ModuleFolder = Split-Path $script:ModuleManifest
        $script:Manifest = Import-PowerShellDataFile $script:ModuleManifest
        $script:Work = Join-Path ([IO.Path]::GetTempPath()) ('n2fsync-feed-' + [guid]::NewGuid().ToString('N'))
        $script:Feed = Join-Path $script:Work 'feed'
        $script:Package = & (Join-Path $script:RepoRoot 'tools/New-ModuleNupkg.ps1') -ModuleFolder $script:ModuleFolder -Destination $script:Feed 6>$null
        $archive = [System.IO.Compression.ZipFile]::OpenRead($script:Package.FullName)
        try {
            $script:Entries = @($archive.Entries | ForEach-Object { [Uri]::UnescapeDataString($_.FullName) })
            $reader = [IO.StreamReader]::new(($archive.Entries | Where-Object FullName -eq 'N2fSync.nuspec').Open())
            try { $script:Nuspec = ([xml]$reader.ReadToEnd()).package.metadata } finally { $reader.Dispose() }
        } finally {
            $archive.Dispose()
        }
    }

    AfterAll {
        Remove-Item $script:Work -Recurse -Force -ErrorAction SilentlyContinue
    }

    It 'is named after the module and its version' {
        $script:Package.Name | Should -Be "N2fSync.$($script:Manifest.ModuleVersion).nupkg"
    }

    It 'holds every file of the built module' {
        $built = @(Get-ChildItem $script:ModuleFolder -Recurse -File -Force |
            ForEach-Object { $_.FullName.Substring($script:ModuleFolder.Length + 1).Replace('\', '/') })
        $packed = @($script:Entries | Where-Object { $_ -notmatch '^(N2fSync\.nuspec|\[Content_Types\]\.xml|_rels/.*|package/.*)$' })
        @($packed | Sort-Object) | Should -Be @($built | Sort-Object)
    }

    It 'is under 100 MB' {
        $script:Package.Length | Should -BeLessThan 100MB
    }

    It 'carries the project link, the licence link, the tags and the release notes of the manifest' {
        $data = $script:Manifest.PrivateData.PSData
        $script:Nuspec.projectUrl | Should -Be $data.ProjectUri
        $script:Nuspec.licenseUrl | Should -Be $data.LicenseUri
        $script:Nuspec.releaseNotes | Should -Not -BeNullOrEmpty
        foreach ($tag in @('PSModule') + $data.Tags) { $script:Nuspec.tags -split ' ' | Should -Contain $tag }
    }

    It 'installs with Install-PSResource into a fresh home and imports by name' -Skip:($IsWindows -or $PSVersionTable.PSEdition -eq 'Desktop') {
        # A fresh home: the repository list, the CurrentUser module path and the config are this test's alone.
        $home2 = New-Item -ItemType Directory -Path (Join-Path $script:Work 'home') -Force
        $script = @'
param($Feed)
$ErrorActionPreference = 'Stop'
Register-PSResourceRepository -Name Local -Uri $Feed -Trusted
Install-PSResource N2fSync -Repository Local -Scope CurrentUser
Import-Module N2fSync
$module = Get-Module N2fSync
$config = Join-Path $HOME 'n2fsync.yaml'
New-N2fSyncConfig -Path $config -Provider Csv -CsvFolder (Join-Path $HOME 'csv') | Out-Null
[pscustomobject]@{
    Base    = $module.ModuleBase
    Version = "$($module.Version)"
    Cmdlets = @($module.ExportedCmdlets.Keys).Count
    Valid   = (Test-N2fSyncConfig -ConfigPath $config).IsValid
} | ConvertTo-Json -Compress
'@
        $file = Join-Path $script:Work 'install.ps1'
        Set-Content -Path $file -Value $script -Encoding utf8
        $saved = @{ HOME = $env:HOME; PSModulePath = $env:PSModulePath; XDG_DATA_HOME = $env:XDG_DATA_HOME; XDG_CONFIG_HOME = $env:XDG_CONFIG_HOME }
        try {
            $env:HOME = $home2.FullName
            foreach ($name in 'PSModulePath', 'XDG_DATA_HOME', 'XDG_CONFIG_HOME') { [Environment]::SetEnvironmentVariable($name, $null) }
            $pwsh = & (Join-Path $script:RepoRoot 'tests/tools/Get-PwshPath.ps1')
            $output = @(& $pwsh -NoProfile -NonInteractive -File $file -Feed $script:Feed 2>&1 | ForEach-Object { "$_" })
        } finally {
            foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
        }
        $LASTEXITCODE | Should -Be 0 -Because ($output -join "`n")
        $installed = $output[-1] | ConvertFrom-Json
        # Where PSResourceGet puts a CurrentUser module: <home>/.../Modules/N2fSync/<version>.
        $installed.Base | Should -BeLike "$($home2.FullName)*"
        $installed.Base | Should -BeLike ([IO.Path]::Combine('*', 'Modules', 'N2fSync', $script:Manifest.ModuleVersion))
        $installed.Version | Should -Be $script:Manifest.ModuleVersion
        $installed.Cmdlets | Should -Be @($script:Manifest.CmdletsToExport).Count
        $installed.Valid | Should -BeTrue
    }

    It 'fails, leaving no package, when it would be too large' {
        { & (Join-Path $script:RepoRoot 'tools/New-ModuleNupkg.ps1') -ModuleFolder $script:ModuleFolder -Destination (Join-Path $script:Work 'big') -MaxBytes 1MB 6>$null } |
            Should -Throw '*under 1 MB*'
        Get-ChildItem (Join-Path $script:Work 'big') -Filter *.nupkg | Should -BeNullOrEmpty
    }
}
