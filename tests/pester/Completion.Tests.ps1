# Tab completion as an admin meets it: scopes from the config, keys from the store.
Describe 'Completion' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        Import-Module $script:ModuleManifest -Force
        $script:Emulator = Start-TestEmulator
        $script:Work = New-TestFolder
        $script:Config = New-TestConfig -Folder $script:Work -Emulator $script:Emulator `
            -Extra "axes:`n  vehicles: { type: VEHICULE, axis: vehicule, cultures: [fr, nl] }"
        Sync-N2fScope -Scope users -ConfigPath $script:Config -Confirm:$false -WarningAction SilentlyContinue | Out-Null

        function Get-Completion([string] $Line) {
            (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches.CompletionText
        }
    }

    AfterAll {
        Stop-TestEmulator $script:Emulator
        Remove-Item $script:Work -Recurse -Force -ErrorAction SilentlyContinue
    }

    It 'completes -Scope with the scopes of the config, the custom axis included, and all' {
        $found = Get-Completion "Sync-N2fScope -ConfigPath '$script:Config' -Scope "
        foreach ($scope in 'users', 'projects', 'plates', 'subposts', 'vehicles', 'all') { $found | Should -Contain $scope }
    }

    It 'completes -Scope from a prefix' {
        Get-Completion "Get-AgressoEntity -ConfigPath '$script:Config' -Scope pl" | Should -Be 'plates'
    }

    It 'completes -Key with the keys the store has seen' {
        $found = Get-Completion "Get-N2fSyncChange -ConfigPath '$script:Config' -Key ann"
        $found | Should -Contain 'ann.peeters@example.be'
        $found | Should -Contain 'anne-sophie.moreau@example.be'
    }

    It 'completes -RunId and -Id with the ids of the runs kept, newest first' {
        $newest = (Get-N2fSyncRun -ConfigPath $script:Config -Last 1).Id
        foreach ($line in "Get-N2fSyncChange -ConfigPath '$script:Config' -RunId ", "Get-N2fSyncRun -ConfigPath '$script:Config' -Id ",
            "Export-N2fSyncReport -ConfigPath '$script:Config' -RunId ") {
            $found = @(Get-Completion $line)
            $found[0] | Should -Be $newest
            $found | Should -Not -BeLike '*.*' -Because 'run ids, not file names'
        }
    }

    It 'reads the config a cmdlet would read: n2fsync.yaml in PowerShell''s current location' {
        Push-Location $script:Work
        $saved = $env:N2FSYNC_CONFIG
        Remove-Item Env:N2FSYNC_CONFIG -ErrorAction SilentlyContinue
        try {
            Get-Completion 'Sync-N2fScope -Scope ' | Should -Contain 'vehicles'
            Get-Completion 'Get-N2fSyncRun -Id ' | Should -Be (Get-N2fSyncRun -Last 1).Id
            Get-Completion 'Get-N2fSyncChange -Key ann' | Should -Contain 'ann.peeters@example.be'
        } finally {
            if ($saved) { $env:N2FSYNC_CONFIG = $saved }
            Pop-Location
        }
    }

    It 'completes -Outcome with the outcomes of runs on Get-N2fSyncRun and of rows on Get-N2fSyncChange' {
        Get-Completion 'Get-N2fSyncRun -Outcome ' | Should -Be @('Failed', 'PartialFailure', 'Stopped', 'Success', 'Unfinished')
        Get-Completion 'Get-N2fSyncChange -Outcome Dep' | Should -Be 'DependencyFailed'
    }

    It 'quotes a completed key with an apostrophe' {
        Get-Completion "Get-N2fSyncChange -ConfigPath '$script:Config' -Key chloe" | Should -Be "'chloe.o''neil@example.be'"
    }
}
