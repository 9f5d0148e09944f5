<#
    Starts the TDS responder (tests/N2fSync.TdsResponder) as a child process: a loopback endpoint that speaks TDS 7.4
    and serves the Agresso views with SQL Server types, for Pester tests of the sqlserver source through the module.
#>
Set-StrictMode -Version 3.0

function Start-TdsResponder {
    <# Starts the responder on a free loopback port; returns its DataSource ('127.0.0.1,port'), User and Process. #>
    [CmdletBinding()]
    param([Parameter(Mandatory)] [string] $User, [Parameter(Mandatory)] [string] $Password)
    $root = Split-Path (Split-Path $PSScriptRoot -Parent) -Parent
    $dll = 'Release', 'Debug' | ForEach-Object { Join-Path $root "tests/N2fSync.TdsResponder/bin/$_/net10.0/N2fSync.TdsResponder.dll" } |
        Where-Object { Test-Path $_ } | Sort-Object { (Get-Item $_).LastWriteTimeUtc } -Descending | Select-Object -First 1
    if (-not $dll) { throw 'The TDS responder is not built: run ./build.ps1 first.' }
    $portFile = Join-Path ([IO.Path]::GetTempPath()) ("tds-responder-{0}.txt" -f [guid]::NewGuid().ToString('N'))
    $startInfo = [Diagnostics.ProcessStartInfo]::new('dotnet')
    # Arguments as one quoted string: ProcessStartInfo.ArgumentList does not exist on Windows PowerShell 5.1.
    $startInfo.Arguments = (@($dll, '--port-file', $portFile, '--parent-pid', $PID, '--user', $User) | ForEach-Object { '"{0}"' -f $_ }) -join ' '

    # The password goes through the environment, never the command line.
    $startInfo.Environment['TDS_RESPONDER_PASSWORD'] = $Password
    $startInfo.UseShellExecute = $false
    $startInfo.RedirectStandardOutput = $true
    $startInfo.RedirectStandardError = $true
    $process = [Diagnostics.Process]::Start($startInfo)
    $deadline = [DateTime]::UtcNow.AddSeconds(30)
    while (-not (Test-Path $portFile) -or -not (Get-Content $portFile -Raw)) {
        if ($process.HasExited) { throw "The TDS responder exited early: $($process.StandardError.ReadToEnd())" }
        if ([DateTime]::UtcNow -gt $deadline) { $process.Kill(); throw 'The TDS responder did not start within 30 s.' }
        Start-Sleep -Milliseconds 100
    }
    $dataSource = (Get-Content $portFile -Raw).Trim()
    Remove-Item $portFile -ErrorAction SilentlyContinue
    [pscustomobject]@{ DataSource = $dataSource; User = $User; Process = $process }
}

function Stop-TdsResponder {
    param([Parameter(Mandatory, ValueFromPipeline)] $Responder)
    process {
        if ($Responder -and -not $Responder.Process.HasExited) {
            $Responder.Process.Kill()
            $Responder.Process.WaitForExit(5000) | Out-Null
        }
    }
}
