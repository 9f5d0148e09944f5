# The estimate Sync-N2fScope states before its first write, by day and by night at N2F's quotas, and the time budget
# (-MaxDuration) it stops within, as a scheduler's window requires.
Describe 'Estimate and time budget' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        Import-Module $script:ModuleManifest -Force
        $script:Emulator = Start-TestEmulator
    }

    AfterAll {
        Stop-TestEmulator $script:Emulator
    }

    BeforeEach {
        Reset-TestEmulator $script:Emulator
        $script:Work = New-TestFolder
        $script:Config = New-TestConfig -Folder $script:Work -Emulator $script:Emulator
    }

    AfterEach {
        Remove-Item $script:Work -Recurse -Force -ErrorAction SilentlyContinue
    }

    It 'states the planned writes and their time by day and from the night start, in verbose before the first write and in the summary' {
        $stream = @(Sync-N2fScope -Scope users -ConfigPath $script:Config -Confirm:$false -Verbose -InformationVariable info 4>&1 |
            Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message)
        $planned = [array]::FindIndex([string[]]$stream, [Predicate[string]] { param($m) $m -like 'Planned 25 writes: about * by day, * from 20:00.' })
        $firstWrite = [array]::FindIndex([string[]]$stream, [Predicate[string]] { param($m) $m -like 'N2F POST users*' })
        $planned | Should -BeGreaterOrEqual 0
        $planned | Should -BeLessThan $firstWrite
        $summary = ($info | Where-Object Tags -contains 'Summary').MessageData
        $summary.Estimate | Should -BeLike '25 writes: about * by day, * from 20:00'
        "$summary" | Should -BeLike "*Planned $($summary.Estimate).*"
    }

    It 'warns when the estimate exceeds -MaxDuration, sends what fits, and ends Stopped saying what is left' {
        (Get-Content $script:Config -Raw) -replace '(?m)^(\s*)(day|night):\s*\{.*\}\s*$', '$1$2: { reads: 1000, writes: 4 }' |
            Set-Content $script:Config -Encoding utf8
        $results = @(Sync-N2fScope -Scope users -ConfigPath $script:Config -Confirm:$false -MaxDuration '00:00:03' `
            -WarningVariable warned -WarningAction SilentlyContinue -ErrorVariable stopped -ErrorAction SilentlyContinue -InformationVariable info)
        $warned.Message | Should -Contain ($warned.Message | Where-Object { $_ -like '25 writes: about 7 s by day, 7 s from 20:00; the time budget of 3 s fits about * the rest is left for the next run.' })
        $summary = ($info | Where-Object Tags -contains 'Summary').MessageData
        $summary.Outcome | Should -Be 'Stopped'
        $summary.StoppedBecause | Should -Match '^time budget of 3 s reached; \d+ write\(s\) left for the next run$'
        @($results | Where-Object Outcome -eq 'Created').Count | Should -BeLessThan 25
        $stopped.FullyQualifiedErrorId | Should -Contain 'TimeBudgetReached,N2fSync.Commands.Commands.SyncN2fScopeCommand'
    }
}
