<#
    Starts the notification receiver (tests/N2fSync.NotifyReceiver) as a child process: an SMTP server on loopback
    (STARTTLS with a self-signed certificate, a login) and an HTTP endpoint for webhooks, both recording what they
    receive. Used by the Pester tests of notify: and Send-N2fSyncNotification.
#>
Set-StrictMode -Version 3.0

Import-Module (Join-Path $PSScriptRoot 'TestServer.psm1')

function Start-NotifyReceiver {
    <# Starts the receiver; returns its HooksUrl, AdminUrl, SmtpPort, SmtpsPort and Process. #>
    [CmdletBinding()]
    param()
    $server = Start-TestServer -Name 'notification receiver' -Project 'N2fSync.NotifyReceiver'
    $urls = $server.Ready | ConvertFrom-Json
    [pscustomobject]@{
        HooksUrl = $urls.hooksUrl; AdminUrl = $urls.adminUrl; SmtpPort = $urls.smtpPort; SmtpsPort = $urls.smtpsPort; Process = $server.Process
        SmtpUser = 'n2fsync'; SmtpPassword = 'Smtp-P@ss-4711'
    }
}

function Stop-NotifyReceiver {
    param([Parameter(Mandatory, ValueFromPipeline)] [AllowNull()] $Receiver)
    process { Stop-TestServer $Receiver }
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
