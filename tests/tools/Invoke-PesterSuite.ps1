<#
.SYNOPSIS
    Runs the Pester suite in this (fresh) session and writes a small JSON summary for build.ps1.
    Pester comes from NuGet (tests/tools/Pester.proj) when it is not installed.
#>
param(
    [Parameter(Mandatory)] [string[]] $Path,
    [Parameter(Mandatory)] [string] $SummaryPath
)
$ErrorActionPreference = 'Stop'
$pester = & (Join-Path $PSScriptRoot 'Get-PesterModule.ps1')
Import-Module $pester -MinimumVersion 5.5 -Force

$configuration = New-PesterConfiguration
$configuration.Run.Path = $Path
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Detailed'
$configuration.TestResult.Enabled = $true
$configuration.TestResult.OutputFormat = 'NUnitXml'
$configuration.TestResult.OutputPath = [IO.Path]::ChangeExtension($SummaryPath, '.xml')
$result = Invoke-Pester -Configuration $configuration

# Containers that failed to run (a broken BeforeAll, a syntax error) count as failures too.
$failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
@{ Passed = $result.PassedCount; Failed = $failed; Skipped = $result.SkippedCount } |
    ConvertTo-Json | Set-Content -Path $SummaryPath -Encoding utf8
