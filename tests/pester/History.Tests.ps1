# Export-N2fSyncReport -History as an admin calls it: which runs the page covers, and what it refuses.
# (How the page renders in a browser: ReportBrowser.Tests.ps1.)
Describe 'Export-N2fSyncReport -History' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        Import-Module $script:ModuleManifest -Force
        $script:Emulator = Start-TestEmulator
        $script:Work = New-TestFolder
        $script:Config = New-TestConfig -Folder $script:Work -Emulator $script:Emulator
        # Three runs: the first load, then two with nothing to do.
        1..3 | ForEach-Object { Sync-N2fScope -Scope users -ConfigPath $script:Config -Confirm:$false -WarningAction SilentlyContinue | Out-Null }
        $script:Runs = @(Get-N2fSyncRun -ConfigPath $script:Config)

        function Get-RunIds([string] $Html) {
            <# The run ids of the runs table, newest first. #>
            @([regex]::Matches($Html, '<div class="note">([0-9a-f]{12})</div>') | ForEach-Object { $_.Groups[1].Value })
        }
    }

    AfterAll {
        Stop-TestEmulator $script:Emulator
        Remove-Item $script:Work -Recurse -Force -ErrorAction SilentlyContinue
    }

    It 'covers every run kept, newest first in its table, and returns the file with -PassThru' {
        $file = Export-N2fSyncReport -History -ConfigPath $script:Config -Path (Join-Path $script:Work 'all.html') -PassThru
        $file | Should -BeOfType [IO.FileInfo]
        Get-RunIds (Get-Content $file.FullName -Raw) | Should -Be $script:Runs.Id
    }

    It 'takes the newest runs with -Last' {
        $path = Join-Path $script:Work 'last.html'
        Export-N2fSyncReport -History -Last 2 -ConfigPath $script:Config -Path $path
        Get-RunIds (Get-Content $path -Raw) | Should -Be $script:Runs[0..1].Id
    }

    It 'takes the runs started since a time with -Since' {
        $path = Join-Path $script:Work 'since.html'
        Export-N2fSyncReport -History -Since $script:Runs[1].StartedAt.UtcDateTime -ConfigPath $script:Config -Path $path
        Get-RunIds (Get-Content $path -Raw) | Should -Be $script:Runs[0..1].Id
    }

    It 'refuses another format than HTML with HistoryNotHtml' {
        $path = Join-Path $script:Work 'history.csv'
        Export-N2fSyncReport -History -ConfigPath $script:Config -Path $path -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems[0].FullyQualifiedErrorId | Should -Be 'HistoryNotHtml,N2fSync.Commands.Commands.ExportN2fSyncReportCommand'
        $path | Should -Not -Exist
    }

    It 'writes nothing under -WhatIf' {
        $path = Join-Path $script:Work 'whatif.html'
        Export-N2fSyncReport -History -ConfigPath $script:Config -Path $path -WhatIf
        $path | Should -Not -Exist
    }

    It 'says there is no run for a configuration without a store' {
        $folder = Join-Path $script:Work 'new'
        New-Item -ItemType Directory -Path $folder | Out-Null
        $config = New-TestConfig -Folder $folder -Emulator $script:Emulator
        $path = Join-Path $folder 'history.html'
        Export-N2fSyncReport -History -ConfigPath $config -Path $path
        Get-Content $path -Raw | Should -BeLike '*No run in this period*'
        Join-Path $folder 'n2fsync.db' | Should -Not -Exist
    }
}
