<#
    Starts the TDS responder (tests/N2fSync.TdsResponder) as a child process: a loopback endpoint that speaks TDS 7.4
    and serves the Agresso views with SQL Server types, for Pester tests of the sqlserver source through the module.
#>
Set-StrictMode -Version 3.0

Import-Module (Join-Path $PSScriptRoot 'TestServer.psm1')

function Start-TdsResponder {
    <# Starts the responder on a free loopback port; returns its DataSource ('127.0.0.1,port'), User and Process. #>
    [CmdletBinding()]
    param([Parameter(Mandatory)] [string] $User, [Parameter(Mandatory)] [string] $Password)
    $server = Start-TestServer -Name 'TDS responder' -Project 'N2fSync.TdsResponder' -ReadyOption '--port-file' `
        -Arguments @('--user', $User) -Environment @{ TDS_RESPONDER_PASSWORD = $Password }
    [pscustomobject]@{ DataSource = $server.Ready; User = $User; Process = $server.Process }
}

function Stop-TdsResponder {
    param([Parameter(Mandatory, ValueFromPipeline)] [AllowNull()] $Responder)
    process { Stop-TestServer $Responder }
}

Export-ModuleMember -Function Start-TdsResponder, Stop-TdsResponder
