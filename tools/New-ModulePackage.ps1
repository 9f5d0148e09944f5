<#
.SYNOPSIS
    Packs the built module folder into <Destination>/<ModuleName>.zip, the shape Azure Automation imports.

.DESCRIPTION
    Azure Automation wants a zip named after the module whose single root folder is the module folder
    (N2fSync.zip -> N2fSync/N2fSync.psd1, N2fSync/N2fSync.Commands.dll, ...), under 100 MB, with no path inside
    longer than 140 characters. This script builds exactly that, with "/" separators on every platform, checks
    the limits, and fails (removing the zip) when one is broken. Called by build.ps1 -Package.

.EXAMPLE
    ./tools/New-ModulePackage.ps1 -ModuleFolder out/N2fSync -Destination out
#>
[CmdletBinding()]
[OutputType([System.IO.FileInfo])]
param(
    [Parameter(Mandatory)] [string] $ModuleFolder,
    [Parameter(Mandatory)] [string] $Destination,
    # Azure Automation's limits; parameters only so the tests can prove the checks work.
    [long] $MaxBytes = 100MB,
    [int] $MaxPathLength = 140
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
Add-Type -AssemblyName System.IO.Compression, System.IO.Compression.FileSystem

$source = (Resolve-Path -LiteralPath $ModuleFolder).ProviderPath.TrimEnd([IO.Path]::DirectorySeparatorChar, [IO.Path]::AltDirectorySeparatorChar)
$name = Split-Path $source -Leaf
if (-not (Test-Path -LiteralPath (Join-Path $source "$name.psd1") -PathType Leaf)) {
    throw "No module manifest $name.psd1 in ${source}: build the module first (dotnet build)."
}

$entries = foreach ($file in Get-ChildItem -LiteralPath $source -Recurse -File -Force) {
    $relative = $file.FullName.Substring($source.Length + 1).Replace('\', '/')
    [pscustomobject]@{ Path = $file.FullName; Entry = "$name/$relative" }
}
$tooLong = @($entries | Where-Object { $_.Entry.Length -ge $MaxPathLength })
if ($tooLong.Count -gt 0) {
    throw "Paths of $MaxPathLength characters or more are refused by Azure Automation: $(($tooLong.Entry) -join ', ')"
}

New-Item -ItemType Directory -Path $Destination -Force | Out-Null
$zipPath = Join-Path (Resolve-Path -LiteralPath $Destination).ProviderPath "$name.zip"
if (Test-Path -LiteralPath $zipPath) { Remove-Item -LiteralPath $zipPath -Force }

$archive = [System.IO.Compression.ZipFile]::Open($zipPath, [System.IO.Compression.ZipArchiveMode]::Create)
try {
    foreach ($item in $entries | Sort-Object Entry) {
        [System.IO.Compression.ZipFileExtensions]::CreateEntryFromFile($archive, $item.Path, $item.Entry,
            [System.IO.Compression.CompressionLevel]::Optimal) | Out-Null
    }
} finally {
    $archive.Dispose()
}

$zip = Get-Item -LiteralPath $zipPath
if ($zip.Length -ge $MaxBytes) {
    Remove-Item -LiteralPath $zipPath -Force
    throw ("{0} is {1:N1} MB; Azure Automation imports modules under {2:N0} MB." -f $zip.Name, ($zip.Length / 1MB), ($MaxBytes / 1MB))
}
Write-Host ("Packaged {0} files into {1} ({2:N1} MB)." -f @($entries).Count, $zip.FullName, ($zip.Length / 1MB))
$zip
