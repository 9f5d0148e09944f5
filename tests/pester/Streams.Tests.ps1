# What Sync-N2fScope writes to each stream, as a hosted PowerShell (a runbook host, an IDE) receives it.
Describe 'Streams of a sync run' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        Import-Module $script:ModuleManifest -Force
        $script:Emulator = Start-TestEmulator

        function Invoke-Hosted([string] $Script, [switch] $InJob) {
            $ps = [powershell]::Create()
            if ($InJob) { $null = $ps.AddScript('$PSPrivateMetadata = @{ JobId = [guid]::NewGuid() }').AddStatement() }
            $null = $ps.AddScript("Import-Module '$script:ModuleManifest'; $Script")
            $output = $ps.Invoke()
            [pscustomobject]@{ Output = $output; Streams = $ps.Streams }
            $ps.Dispose()
        }
    }

    AfterAll {
        Stop-TestEmulator $script:Emulator
    }

    BeforeEach {
        Reset-TestEmulator $script:Emulator
        $script:Work = New-TestFolder
        $script:Config = New-TestConfig -Folder $script:Work -Emulator $script:Emulator
    }

    AfterEach { Remove-Item $script:Work -Recurse -Force -ErrorAction SilentlyContinue }

    It 'writes progress with done/total and an ETA from the write quota, and completes it' {
        $run = Invoke-Hosted "Sync-N2fScope -Scope users -ConfigPath '$script:Config' -Confirm:`$false -WarningAction SilentlyContinue"
        $records = @($run.Streams.Progress)
        $records.Count | Should -BeGreaterThan 1
        $first = $records | Where-Object RecordType -eq Processing | Select-Object -First 1
        $first.StatusDescription | Should -BeLike 'users: 0 of * changes applied; about * left at the current write quota'
        $first.SecondsRemaining | Should -BeGreaterOrEqual 0
        $records[-1].RecordType | Should -Be 'Completed'
    }

    It 'writes no progress inside a job or an Azure Automation sandbox' {
        $run = Invoke-Hosted "Sync-N2fScope -Scope users -ConfigPath '$script:Config' -Confirm:`$false -WarningAction SilentlyContinue" -InJob
        @($run.Streams.Progress).Count | Should -Be 0
        @($run.Output).Count | Should -BeGreaterThan 0
    }

    It 'writes one verbose line per API call with method, path, status and duration' {
        $run = Invoke-Hosted "Get-N2fEntity -Scope users -ConfigPath '$script:Config' -Verbose"
        $lines = $run.Streams.Verbose.Message
        $lines | Should -Contain ($lines | Where-Object { $_ -match '^N2F GET users\?start=0&limit=200 -> 200 \(\d+ ms\)$' } | Select-Object -First 1)
        $lines -match '^N2F POST auth -> 200' | Should -Not -BeNullOrEmpty
    }

    It 'puts only results on the output stream and the summary on the information stream' {
        $run = Invoke-Hosted "Sync-N2fScope -Scope users -ConfigPath '$script:Config' -Confirm:`$false -WarningAction SilentlyContinue"
        $run.Output | ForEach-Object { $_.GetType().Name } | Sort-Object -Unique | Should -Be 'SyncResult'
        $summary = ($run.Streams.Information | Where-Object Tags -contains 'Summary').MessageData
        $summary.Created | Should -Be 25
        $summary.Outcome | Should -Be 'Success'
        $summary.ApiWrites | Should -Be 25
    }
}
