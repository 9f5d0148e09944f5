# Path of a Pester 5+ module: an installed one if present, else restored from NuGet into the packages folder.
$installed = Get-Module Pester -ListAvailable | Where-Object Version -ge '5.5.0' | Sort-Object Version -Descending |
    Select-Object -First 1
if ($installed) { return $installed.Path }

$proj = Join-Path $PSScriptRoot 'Pester.proj'
dotnet restore $proj --nologo -v:q | Out-Host
if ($LASTEXITCODE -ne 0) { throw 'Restoring Pester from NuGet failed.' }
$packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages' }
$manifest = Get-ChildItem (Join-Path $packages 'pester') -Directory | Sort-Object { [version]$_.Name } -Descending |
    ForEach-Object { Join-Path $_.FullName 'tools/Pester.psd1' } | Where-Object { Test-Path $_ } | Select-Object -First 1
if (-not $manifest) { throw "Pester was restored but tools/Pester.psd1 was not found under $packages/pester." }
$manifest
