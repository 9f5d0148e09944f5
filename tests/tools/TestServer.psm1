<#
    Starts one of the project's test servers (the N2F emulator, the notification receiver, the TDS responder) as a
    child process of this session and stops it. Each server writes where it listens to a file once it is ready, and
    exits by itself when its parent process does, so a crashed test run leaves nothing behind.
#>
Set-StrictMode -Version 3.0

function Start-TestServer {
    <#
    Starts tests/<Project>/bin/<Release|Debug>/net10.0/<Project>.dll (the newest build) with -Arguments, plus
    <ReadyOption> <file> and --parent-pid; waits until the server wrote that file; returns @{ Process; Ready = its text }.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [string] $Name,
        [Parameter(Mandatory)] [string] $Project,
        [string[]] $Arguments = @(),
        [string] $ReadyOption = '--url-file',
        [hashtable] $Environment = @{}
    )
    $root = Split-Path (Split-Path $PSScriptRoot -Parent) -Parent
    $dll = 'Release', 'Debug' | ForEach-Object { Join-Path $root "tests/$Project/bin/$_/net10.0/$Project.dll" } |
        Where-Object { Test-Path $_ } | Sort-Object { (Get-Item $_).LastWriteTimeUtc } -Descending | Select-Object -First 1
    if (-not $dll) { throw "The $Name is not built: run ./build.ps1 first." }
    $readyFile = Join-Path ([IO.Path]::GetTempPath()) ("$Project-{0}.ready" -f [guid]::NewGuid().ToString('N'))
    $startInfo = [Diagnostics.ProcessStartInfo]::new('dotnet')
    # Arguments as one quoted string: ProcessStartInfo.ArgumentList does not exist on Windows PowerShell 5.1.
    $startInfo.Arguments = (@($dll, $ReadyOption, $readyFile, '--parent-pid', $PID) + $Arguments | ForEach-Object { '"{0}"' -f $_ }) -join ' '
    # Secrets a server needs go through its environment, never its command line.
    foreach ($key in $Environment.Keys) { $startInfo.Environment[$key] = $Environment[$key] }
    $startInfo.UseShellExecute = $false
    $startInfo.RedirectStandardOutput = $true
    $startInfo.RedirectStandardError = $true
    $process = [Diagnostics.Process]::Start($startInfo)
    $deadline = [DateTime]::UtcNow.AddSeconds(30)
    while (-not (Test-Path $readyFile) -or -not (Get-Content $readyFile -Raw)) {
        if ($process.HasExited) { throw "The $Name exited early: $($process.StandardError.ReadToEnd())" }
        if ([DateTime]::UtcNow -gt $deadline) { $process.Kill(); throw "The $Name did not start within 30 s." }
        Start-Sleep -Milliseconds 100
    }
    $ready = (Get-Content $readyFile -Raw).Trim()
    Remove-Item $readyFile -ErrorAction SilentlyContinue
    @{ Process = $process; Ready = $ready }
}

function Stop-TestServer {
    <# Stops a server started by Start-TestServer (any object with its .Process); does nothing if it already exited. #>
    param([Parameter(Mandatory, ValueFromPipeline)] [AllowNull()] $Server)
    process {
        if ($Server -and -not $Server.Process.HasExited) {
            $Server.Process.Kill()
            $Server.Process.WaitForExit(5000) | Out-Null
        }
    }
}

Export-ModuleMember -Function Start-TestServer, Stop-TestServer
