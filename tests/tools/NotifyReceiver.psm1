<#
    Starts the notification receiver (tests/N2fSync.NotifyReceiver) as a child process: an SMTP server on loopback
    (STARTTLS with a self-signed certificate, a login) and an HTTP endpoint for webhooks, both recording what they
    receive. Used by the Pester tests of notify: and Send-N2fSyncNotification.
#>
Set-StrictMode -Version 3.0

function Start-NotifyReceiver {
    <# Starts the receiver; returns its HooksUrl, AdminUrl, SmtpPort, SmtpsPort and Process. #>
    [CmdletBinding()]
    param()
    $root = Split-Path (Split-Path $PSScriptRoot -Parent) -Parent
    $dll = 'Release', 'Debug' | ForEach-Object { Join-Path $root "tests/N2fSync.NotifyReceiver/bin/$_/net10.0/N2fSync.NotifyReceiver.dll" } |
        Where-Object { Test-Path $_ } | Sort-Object { (Get-Item $_).LastWriteTimeUtc } -Descending | Select-Object -First 1
    if (-not $dll) { throw 'The notification receiver is not built: run ./build.ps1 first.' }
    $urlFile = Join-Path ([IO.Path]::GetTempPath()) ("notify-receiver-{0}.json" -f [guid]::NewGuid().ToString('N'))
    $startInfo = [Diagnostics.ProcessStartInfo]::new('dotnet')
    # Arguments as one quoted string: ProcessStartInfo.ArgumentList does not exist on Windows PowerShell 5.1.
    $startInfo.Arguments = (@($dll, '--url-file', $urlFile, '--parent-pid', $PID) | ForEach-Object { '"{0}"' -f $_ }) -join ' '
    $startInfo.UseShellExecute = $false
    $startInfo.RedirectStandardOutput = $true
    $startInfo.RedirectStandardError = $true
    $process = [Diagnostics.Process]::Start($startInfo)
    $deadline = [DateTime]::UtcNow.AddSeconds(30)
    while (-not (Test-Path $urlFile)) {
        if ($process.HasExited) { throw "The notification receiver exited early: $($process.StandardError.ReadToEnd())" }
        if ([DateTime]::UtcNow -gt $deadline) { $process.Kill(); throw 'The notification receiver did not start within 30 s.' }
        Start-Sleep -Milliseconds 100
    }
    $urls = Get-Content $urlFile -Raw | ConvertFrom-Json
    Remove-Item $urlFile -ErrorAction SilentlyContinue
    [pscustomobject]@{
        HooksUrl = $urls.hooksUrl; AdminUrl = $urls.adminUrl; SmtpPort = $urls.smtpPort; SmtpsPort = $urls.smtpsPort; Process = $process
        SmtpUser = 'n2fsync'; SmtpPassword = 'Smtp-P@ss-4711'
    }
}

function Stop-NotifyReceiver {
    param([Parameter(Mandatory, ValueFromPipeline)] $Receiver)
    process {
        if ($Receiver -and -not $Receiver.Process.HasExited) {
            $Receiver.Process.Kill()
            $Receiver.Process.WaitForExit(5000) | Out-Null
        }
    }
}

function Get-NotifyReceived {
    <# What the receiver got so far: .mails (from, to, subject, text, attachments, secure, user) and .webhooks (path, body). #>
    param([Parameter(Mandatory)] $Receiver)
    Invoke-RestMethod -Uri ($Receiver.AdminUrl + 'received')
}

function Clear-NotifyReceived {
    param([Parameter(Mandatory)] $Receiver)
    Invoke-RestMethod -Uri ($Receiver.AdminUrl + 'received') -Method DELETE | Out-Null
}

function Set-NotifyReceiverOptions {
    <# How the receiver answers: -WebhookStatus 500 plays a broken endpoint, -RefuseRecipients an SMTP server that will not relay. #>
    param([Parameter(Mandatory)] $Receiver, [int] $WebhookStatus = 200, [switch] $RefuseRecipients)
    $body = @{ webhookStatus = $WebhookStatus; refuseRecipients = [bool]$RefuseRecipients
        smtpUser = $Receiver.SmtpUser; smtpPassword = $Receiver.SmtpPassword } | ConvertTo-Json
    Invoke-RestMethod -Uri ($Receiver.AdminUrl + 'options') -Method POST -Body $body -ContentType 'application/json' | Out-Null
}

Export-ModuleMember -Function Start-NotifyReceiver, Stop-NotifyReceiver, Get-NotifyReceived, Clear-NotifyReceived, Set-NotifyReceiverOptions
