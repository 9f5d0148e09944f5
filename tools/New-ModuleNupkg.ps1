<#
.SYNOPSIS
    Packs the built module folder into <Destination>/<ModuleName>.<Version>.nupkg, the package PSResourceGet installs
    from a feed (a folder, a file share, a NuGet server).

.DESCRIPTION
    Uses PSResourceGet's own packer, Compress-PSResource (PSResourceGet 1.1 or later, shipped with PowerShell 7.6), so
    the package is what Publish-PSResource would push to a gallery: a nuspec made from the manifest (version,
    authors, description, tags, project and licence links, release notes) and every file of the module folder. Fails,
    removing the package, when a file of the folder is missing from it or it is 100 MB or more. Called by
    build.ps1 -Package.

    Install from a folder feed:
        Register-PSResourceRepository -Name Local -Uri \\server\share\feed -Trusted
        Install-PSResource N2fSync -Repository Local
        Import-Module N2fSync

.EXAMPLE
    ./tools/New-ModuleNupkg.ps1 -ModuleFolder out/N2fSync -Destination out
#>
[CmdletBinding()]
[OutputType([System.IO.FileInfo])]
param(
    [Parameter(Mandatory)] [string] $ModuleFolder,
    [Parameter(Mandatory)] [string] $Destination,
    [long] $MaxBytes = 100MB
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
Add-Type -AssemblyName System.IO.Compression, System.IO.Compression.FileSystem

if (-not (Get-Command Compress-PSResource -ErrorAction SilentlyContinue)) {
    throw 'Compress-PSResource is missing: the package needs PSResourceGet 1.1 or later (PowerShell 7.6 has it; ' +
        'elsewhere Install-PSResource Microsoft.PowerShell.PSResourceGet).'
}
$source = (Resolve-Path -LiteralPath $ModuleFolder).ProviderPath.TrimEnd([IO.Path]::DirectorySeparatorChar, [IO.Path]::AltDirectorySeparatorChar)
$name = Split-Path $source -Leaf
$manifestPath = Join-Path $source "$name.psd1"
if (-not (Test-Path -LiteralPath $manifestPath -PathType Leaf)) {
    throw "No module manifest $name.psd1 in ${source}: build the module first (dotnet build)."
}
$manifest = Import-PowerShellDataFile $manifestPath
$version = $manifest.ModuleVersion
$prerelease = $manifest.PrivateData.PSData['Prerelease']
if ($prerelease) { $version = "$version-$prerelease" }

New-Item -ItemType Directory -Path $Destination -Force | Out-Null
$destinationPath = (Resolve-Path -LiteralPath $Destination).ProviderPath
$package = Join-Path $destinationPath "$name.$version.nupkg"
if (Test-Path -LiteralPath $package) { Remove-Item -LiteralPath $package -Force }
Compress-PSResource -Path $source -DestinationPath $destinationPath
if (-not (Test-Path -LiteralPath $package)) { throw "Compress-PSResource wrote no $name.$version.nupkg in $destinationPath." }

# The package is the folder: every file of it, nothing left behind (NuGet's own metadata aside).
$files = @(Get-ChildItem -LiteralPath $source -Recurse -File -Force |
    ForEach-Object { $_.FullName.Substring($source.Length + 1).Replace('\', '/') })
$archive = [System.IO.Compression.ZipFile]::OpenRead($package)
try {
    $entries = @($archive.Entries | ForEach-Object { [Uri]::UnescapeDataString($_.FullName) })
} finally {
    $archive.Dispose()
}
$missing = @($files | Where-Object { $entries -notcontains $_ })
$size = (Get-Item -LiteralPath $package).Length
if ($missing.Count -gt 0 -or $size -ge $MaxBytes) {
    Remove-Item -LiteralPath $package -Force
    if ($missing.Count -gt 0) { throw "The package lacks files of the module folder: $($missing -join ', ')" }
    throw ("{0}.{1}.nupkg is {2:N1} MB; a module package stays under {3:N0} MB." -f $name, $version, ($size / 1MB), ($MaxBytes / 1MB))
}
Write-Host ("Packaged {0} files into {1} ({2:N1} MB)." -f $files.Count, $package, ($size / 1MB))
Get-Item -LiteralPath $package
