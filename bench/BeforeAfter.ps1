<#
.SYNOPSIS
    The "before and after" section of docs/benchmarks.md, from what bench/Invoke-Benchmarks.ps1 kept in its
    work folder: this commit's pace and memory figures beside those of the -BeforeCommit commits. Dot-sourced by it.
#>

function Get-BeforeAfterSection {
    param(
        [Parameter(Mandatory)] [string] $WorkFolder,
        [Parameter(Mandatory)] $Pace,
        [object[]] $Befores = @(),
        [Parameter(Mandatory)] [string] $Commit,
        [Parameter(Mandatory)] [double] $CorePeakMb,
        [Parameter(Mandatory)] [object[]] $WhatIf
    )
    $c = [Globalization.CultureInfo]::InvariantCulture
    function Fmt([double] $Value, [string] $Format = '0.00') { $Value.ToString($Format, $c) }
    function Median([double[]] $Values) {
        $sorted = @($Values | Sort-Object)
        if ($sorted.Count -eq 0) { return [double]::NaN }
        if ($sorted.Count % 2) { return $sorted[[int][math]::Floor($sorted.Count / 2)] }
        ($sorted[$sorted.Count / 2 - 1] + $sorted[$sorted.Count / 2]) / 2
    }

    # One column per commit: the earlier ones first, this one last.
    $columns = @(foreach ($before in $Befores) {
        $pacePath = Join-Path $WorkFolder "pace-$($before.Commit).json"
        $e2ePath = Join-Path $WorkFolder "e2e-$($before.Commit).json"
        [pscustomobject]@{
            Name = "before: $($before.Commit)"
            Pace = if (Test-Path $pacePath) { @((Get-Content $pacePath -Raw | ConvertFrom-Json).Results) } else { @() }
            CoreMb = if (Test-Path $e2ePath) { @((Get-Content $e2ePath -Raw | ConvertFrom-Json).Sizes)[-1].Local.PeakWorkingSetMb } else { $null }
            PwshMb = Median @($WhatIf | Where-Object { $_.PSObject.Properties['Commit'] -and $_.Commit -eq $before.Commit } | ForEach-Object PeakMb)
        }
    }) + [pscustomobject]@{
        Name = "after: $Commit"; Pace = @($Pace.Results | Where-Object Via -eq 'pwsh'); CoreMb = $CorePeakMb
        PwshMb = Median @($WhatIf | Where-Object { -not $_.PSObject.Properties['Commit'] -or -not $_.Commit } | ForEach-Object PeakMb)
    }
    function Row([string] $Measure, [string] $Target, [scriptblock] $Cell) {
        $cells = foreach ($column in $columns) { & $Cell $column }
        "| $Measure | $Target | $($cells -join ' | ') |"
    }
    function Of($Column, [string] $Scenario) { @($Column.Pace | Where-Object Scenario -eq $Scenario)[0] }
    function Has($Result, [string] $Property) { $null -ne $Result -and $Result.PSObject.Properties[$Property] }

    $lines = [Collections.Generic.List[string]]::new()
    $lines.Add('## Before and after')
    $lines.Add('')
    $lines.Add('Each earlier commit was exported with `git archive`, built apart in the work folder and measured by the same command (`-BeforeCommit`): the pace scenarios by this harness against its module in `pwsh`, the core''s memory by its own harness, the whole-pwsh memory by the same probe. Their subjects: ' +
        (($Befores | ForEach-Object { '{0} “{1}”' -f $_.Commit, ($_.Subject -replace '\|', '/' -replace '^(.{0,90}).*$', '$1…') }) -join '; ') + '.')
    $lines.Add('')
    $lines.Add("| scenario | measure | target | $(($columns | ForEach-Object Name) -join ' | ') |")
    $lines.Add("|---|---|---|$(($columns | ForEach-Object { '---' }) -join '|')|")
    $lines.Add('| night ' + (Row 'by night (50 writes / 1 s window), 420 writes: first to last write ÷ the floor' '≤ 1.05' { param($k) $r = Of $k 'night'; if ($r) { "$(Fmt $r.Ratio) ($(Fmt $r.SpanSeconds '0.0') s / $(Fmt $r.FloorSeconds '0.0') s)" } else { '—' } }))
    $lines.Add('| lost answers ' + (Row '3 % of answers lost: writes applied ÷ needed' '1.00' { param($k) $r = Of $k 'lost answers'; if ($r) { "$(Fmt $r.AppliedPerNeeded) ($($r.WritesApplied) / $($r.WritesNeeded))" } else { '—' } }))
    $lines.Add('| lost answers ' + (Row 'same: 429 answers; writes a second run still sent' '0; 0' { param($k) $r = Of $k 'lost answers'; if ($r) { "$($r.Status429); $($r.SecondRunWrites)" } else { '—' } }))
    $lines.Add('| unthrottled ' + (Row 'no quota anywhere, 1 000 user creates: writes a second' '≥ 50' { param($k) $r = Of $k 'unthrottled'; if ($r) { "$(Fmt $r.WritesPerSecond '0') ($(Fmt $r.SpanSeconds '0.0') s)" } else { '—' } }))
    $lines.Add('| large tenant ' + (Row 'large tenant, few changes (100 000 users, 200 updates, 60 reads and 10 writes / 1 s window): N2F''s span, first call to last write ÷ the larger of the read and write floors' '≤ 1.10' {
        param($k) $r = Of $k 'large tenant, few changes'
        if (Has $r 'N2fSpanSeconds') { "$(Fmt $r.SpanOverLargerFloor) ($(Fmt $r.N2fSpanSeconds '0.0') s / $(Fmt ([math]::Max($r.FloorSeconds, $r.ReadFloorSeconds)) '0.0') s)" } else { '—' } }))
    $lines.Add('| large tenant ' + (Row 'same: the whole run, wall seconds (pwsh start and the source read included) ÷ the larger floor' '—' {
        param($k) $r = Of $k 'large tenant, few changes'
        if (Has $r 'ReadFloorSeconds') { "$(Fmt ($r.RunSeconds / [math]::Max($r.FloorSeconds, $r.ReadFloorSeconds))) ($(Fmt $r.RunSeconds '0.0') s)" } else { '—' } }))
    $lines.Add('| stricter N2F ' + (Row 'N2F allows 30 writes / 1 s window where the table says 50, 420 writes: 429 answers' 'few' { param($k) $r = Of $k 'stricter N2F'; if ($r) { "$($r.Status429)" } else { '—' } }))
    $lines.Add('| stricter N2F ' + (Row 'same: first to last write ÷ the floor at N2F''s 30 (each return to the table costs a window)' '—' { param($k) $r = Of $k 'stricter N2F'; if ($r) { "$(Fmt $r.Ratio) ($(Fmt $r.SpanSeconds '0.0') s / $(Fmt $r.FloorSeconds '0.0') s)" } else { '—' } }))
    $lines.Add('| stricter N2F ' + (Row 'same: the summary says how the run paced itself' 'yes' { param($k) $r = Of $k 'stricter N2F'; if ((Has $r 'PacingNote') -and $r.PacingNote) { 'yes' } else { 'no' } }))
    $lines.Add('| memory ' + (Row 'core alone, 100 000 users on both sides: peak MB' '< 200' { param($k) if ($null -ne $k.CoreMb) { Fmt $k.CoreMb '0' } else { '—' } }))
    $lines.Add('| memory ' + (Row 'whole pwsh, `Sync-N2fScope -Scope users -WhatIf`, 100 000 users: peak MB (median)' '≤ 300' { param($k) if (-not [double]::IsNaN($k.PwshMb)) { Fmt $k.PwshMb '0' } else { '—' } }))
    $note = (Of $columns[-1] 'stricter N2F')
    if ((Has $note 'PacingNote') -and $note.PacingNote) {
        $lines.Add('')
        $lines.Add(('What this commit''s summary said in the stricter-N2F run: “{0}”' -f $note.PacingNote))
    }
    $lines.Add('')
    $lines -join "`n"
}
