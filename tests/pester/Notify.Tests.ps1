# notify: and Send-N2fSyncNotification through the built module, against the N2F emulator and a real SMTP server
# (STARTTLS, a login) and webhook receiver on loopback: what is told, when, and that a notification that cannot be
# sent is a warning and a row in the store, never another outcome, and never shows a secret.
Describe 'Notifications' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        Import-Module (Join-Path $script:RepoRoot 'tests/tools/NotifyReceiver.psm1') -Force
        Import-Module $script:ModuleManifest -Force
        $script:Emulator = Start-TestEmulator
        $script:Receiver = Start-NotifyReceiver
        $script:HookToken = 'T0ALERTS/B0N2FSYNC/xoxb-Sekr3tHookToken'
        $env:N2FSYNC_WEBHOOK_URL = $script:Receiver.HooksUrl + $script:HookToken
        $env:SMTP_PASSWORD = $script:Receiver.SmtpPassword
        $script:Secrets = @($script:HookToken, $script:Receiver.SmtpPassword, 'test-secret')

        function New-NotifyConfig {
            <# A config over a CSV of users (N2F refuses marc.dupont's culture when -Refused), notifying both channels. #>
            param([switch] $Refused, [string] $Format = 'json', [string] $On = '')
            $rows = @(New-UserRow 'ann.peeters@example.be' @{ Prenom = 'Ann'; Nom = 'Peeters' }; New-UserRow "chloe.o'neil@example.be" @{ Prenom = 'Chloé'; Nom = "O'Neil" })
            if ($Refused) { $rows += New-UserRow 'marc.dupont@example.be' @{ langue = 'fr_BE_invalid' } }
            $csv = Write-UsersCsv -Folder (Join-Path $script:Work 'csv') -Rows $rows
            $notify = @"
notify:
$(if ($On) { "  on: $On" })
  webhook:
    url: `${N2FSYNC_WEBHOOK_URL}
    format: $Format
  mail:
    smtpServer: 127.0.0.1
    port: $($script:Receiver.SmtpPort)
    from: n2fsync@example.be
    to: [it-ops@example.be, Helene.Dupont@example.be]
    user: $($script:Receiver.SmtpUser)
    password: `${SMTP_PASSWORD}
"@
            New-TestConfig -Folder $script:Work -Emulator $script:Emulator -CsvFolder $csv -Extra $notify
        }

        function Invoke-Sync([string] $Config) {
            Sync-N2fScope -Scope users -ConfigPath $Config -Confirm:$false -ErrorAction SilentlyContinue -WarningVariable warned `
                -WarningAction SilentlyContinue -InformationVariable info | Out-Null
            [pscustomobject]@{
                Summary  = ($info | Where-Object Tags -contains 'Summary').MessageData
                Warnings = @($warned | ForEach-Object Message)
            }
        }
    }

    AfterAll {
        Stop-NotifyReceiver $script:Receiver
        Stop-TestEmulator $script:Emulator
        Remove-Item Env:N2FSYNC_WEBHOOK_URL, Env:SMTP_PASSWORD -ErrorAction SilentlyContinue
    }

    BeforeEach {
        Reset-TestEmulator $script:Emulator
        Clear-NotifyReceived $script:Receiver
        Set-NotifyReceiverOptions $script:Receiver
        $env:N2F_CLIENT_SECRET = 'test-secret'
        $script:Work = New-TestFolder
    }

    AfterEach {
        Remove-Item $script:Work -Recurse -Force -ErrorAction SilentlyContinue
    }

    It 'tells a run N2F partly refused, once by webhook and once by mail: outcome, counts, the refused row, target, run id, the report' {
        $config = New-NotifyConfig -Refused
        $run = Invoke-Sync $config
        $run.Summary.Outcome | Should -Be 'PartialFailure'
        $received = Get-NotifyReceived $script:Receiver
        @($received.webhooks).Count | Should -Be 1
        $hook = $received.webhooks[0].body | ConvertFrom-Json
        $hook.runId | Should -Be $run.Summary.RunId
        $hook.outcome | Should -Be 'PartialFailure'
        $hook.counts.created, $hook.counts.failed | Should -Be 2, 1
        $hook.target | Should -BeLike "$($script:Emulator.BaseUrl)*(client test-client)"
        $hook.failures[0].key | Should -Be 'marc.dupont@example.be'
        @($received.mails).Count | Should -Be 1
        $mail = $received.mails[0]
        $mail.secure | Should -BeTrue
        $mail.to | Should -Be 'it-ops@example.be', 'Helene.Dupont@example.be'
        $mail.subject | Should -Be "N2fSync PartialFailure: run $($run.Summary.RunId) (1 failed)"
        $mail.attachments[0].name | Should -Be "n2fsync-run-$($run.Summary.RunId).html"
        $mail.attachments[0].text | Should -BeLike '*marc.dupont@example.be*'
        (Get-N2fSyncRun -ConfigPath $config -Last 1).Notifications | Should -Be 'Webhook: sent; Mail: sent'
    }

    It 'sends nothing for a successful run under the default events, nor under -WhatIf' {
        $config = New-NotifyConfig
        (Invoke-Sync $config).Summary.Outcome | Should -Be 'Success'
        $refused = New-NotifyConfig -Refused
        Sync-N2fScope -Scope users -ConfigPath $refused -WhatIf -WarningAction SilentlyContinue -ErrorAction SilentlyContinue | Out-Null
        $received = Get-NotifyReceived $script:Receiver
        @($received.webhooks).Count + @($received.mails).Count | Should -Be 0
    }

    It 'tells a run whose client secret N2F refuses as Failed, with the reason and without the secret' {
        $env:N2F_CLIENT_SECRET = 'not-the-secret'
        $config = New-NotifyConfig -Format slack
        $run = Invoke-Sync $config
        $run.Summary.Outcome | Should -Be 'Failed'
        $received = Get-NotifyReceived $script:Receiver
        $slack = $received.webhooks[0].body | ConvertFrom-Json
        $slack.text | Should -Be "N2fSync Failed: run $($run.Summary.RunId)"
        ($slack.blocks | Where-Object type -eq 'section')[0].text.text | Should -Match '\*Why:\* .+'
        ($received.webhooks[0].body + $received.mails[0].raw) | Should -Not -Match 'not-the-secret'
    }

    It 'tells a run that cannot reach N2F as Failed' {
        $config = New-NotifyConfig -Format teams
        (Get-Content $config -Raw) -replace '(?m)^(\s*)baseUrl:.*$', "`$1baseUrl: 'http://127.0.0.1:9/services/api/v2/'" | Set-Content $config -Encoding utf8
        $run = Invoke-Sync $config
        $run.Summary.Outcome | Should -Be 'Failed'
        $card = ((Get-NotifyReceived $script:Receiver).webhooks[0].body | ConvertFrom-Json).attachments[0].content
        $card.body[0].text | Should -Be "N2fSync Failed: run $($run.Summary.RunId)"
        $card.body[0].color | Should -Be 'Attention'
        ($card.body[1].facts | Where-Object title -eq 'Target').value | Should -BeLike 'http://127.0.0.1:9/services/api/v2/*'
    }

    It 'warns when the SMTP server refuses, keeps the outcome and the webhook, records it, and sends it again on request' {
        Set-NotifyReceiverOptions $script:Receiver -RefuseRecipients
        $config = New-NotifyConfig -Refused
        $run = Invoke-Sync $config
        $run.Summary.Outcome | Should -Be 'PartialFailure'
        $run.Warnings | Should -Contain ($run.Warnings | Where-Object { $_ -like "The notification of run $($run.Summary.RunId) by mail to it-ops@example.be, Helene.Dupont@example.be via 127.0.0.1:* was not sent: could not send the mail: the server answered 55*Send-N2fSyncNotification -RunId $($run.Summary.RunId) sends it again." })
        @((Get-NotifyReceived $script:Receiver).webhooks).Count | Should -Be 1
        $record = Get-N2fSyncRun -ConfigPath $config -Last 1
        $record.Outcome, $record.Notifications | Should -Be 'PartialFailure', 'Webhook: sent; Mail: failed'

        Set-NotifyReceiverOptions $script:Receiver
        $again = $record | Send-N2fSyncNotification -ConfigPath $config -Channel Mail
        $again.Channel, $again.Status, $again.Reason | Should -Be 'Mail', 'Sent', 'resent'
        @((Get-NotifyReceived $script:Receiver).mails).Count | Should -Be 1
        (Get-N2fSyncRun -ConfigPath $config -Last 1).Notifications | Should -Be 'Webhook: sent; Mail: failed; Mail: sent'
    }

    It 'warns when the webhook answers 500, and Send-N2fSyncNotification reports it as NotificationFailed' {
        Set-NotifyReceiverOptions $script:Receiver -WebhookStatus 500
        $config = New-NotifyConfig -Refused
        $run = Invoke-Sync $config
        $run.Summary.Outcome | Should -Be 'PartialFailure'
        $run.Warnings | Where-Object { $_ -like '*by webhook (json) at 127.0.0.1:* was not sent: the webhook answered 500*' } | Should -Not -BeNullOrEmpty
        $result = Send-N2fSyncNotification -RunId $run.Summary.RunId -ConfigPath $config -Channel Webhook -ErrorVariable failed -ErrorAction SilentlyContinue
        $result.Status | Should -Be 'Failed'
        $failed[0].FullyQualifiedErrorId | Should -Be 'NotificationFailed,N2fSync.Commands.Commands.SendN2fSyncNotificationCommand'
        $failed[0].CategoryInfo.Category | Should -Be 'ConnectionError'
    }

    It 'never shows a secret in any stream, the store or what is sent' {
        Set-NotifyReceiverOptions $script:Receiver -WebhookStatus 500 -RefuseRecipients
        $config = New-NotifyConfig -Refused
        $all = Sync-N2fScope -Scope users -ConfigPath $config -Confirm:$false -Verbose -ErrorAction Continue *>&1 | Out-String
        $all += Send-N2fSyncNotification -Test -ConfigPath $config -Verbose -ErrorAction Continue *>&1 | Out-String
        $all += Get-N2fSyncRun -ConfigPath $config | Format-List * | Out-String
        Set-NotifyReceiverOptions $script:Receiver
        $all += Send-N2fSyncNotification -Test -ConfigPath $config | Format-List * | Out-String
        $all | Should -Match 'was not sent'
        $received = Get-NotifyReceived $script:Receiver
        $sent = (@($received.webhooks.body) + @($received.mails.raw)) -join "`n"
        $store = [IO.File]::ReadAllText((Join-Path $script:Work 'n2fsync.db'))
        foreach ($secret in $script:Secrets) {
            $all | Should -Not -Match ([regex]::Escape($secret))
            $sent | Should -Not -Match ([regex]::Escape($secret))
            $store | Should -Not -Match ([regex]::Escape($secret))
        }
    }

    Describe 'Send-N2fSyncNotification' {
        It 'sends a test message to every channel, naming the configuration' {
            $config = New-NotifyConfig
            $results = Send-N2fSyncNotification -Test -ConfigPath $config
            $results.Channel | Should -Be 'Webhook', 'Mail'
            $results.Status | Should -Be 'Sent', 'Sent'
            $received = Get-NotifyReceived $script:Receiver
            ($received.webhooks[0].body | ConvertFrom-Json).configPath | Should -Be $config
            $received.mails[0].text | Should -BeLike '*This is a test of notify: in this configuration. Nothing was synced.*'
        }

        It 'sends nothing under -WhatIf' {
            $config = New-NotifyConfig
            Send-N2fSyncNotification -Test -ConfigPath $config -WhatIf | Should -BeNullOrEmpty
            $received = Get-NotifyReceived $script:Receiver
            @($received.webhooks).Count + @($received.mails).Count | Should -Be 0
        }

        It 'ends with NotifyNotConfigured when the configuration has no notify: channel' {
            $config = New-TestConfig -Folder $script:Work -Emulator $script:Emulator
            { Send-N2fSyncNotification -Test -ConfigPath $config -ErrorAction Stop } |
                Should -Throw -ErrorId 'NotifyNotConfigured,N2fSync.Commands.Commands.SendN2fSyncNotificationCommand'
        }

        It 'writes RunNotFound for a run the store does not have' {
            $config = New-NotifyConfig
            Invoke-Sync $config | Out-Null
            Send-N2fSyncNotification -RunId 'no-such-run' -ConfigPath $config -ErrorVariable missing -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $missing[0].FullyQualifiedErrorId | Should -Be 'RunNotFound,N2fSync.Commands.Commands.SendN2fSyncNotificationCommand'
        }
    }
}
