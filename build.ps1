<#
.SYNOPSIS
    Builds N2fSync, runs its tests, runs the demo, or packages the module.
.DESCRIPTION
    Here (a machine with only the .NET SDK):  dotnet tool restore; dotnet pwsh -NoProfile -File ./build.ps1 -Test
    On an admin's machine with PowerShell:     ./build.ps1 -Test
    The module is laid out at out/N2fSync/ by every build.
.EXAMPLE
    ./build.ps1                 # build only
.EXAMPLE
    ./build.ps1 -Test           # build, xUnit, then Pester in a fresh pwsh; prints 'N passed, N failed'
.EXAMPLE
    ./build.ps1 -Demo           # build, start the N2F emulator, run the README's commands on the sample Agresso data
.EXAMPLE
    ./build.ps1 -Package        # build, then out/N2fSync.zip (Azure Automation) and out/N2fSync.<version>.nupkg (a feed)
#>
[CmdletBinding()]
param(
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',
    [switch] $Test,
    [switch] $Demo,
    [switch] $Package,
    [switch] $Clean,
    # Pester files or folders to run instead of the whole tests/pester folder.
    [string[]] $PesterPath
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$root = $PSScriptRoot
$out = Join-Path $root 'out'

function Invoke-Native([string] $What, [scriptblock] $Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)." }
}

if ($Clean -and (Test-Path $out)) { Remove-Item $out -Recurse -Force }

Write-Host "Building N2fSync ($Configuration)..."
Invoke-Native 'dotnet build' { dotnet build (Join-Path $root 'N2fSync.slnx') -c $Configuration --nologo -v:q -clp:ErrorsOnly }
Write-Host "Module laid out at $(Join-Path $out 'N2fSync')"

if ($Test) {
    $results = Join-Path $out 'test-results'
    if (Test-Path $results) { Remove-Item $results -Recurse -Force }
    New-Item -ItemType Directory -Path $results -Force | Out-Null

    Write-Host 'Running xUnit tests...'
    $trx = 'xunit.trx'
    dotnet test (Join-Path $root 'tests/N2fSync.Core.Tests') -c $Configuration --no-build --nologo `
        --logger "trx;LogFileName=$trx" --results-directory $results
    $xunitExit = $LASTEXITCODE
    $xunitPassed = 0; $xunitFailed = 0
    $trxFile = Join-Path $results $trx
    if (Test-Path $trxFile) {
        $counters = ([xml](Get-Content $trxFile -Raw)).TestRun.ResultSummary.Counters
        $xunitPassed = [int]$counters.passed
        $xunitFailed = [int]$counters.failed + [int]$counters.error + [int]$counters.timeout
    } elseif ($xunitExit -ne 0) {
        $xunitFailed = 1
    }
    if ($xunitExit -ne 0 -and $xunitFailed -eq 0) { $xunitFailed = 1 }

    Write-Host 'Running Pester tests in a fresh pwsh...'
    $pesterSummary = Join-Path $results 'pester.json'
    $runner = Join-Path $root 'tests/tools/Invoke-PesterSuite.ps1'
    $pwsh = & (Join-Path $root 'tests/tools/Get-PwshPath.ps1')
    $paths = if ($PesterPath) { $PesterPath } else { @(Join-Path $root 'tests/pester') }
    & $pwsh -NoProfile -NonInteractive -File $runner -Path $paths -SummaryPath $pesterSummary
    $pesterPassed = 0; $pesterFailed = 1
    if (Test-Path $pesterSummary) {
        $summary = Get-Content $pesterSummary -Raw | ConvertFrom-Json
        $pesterPassed = [int]$summary.Passed
        $pesterFailed = [int]$summary.Failed
    }

    $passed = $xunitPassed + $pesterPassed
    $failed = $xunitFailed + $pesterFailed
    Write-Host "xUnit: $xunitPassed passed, $xunitFailed failed; Pester: $pesterPassed passed, $pesterFailed failed"
    Write-Output "$passed passed, $failed failed"
    if ($failed -gt 0) { exit 1 }
}

if ($Demo) {
    & (Join-Path $root 'samples/Invoke-N2fSyncDemo.ps1') -Configuration $Configuration
    # The demo exits 1 when a README statement failed or its last run still wrote: so does the build.
    if ($LASTEXITCODE) { exit $LASTEXITCODE }
}

if ($Package) {
    # The zip Azure Automation imports, and the .nupkg PSResourceGet installs from a feed.
    & (Join-Path $root 'tools/New-ModulePackage.ps1') -ModuleFolder (Join-Path $out 'N2fSync') -Destination $out | Out-Null
    if (Get-Command Compress-PSResource -ErrorAction SilentlyContinue) {
        & (Join-Path $root 'tools/New-ModuleNupkg.ps1') -ModuleFolder (Join-Path $out 'N2fSync') -Destination $out | Out-Null
    } else {
        Write-Warning 'No .nupkg: it needs PSResourceGet 1.1 or later (PowerShell 7.6 has it). The zip is written.'
    }
}
