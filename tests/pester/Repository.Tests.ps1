# The repository stands alone (docs/decisions.md §31): code, tests and docs cite docs/decisions.md and docs/domain.md
# by section, never notes a reader of the project does not have.
Describe 'The repository cites only itself' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        $folders = 'src', 'tests', 'tools', 'bench', 'samples', 'docs', 'module', '.ci', '.github' |
            ForEach-Object { Join-Path $script:RepoRoot $_ } | Where-Object { Test-Path $_ }
        $script:Files = @(Get-ChildItem $folders -Recurse -File -Include *.cs, *.ps1, *.psm1, *.psd1, *.md, *.ps1xml, *.yaml, *.yml, *.sql, *.csproj, *.props, *.targets |
            Where-Object { $_.FullName -notmatch '[\\/](bin|obj|out)[\\/]' }) +
            @(Get-Item (Join-Path $script:RepoRoot 'README.md'), (Join-Path $script:RepoRoot 'build.ps1'), (Join-Path $script:RepoRoot 'N2fSync.psd1'))
        # This file names the patterns it looks for.
        $script:Files = @($script:Files | Where-Object { $_.Name -ne 'Repository.Tests.ps1' })
    }

    It 'reads the files it checks' {
        $script:Files.Count | Should -BeGreaterThan 300
    }

    It 'cites no document outside the repository' {
        $pattern = '(?i)\b(decisions|domain|lessons?|engine-notes|style-examples|style) \d|n2f-domain\.md|shared/spec|engine-notes\.md|style-examples\.md'
        $found = foreach ($file in $script:Files) {
            Select-String -LiteralPath $file.FullName -Pattern $pattern -CaseSensitive:$false |
                ForEach-Object { '{0}:{1}: {2}' -f $file.FullName.Substring($script:RepoRoot.Length + 1), $_.LineNumber, $_.Line.Trim() }
        }
        $found | Should -BeNullOrEmpty
    }
}
