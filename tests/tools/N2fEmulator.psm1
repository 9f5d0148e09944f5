<#
    Starts and drives the N2F API emulator (tests/N2fSync.Emulator) as a child process, through its admin
    endpoints (/_emulator/...). Used by the Pester suite and the demo.
#>
Set-StrictMode -Version 3.0

function Get-N2fEmulatorAssembly {
    $root = Split-Path (Split-Path $PSScriptRoot -Parent) -Parent
    $candidates = 'Release', 'Debug' | ForEach-Object {
        Join-Path $root "tests/N2fSync.Emulator/bin/$_/net10.0/N2fSync.Emulator.dll"
    } | Where-Object { Test-Path $_ }
    $found = $candidates | Sort-Object { (Get-Item $_).LastWriteTimeUtc } -Descending | Select-Object -First 1
    if (-not $found) { throw 'The emulator is not built: run ./build.ps1 first.' }
    $found
}

function Start-N2fEmulator {
    <# Starts the emulator on a free loopback port; returns its BaseUrl, AdminUrl and Process. #>
    [CmdletBinding()]
    param([switch] $SeedReference)
    $dll = Get-N2fEmulatorAssembly
    $urlFile = Join-Path ([IO.Path]::GetTempPath()) ("n2f-emulator-{0}.url" -f [guid]::NewGuid().ToString('N'))
    $arguments = @($dll, '--url-file', $urlFile, '--parent-pid', $PID)
    if ($SeedReference) { $arguments += '--seed-reference' }
    $startInfo = [Diagnostics.ProcessStartInfo]::new('dotnet')
    # Arguments as one quoted string: ProcessStartInfo.ArgumentList does not exist on Windows PowerShell 5.1.
    $startInfo.Arguments = ($arguments | ForEach-Object { '"{0}"' -f $_ }) -join ' '

    $startInfo.UseShellExecute = $false
    $startInfo.RedirectStandardOutput = $true
    $startInfo.RedirectStandardError = $true
    $process = [Diagnostics.Process]::Start($startInfo)
    $deadline = [DateTime]::UtcNow.AddSeconds(30)
    while (-not (Test-Path $urlFile)) {
        if ($process.HasExited) { throw "The N2F emulator exited early: $($process.StandardError.ReadToEnd())" }
        if ([DateTime]::UtcNow -gt $deadline) { $process.Kill(); throw 'The N2F emulator did not start within 30 s.' }
        Start-Sleep -Milliseconds 100
    }
    $baseUrl = (Get-Content $urlFile -Raw).Trim()
    Remove-Item $urlFile -ErrorAction SilentlyContinue
    $uri = [Uri]$baseUrl
    [pscustomobject]@{
        BaseUrl  = $baseUrl
        AdminUrl = "$($uri.Scheme)://$($uri.Authority)/_emulator"
        Process  = $process
    }
}

function Stop-N2fEmulator {
    param([Parameter(Mandatory, ValueFromPipeline)] $Emulator)
    process {
        if ($Emulator -and -not $Emulator.Process.HasExited) {
            $Emulator.Process.Kill()
            $Emulator.Process.WaitForExit(5000) | Out-Null
        }
    }
}

function Invoke-N2fEmulatorAdmin {
    param([Parameter(Mandatory)] $Emulator, [Parameter(Mandatory)] [string] $Path, [string] $Method = 'GET', $Body)
    $parameters = @{ Uri = "$($Emulator.AdminUrl)/$Path"; Method = $Method }
    if ($PSBoundParameters.ContainsKey('Body')) {
        $parameters.Body = if ($Body -is [string]) { $Body } else { $Body | ConvertTo-Json -Depth 10 }
        $parameters.ContentType = 'application/json; charset=utf-8'
    }
    Invoke-RestMethod @parameters
}

function Get-N2fEmulatorState { param([Parameter(Mandatory)] $Emulator) Invoke-N2fEmulatorAdmin $Emulator 'state' }

function Set-N2fEmulatorState {
    param([Parameter(Mandatory)] $Emulator, [Parameter(Mandatory)] $State)
    Invoke-N2fEmulatorAdmin $Emulator 'state' -Method POST -Body $State | Out-Null
}

function Get-N2fEmulatorRequests { param([Parameter(Mandatory)] $Emulator) Invoke-N2fEmulatorAdmin $Emulator 'requests' }

function Clear-N2fEmulatorRequests {
    param([Parameter(Mandatory)] $Emulator)
    Invoke-N2fEmulatorAdmin $Emulator 'requests' -Method DELETE | Out-Null
}

function Set-N2fEmulatorOptions {
    param([Parameter(Mandatory)] $Emulator, [Parameter(Mandatory)] [hashtable] $Options)
    Invoke-N2fEmulatorAdmin $Emulator 'options' -Method POST -Body $Options | Out-Null
}

function Invoke-N2fEmulatorApi {
    <# Calls the emulated N2F API as a client would (auth, then the call): for seeding drift in tests and the demo. #>
    param(
        [Parameter(Mandatory)] $Emulator,
        [Parameter(Mandatory)] [string] $Path,
        [string] $Method = 'GET',
        $Body,
        [string] $ClientId = 'test-client',
        [string] $ClientSecret = 'test-secret'
    )
    $auth = Invoke-RestMethod -Uri ($Emulator.BaseUrl + 'auth') -Method POST -ContentType 'application/json' `
        -Body (@{ client_id = $ClientId; client_secret = $ClientSecret } | ConvertTo-Json)
    $parameters = @{
        Uri     = $Emulator.BaseUrl + $Path
        Method  = $Method
        Headers = @{ Authorization = "Bearer $($auth.response.token)" }
    }
    if ($PSBoundParameters.ContainsKey('Body')) {
        $parameters.Body = [Text.Encoding]::UTF8.GetBytes(($Body | ConvertTo-Json -Depth 10))
        $parameters.ContentType = 'application/json; charset=utf-8'
    }
    Invoke-RestMethod @parameters
}

Export-ModuleMember -Function Start-N2fEmulator, Stop-N2fEmulator, Invoke-N2fEmulatorAdmin, Get-N2fEmulatorState,
    Set-N2fEmulatorState, Get-N2fEmulatorRequests, Clear-N2fEmulatorRequests, Set-N2fEmulatorOptions, Invoke-N2fEmulatorApi
