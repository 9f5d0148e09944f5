# An erasure request, as an EU admin answers it: Remove-N2fSyncPersonalData against a store filled by a real sync of
# the sample Agresso data into the emulator.
Describe 'Remove-N2fSyncPersonalData' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        Import-Module $script:ModuleManifest -Force
        $script:Emulator = Start-TestEmulator
        $script:Folders = [Collections.Generic.List[string]]::new()

        function New-SyncedStore {
            <# A config and a store holding one sync of the sample users (Ann manages Jean-Luc, Bart, Élise and Chloé). #>
            Reset-TestEmulator $script:Emulator
            $folder = New-TestFolder
            $script:Folders.Add($folder)
            $config = New-TestConfig -Folder $folder -Emulator $script:Emulator
            Sync-N2fScope -Scope users -ConfigPath $config -Confirm:$false -WarningAction SilentlyContinue | Out-Null
            # A Compare fills the cache with the users list N2F answers.
            Get-AgressoEntity -Scope users -ConfigPath $config | Compare-N2fPayload -ConfigPath $config | Out-Null
            $config
        }
    }

    AfterAll {
        Stop-TestEmulator $script:Emulator
        $script:Folders | Remove-Item -Recurse -Force -ErrorAction SilentlyContinue
    }

    Context 'on a store with a night of history' {
        BeforeAll {
            $script:Config = New-SyncedStore
            $script:RunBefore = Get-N2fSyncRun -ConfigPath $script:Config -Last 1
            $script:Erased = Remove-N2fSyncPersonalData -Key 'Ann.Peeters@Example.be' -ConfigPath $script:Config -Confirm:$false
        }

        It 'says what it removed, place by place' {
            $script:Erased.PSObject.TypeNames[0] | Should -Be 'N2fSync.Store.PersonalDataErasure'
            $script:Erased.Key | Should -Be 'ann.peeters@example.be'
            $script:Erased.JournalRows | Should -Be 1
            $script:Erased.CachedLists | Should -Contain 'users'
            ($script:Erased | Out-String) | Should -Match 'Journal\s+: 1 row\(s\) removed, 4 mention\(s\) replaced'
        }

        It 'leaves nothing of the person in the history' {
            @(Get-N2fSyncChange -ConfigPath $script:Config -Key 'ann.peeters@example.be').Count | Should -Be 0
        }

        It 'replaces the address where a colleague names the person as manager' {
            $jeanLuc = Get-N2fSyncChange -ConfigPath $script:Config -Key 'jean-luc.dubois@example.be'
            ($jeanLuc.Differences | Where-Object Field -eq managerMail).AgressoValue | Should -Be '(erased)'
        }

        It 'keeps the run and its counts' {
            $after = Get-N2fSyncRun -ConfigPath $script:Config -Last 1
            $after.Id | Should -Be $script:RunBefore.Id
            $after.Created | Should -Be $script:RunBefore.Created
        }

        It 'finds nothing more the second time' {
            (Remove-N2fSyncPersonalData -Key 'ann.peeters@example.be' -ConfigPath $script:Config -Confirm:$false).Total | Should -Be 0
        }
    }

    It 'removes nothing under -WhatIf' {
        $config = New-SyncedStore
        Remove-N2fSyncPersonalData -Key 'chloe.o''neil@example.be' -ConfigPath $config -WhatIf | Should -BeNullOrEmpty
        @(Get-N2fSyncChange -ConfigPath $config -Key "chloe.o'neil@example.be").Count | Should -Be 1
    }

    It 'erases each person once when their changes are piped in' {
        $config = New-SyncedStore
        $bart = Get-N2fSyncChange -ConfigPath $config -Key 'bart.desmet@example.be'
        $erased = @(@($bart, $bart, 'elise.dupont@example.be') | Remove-N2fSyncPersonalData -ConfigPath $config -Confirm:$false)
        $erased.Key | Should -Be 'bart.desmet@example.be', 'elise.dupont@example.be'
        @(Get-N2fSyncChange -ConfigPath $config -Key 'bart.desmet@example.be').Count | Should -Be 0
    }

    It 'refuses a fragment of an address with PersonalDataKeyInvalid and erases the other keys' {
        $config = New-SyncedStore
        $erased = Remove-N2fSyncPersonalData -Key 'ann', 'tom.dewilde@example.be' -ConfigPath $config -Confirm:$false `
            -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems[0].FullyQualifiedErrorId | Should -Be 'PersonalDataKeyInvalid,N2fSync.Commands.Commands.RemoveN2fSyncPersonalDataCommand'
        $problems[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $erased.Key | Should -Be 'tom.dewilde@example.be'
        @(Get-N2fSyncChange -ConfigPath $config -Key 'ann.peeters@example.be').Count | Should -Be 1
    }

    It 'stops with RunInProgress while a run holds the store, erasing nothing' {
        $config = New-SyncedStore
        $store = Join-Path (Split-Path $config) 'n2fsync.db'
        $held = [IO.FileStream]::new("$store.lock", 'OpenOrCreate', 'ReadWrite', 'None')
        try {
            Set-Content "$store.lock.json" 'run 5f11341a0f45 started 2026-11-30 01:00:00Z by process 4711 on AGRESSO-JOB01'
            { Remove-N2fSyncPersonalData -Key 'ann.peeters@example.be' -ConfigPath $config -Confirm:$false -ErrorAction Stop } |
                Should -Throw -ErrorId 'RunInProgress,N2fSync.Commands.Commands.RemoveN2fSyncPersonalDataCommand' -ExpectedMessage '*5f11341a0f45*'
        } finally {
            $held.Dispose()
        }
        @(Get-N2fSyncChange -ConfigPath $config -Key 'ann.peeters@example.be').Count | Should -Be 1
    }

    It 'answers with nothing removed when the configuration has no store yet' {
        $folder = New-TestFolder
        $script:Folders.Add($folder)
        $config = New-TestConfig -Folder $folder -Emulator $script:Emulator
        $erased = Remove-N2fSyncPersonalData -Key 'ann.peeters@example.be' -ConfigPath $config -Confirm:$false
        $erased.Total | Should -Be 0
        Join-Path $folder 'n2fsync.db' | Should -Not -Exist
    }

    It 'completes -Key with the keys of the store' {
        $config = New-SyncedStore
        $line = "Remove-N2fSyncPersonalData -ConfigPath '$config' -Key yas"
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText |
            Should -Be 'yasmine.el-haddad@example.be'
    }
}
