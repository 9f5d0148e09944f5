# README.md as a specification: its PowerShell parses, nothing in it is said twice, "look before you leap" writes
# nothing, every block that uses the module runs in the demo (samples/Invoke-N2fSyncDemo.ps1) without an error, and
# every exported cmdlet is in its table.
BeforeDiscovery {
    $root = Split-Path (Split-Path $PSScriptRoot -Parent) -Parent
    $lines = Get-Content -LiteralPath (Join-Path $root 'README.md') -Encoding utf8
    $script:Blocks = for ($i = 0; $i -lt $lines.Count; $i++) {
        if ($lines[$i] -notmatch '^```(\w*)\s*$' -or -not $Matches[1]) { continue }
        $language = $Matches[1]
        $end = $i + 1
        while ($end -lt $lines.Count -and $lines[$end].Trim() -ne '```') { $end++ }
        @{ Language = $language; Line = $i + 2; Text = ($lines[($i + 1)..($end - 1)] -join "`n"); Demo = $i -gt 0 -and $lines[$i - 1].Trim() -eq '<!-- demo -->' }
        $i = $end
    }
    $script:PowerShellBlocks = @($script:Blocks | Where-Object Language -eq 'powershell')
}

Describe 'README.md' -ForEach @(@{ Blocks = $script:Blocks }) {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        $script:Readme = Get-Content -LiteralPath (Join-Path $script:RepoRoot 'README.md') -Raw -Encoding utf8
        $script:Exported = @((Import-PowerShellDataFile (Join-Path $script:RepoRoot 'N2fSync.psd1')).CmdletsToExport)

        function Get-CommandName([string] $Text) {
            $ast = [System.Management.Automation.Language.Parser]::ParseInput($Text, [ref] $null, [ref] $null)
            @($ast.FindAll({ $args[0] -is [System.Management.Automation.Language.CommandAst] }, $true) |
                ForEach-Object { $_.GetCommandName() } | Where-Object { $_ })
        }
    }

    Context 'the PowerShell block at line <Line>' -ForEach $script:PowerShellBlocks {
        It 'parses with PowerShell''s parser' {
            $errors = $null
            [System.Management.Automation.Language.Parser]::ParseInput($Text, [ref] $null, [ref] $errors) | Out-Null
            $errors | ForEach-Object { "$($_.Extent.StartLineNumber + $Line - 1): $($_.Message)" } | Should -BeNullOrEmpty
        }

        It 'runs in the demo when it uses an N2fSync cmdlet' {
            $uses = @(Get-CommandName $Text | Where-Object { $_ -in $script:Exported })
            if ($uses) { $Demo | Should -BeTrue -Because "it uses $($uses -join ', '); mark it <!-- demo -->" }
        }
    }

    It 'shows no code block twice' {
        $Blocks.Count | Should -BeGreaterThan 5
        $repeated = $Blocks | Group-Object { $_.Text.Trim() } | Where-Object Count -gt 1 |
            ForEach-Object { "lines $(($_.Group.Line) -join ', ')" }
        $repeated | Should -BeNullOrEmpty
    }

    It 'says no paragraph or list item twice' {
        $prose = ($script:Readme -replace '(?s)```.*?```', '') -split '\r?\n(?:\s*\r?\n)+|\r?\n(?=- )' |
            ForEach-Object { ($_ -replace '\s+', ' ').Trim() } | Where-Object { $_.Length -gt 60 }
        $prose | Group-Object | Where-Object Count -gt 1 | ForEach-Object Name | Should -BeNullOrEmpty
    }

    It 'writes nothing in step 2, "look before you leap"' {
        $step2 = [regex]::Match($script:Readme, '(?s)# 2\. Look before you leap.*?(?=# 3\.)').Value
        $step2 | Should -Not -BeNullOrEmpty
        $readOnly = '^(Get|Compare|Test|Format|Select|Where|Sort|Group|Measure|Out-Host)'
        Get-CommandName $step2 | Where-Object { $_ -notmatch $readOnly } | Should -BeNullOrEmpty
    }

    It 'lists every exported cmdlet in its table of cmdlets' {
        $table = @([regex]::Matches($script:Readme, '(?m)^\| `([A-Z][a-z]+-N2f\w+|Get-AgressoEntity)') | ForEach-Object { $_.Groups[1].Value })
        $inTable = @($table) + @([regex]::Matches($script:Readme, '(?m)^\| `[^|]*?/ `([A-Z][a-z]+-N2f\w+)`') | ForEach-Object { $_.Groups[1].Value })
        $script:Exported | Where-Object { $_ -notin $inTable } | Should -BeNullOrEmpty
    }

    Context 'run by the demo' {
        BeforeAll {
            $script:Work = New-TestFolder
            $record = Join-Path $script:Work 'record.json'
            $pwsh = & (Join-Path $script:RepoRoot 'tests/tools/Get-PwshPath.ps1')
            $script:DemoOutput = & $pwsh -NoProfile -NonInteractive -File (Join-Path $script:RepoRoot 'samples/Invoke-N2fSyncDemo.ps1') `
                -WorkFolder (Join-Path $script:Work 'demo') -RecordPath $record 2>&1 | Out-String
            $script:DemoExit = $LASTEXITCODE
            $script:Record = if (Test-Path $record) { Get-Content $record -Raw | ConvertFrom-Json } else { $null }
            $script:DemoStatements = foreach ($block in $Blocks | Where-Object { $_.Language -eq 'powershell' -and $_.Demo }) {
                $tokens = $null
                $ast = [System.Management.Automation.Language.Parser]::ParseInput($block.Text, [ref] $tokens, [ref] $null)
                $yours = @($tokens | Where-Object { $_.Kind -eq 'Comment' -and $_.Text -match '#\s*your values' } | ForEach-Object { $_.Extent.StartLineNumber })
                foreach ($statement in $ast.EndBlock.Statements) {
                    [pscustomobject]@{
                        Line = $block.Line + $statement.Extent.StartLineNumber - 1
                        Yours = [bool]($yours | Where-Object { $_ -ge $statement.Extent.StartLineNumber -and $_ -le $statement.Extent.EndLineNumber })
                    }
                }
            }
        }

        It 'ends with exit code 0' {
            $script:DemoExit | Should -Be 0 -Because $script:DemoOutput
        }

        It 'runs every statement of the marked blocks, in order' {
            @($script:DemoStatements).Count | Should -BeGreaterThan 20
            @($script:Record.Statements.Line) | Should -Be @($script:DemoStatements.Line)
        }

        It 'skips only the statements marked "# your values"' {
            @($script:Record.Statements | Where-Object Status -eq Skipped | ForEach-Object Line) |
                Should -Be @($script:DemoStatements | Where-Object Yours | ForEach-Object Line)
        }

        It 'meets no error in any statement' {
            $script:Record.Statements | Where-Object Status -eq Failed |
                ForEach-Object { "line $($_.Line): $($_.Statement) -> $($_.Errors -join '; ')" } | Should -BeNullOrEmpty
        }

        It 'asks no question, as in a scheduled job (its $ConfirmPreference is None)' {
            $script:DemoOutput | Should -Not -Match 'Confirm the deletes|\[Y\] Yes'
        }

        It 'writes nothing when the sync runs again' {
            $script:Record.WritesAtTheEnd | Should -Be 0
        }
    }
}
