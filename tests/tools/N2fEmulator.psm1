<#
    Starts and drives the N2F API emulator (tests/N2fSync.Emulator) as a child process, through its admin
    endpoints (/_emulator/...). Used by the Pester suite and the demo.
#>
Set-StrictMode -Version 3.0

Import-Module (Join-Path $PSScriptRoot 'TestServer.psm1')

function Start-N2fEmulator {
    <# Starts the emulator on a free loopback port; returns its BaseUrl, AdminUrl and Process. #>
    [CmdletBinding()]
    param([switch] $SeedReference)
    $server = Start-TestServer -Name 'N2F emulator' -Project 'N2fSync.Emulator' -Arguments @(if ($SeedReference) { '--seed-reference' })
    $uri = [Uri]$server.Ready
    [pscustomobject]@{
        BaseUrl  = $server.Ready
        AdminUrl = "$($uri.Scheme)://$($uri.Authority)/_emulator"
        Process  = $server.Process
    }
}

function Stop-N2fEmulator {
    param([Parameter(Mandatory, ValueFromPipeline)] [AllowNull()] $Emulator)
    process { Stop-TestServer $Emulator }
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
