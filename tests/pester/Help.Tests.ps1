# Help completeness: every cmdlet the built module exports has real help, compiled from
# docs/help/*.md by the build. The list of cmdlets comes from the imported module, never from the docs folder, so a
# cmdlet added without a doc (or a parameter without a description) fails here.
Describe 'Help' {
    BeforeDiscovery {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        Import-Module $script:ModuleManifest -Force
        $script:CmdletCases = @(Get-Command -Module N2fSync -CommandType Cmdlet | ForEach-Object { @{ Name = $_.Name } })
    }

    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        Import-Module $script:ModuleManifest -Force
        $script:Common = [System.Management.Automation.Cmdlet]::CommonParameters

        function Get-HelpText($Paragraphs) {
            (@($Paragraphs | ForEach-Object { $_.Text }) -join "`n").Trim()
        }

        function Get-HelpTypeName([type] $Type) {
            <# The type name help shows: the full name, generics as PowerShell writes them (System.Nullable[System.DateTime])
               rather than the assembly-qualified CLR name, as the help compiler writes them. #>
            if (-not $Type.IsGenericType) { return $Type.FullName }
            $name = $Type.GetGenericTypeDefinition().FullName -replace '`\d+$'
            "$name[$((@($Type.GetGenericArguments() | ForEach-Object { Get-HelpTypeName $_ })) -join ',')]"
        }

        function Get-ExampleProblems([string] $Code) {
            <# Why a piece of example code would not run as written: parse errors, and parameters a cmdlet of the module
               does not have (a renamed or removed parameter left in the help). Empty when it would run. #>
            $errors = $null
            $ast = [System.Management.Automation.Language.Parser]::ParseInput($Code, [ref]$null, [ref]$errors)
            foreach ($e in @($errors)) { "line $($e.Extent.StartLineNumber): $($e.Message)" }
            $common = @([System.Management.Automation.PSCmdlet]::CommonParameters) + @([System.Management.Automation.PSCmdlet]::OptionalCommonParameters)
            foreach ($command in $ast.FindAll({ $args[0] -is [System.Management.Automation.Language.CommandAst] }, $true)) {
                $cmdlet = Get-Command -Module N2fSync -CommandType Cmdlet -Name ([string]$command.GetCommandName()) -ErrorAction Ignore
                if (-not $cmdlet) { continue }
                $known = @($cmdlet.Parameters.Keys) + @($cmdlet.Parameters.Values.Aliases) + $common
                foreach ($parameter in $command.CommandElements | Where-Object { $_ -is [System.Management.Automation.Language.CommandParameterAst] }) {
                    if ($known -notcontains $parameter.ParameterName) { "$($cmdlet.Name) has no parameter -$($parameter.ParameterName)" }
                }
            }
        }
    }

    It 'the module exports cmdlets to check' {
        @(Get-Command -Module N2fSync -CommandType Cmdlet).Count | Should -BeGreaterThan 0
    }

    Describe '<Name>' -ForEach $script:CmdletCases {
        BeforeAll {
            $script:Command = Get-Command $Name
            $script:Help = Get-Help $Name -Full
        }

        It 'comes from the compiled MAML help' {
            $script:Help.PSObject.TypeNames | Should -Contain 'MamlCommandHelpInfo'
        }

        It 'has a written synopsis, not the generated syntax' {
            $synopsis = "$($script:Help.Synopsis)".Trim()
            $synopsis | Should -Not -BeNullOrEmpty
            $synopsis | Should -Not -Match ('^' + [regex]::Escape($Name) + '(\s|$)')
            $synopsis | Should -Not -Match '<CommonParameters>'
        }

        It 'has a description' {
            Get-HelpText $script:Help.description | Should -Not -BeNullOrEmpty
        }

        It 'has at least two examples, each with code and an explanation' {
            $examples = @($script:Help.examples.example)
            $examples.Count | Should -BeGreaterOrEqual 2
            foreach ($example in $examples) {
                "$($example.code)".Trim() | Should -Not -BeNullOrEmpty -Because $example.title
                Get-HelpText $example.remarks | Should -Not -BeNullOrEmpty -Because $example.title
            }
        }

        It 'describes every parameter' {
            $names = $script:Command.Parameters.Keys | Where-Object { $script:Common -notcontains $_ }
            foreach ($parameter in $names) {
                $entry = @($script:Help.parameters.parameter | Where-Object name -eq $parameter)
                $entry.Count | Should -Be 1 -Because "-$parameter must appear once in the help"
                Get-HelpText $entry[0].description | Should -Not -BeNullOrEmpty -Because "-$parameter needs a description"
            }
        }

        It 'states what the cmdlet binds: type, mandatory, position and pipeline input' {
            foreach ($parameter in $script:Command.Parameters.Values | Where-Object { $script:Common -notcontains $_.Name }) {
                $entry = $script:Help.parameters.parameter | Where-Object name -eq $parameter.Name
                $sets = @($parameter.ParameterSets.Values)
                $because = "-$($parameter.Name) of $Name"
                $entry.required | Should -Be ([string](@($sets | Where-Object IsMandatory).Count -gt 0)).ToLower() -Because $because
                $positions = @($sets | Where-Object { $_.Position -ge 0 } | ForEach-Object Position)
                $expected = if ($positions.Count -gt 0) { [string]$positions[0] } else { 'named' }
                $entry.position | Should -Be $expected -Because $because
                ($entry.pipelineInput -like 'True*') | Should -Be (@($sets | Where-Object {
                    $_.ValueFromPipeline -or $_.ValueFromPipelineByPropertyName }).Count -gt 0) -Because $because
                $entry.type.name | Should -Be (Get-HelpTypeName $parameter.ParameterType) -Because $because
            }
        }

        It 'names every [OutputType] under OUTPUTS' {
            $documented = @($script:Help.returnValues.returnValue | ForEach-Object { $_.type.name })
            foreach ($type in $script:Command.OutputType) {
                $documented | Should -Contain $type.Name
            }
        }

        It 'has examples that parse and name only parameters the cmdlets have' {
            foreach ($example in @($script:Help.examples.example)) {
                Get-ExampleProblems "$($example.code)" | Should -BeNullOrEmpty -Because $example.title
            }
        }

        It 'links to about_N2fSync' {
            @($script:Help.relatedLinks.navigationLink | ForEach-Object linkText) | Should -Contain 'about_N2fSync'
        }
    }

    Describe 'about_N2fSync' {
        BeforeAll {
            $script:About = Get-Help about_N2fSync | Out-String
        }

        It 'is found by Get-Help' {
            $script:About | Should -Match 'about_N2fSync'
            $script:About.Length | Should -BeGreaterThan 2000
        }

        It 'covers <_>' -ForEach @(
            'N2F_BASE_URL', 'N2F_CLIENT_ID', 'N2F_CLIENT_SECRET', 'N2F_SANDBOX', 'AGRESSO_DB_USER', 'AGRESSO_DB_PASSWORD',
            'N2FSYNC_CONFIG', 'Precedence', 'SCOPES', 'projects', 'plates', 'subposts', 'SAFETY', '-Delete', '-WhatIf',
            '-Confirm:$false', '-Force', 'protectedKeys', 'QUOTAS', 'STREAMS', 'ErrorId', 'SCHEDULING', 'Azure Automation'
        ) {
            $script:About | Should -BeLikeExactly "*$_*"
        }

        It 'has PowerShell blocks that parse and name only parameters the cmdlets have' {
            $source = Get-Content (Join-Path $script:RepoRoot 'docs/help/about_N2fSync.md') -Raw
            $blocks = @([regex]::Matches($source, '(?s)```powershell\r?\n(.*?)```'))
            $blocks.Count | Should -BeGreaterThan 2
            foreach ($block in $blocks) {
                Get-ExampleProblems $block.Groups[1].Value | Should -BeNullOrEmpty -Because $block.Groups[1].Value
            }
        }

        It 'mentions every exported cmdlet' {
            foreach ($name in (Get-Command -Module N2fSync -CommandType Cmdlet).Name) {
                $script:About | Should -BeLikeExactly "*$name*"
            }
        }
    }

    Describe 'about_N2fSync_Config' {
        BeforeAll {
            $script:ConfigHelp = Get-Help about_N2fSync_Config | Out-String
        }

        It 'is found by Get-Help, compiled from docs/config.md' {
            $script:ConfigHelp | Should -Match 'TOPIC\s+about_N2fSync_Config'
            $script:ConfigHelp | Should -Match 'SHORT DESCRIPTION\s+N2fSync configuration'
        }

        It 'covers every section of the key reference: <_>' -ForEach @(
            'WHICH FILE', 'PRECEDENCE', 'KEYS', 'SECRETS', 'TRANSPORT SECURITY', 'EXAMPLES', 'maxDeleteCount', 'syncReadsFresh'
        ) {
            $script:ConfigHelp | Should -BeLikeExactly "*$_*"
        }

        It 'is where about_N2fSync sends the reader for the keys' {
            $about = Get-Help about_N2fSync | Out-String
            $about | Should -Match 'about_N2fSync_Config'
            $about | Should -Not -Match 'docs/config\.md'
        }
    }

    Describe 'The README' {
        It 'names only parameters the cmdlets have, in its examples and in its table of cmdlets' {
            $readme = Get-Content (Join-Path $script:RepoRoot 'README.md') -Raw
            $cmdlets = @{}
            Get-Command -Module N2fSync -CommandType Cmdlet | ForEach-Object { $cmdlets[$_.Name] = $_ }
            $common = @([System.Management.Automation.PSCmdlet]::CommonParameters) + @([System.Management.Automation.PSCmdlet]::OptionalCommonParameters)
            $anyCmdlet = @($cmdlets.Values | ForEach-Object { $_.Parameters.Keys }) + $common
            $checked = 0
            foreach ($block in [regex]::Matches($readme, '(?s)```powershell\r?\n(.*?)```')) {
                $ast = [System.Management.Automation.Language.Parser]::ParseInput($block.Groups[1].Value, [ref]$null, [ref]$null)
                foreach ($command in $ast.FindAll({ $args[0] -is [System.Management.Automation.Language.CommandAst] }, $true)) {
                    $cmdlet = $cmdlets[[string]$command.GetCommandName()]
                    if (-not $cmdlet) { continue }
                    $known = @($cmdlet.Parameters.Keys) + @($cmdlet.Parameters.Values.Aliases) + $common
                    foreach ($parameter in $command.CommandElements | Where-Object { $_ -is [System.Management.Automation.Language.CommandParameterAst] }) {
                        $known | Should -Contain $parameter.ParameterName -Because "the README runs $($cmdlet.Name) -$($parameter.ParameterName)"
                        $checked++
                    }
                }
            }
            # A row of the table names switches in prose: each must be a parameter of the module.
            foreach ($row in $readme -split "`n" | Where-Object { $_ -match '^\| `[A-Z][a-z]+-(N2f|Agresso)' }) {
                foreach ($mention in [regex]::Matches($row, '`-(\w+)')) {
                    $anyCmdlet | Should -Contain $mention.Groups[1].Value -Because "the README's table names -$($mention.Groups[1].Value)"
                    $checked++
                }
            }
            $checked | Should -BeGreaterThan 20
        }
    }

    Describe 'The help sources' {
        It 'document only cmdlets the module exports' {
            $exported = (Get-Command -Module N2fSync -CommandType Cmdlet).Name
            $docs = Get-ChildItem (Join-Path $script:RepoRoot 'docs/help') -Filter *.md |
                Where-Object { $_.Name -notlike 'about_*' -and $_.Name -ne 'README.md' }
            foreach ($doc in $docs) { $exported | Should -Contain $doc.BaseName }
        }

        It 'the compiler reports a cmdlet without a doc and leaves its help empty' {
            $compiler = Get-ChildItem (Join-Path $script:RepoRoot 'tools/HelpCompiler/bin') -Recurse -Filter HelpCompiler.dll |
                Where-Object { $_.Directory.Name -eq 'net10.0' } | Sort-Object LastWriteTimeUtc -Descending | Select-Object -First 1
            $compiler | Should -Not -BeNullOrEmpty
            $work = Join-Path ([IO.Path]::GetTempPath()) ('n2fsync-help-' + [guid]::NewGuid().ToString('N'))
            try {
                $docs = New-Item -ItemType Directory -Path (Join-Path $work 'docs')
                Get-ChildItem (Join-Path $script:RepoRoot 'docs/help') -Filter *.md |
                    Where-Object Name -ne 'Sync-N2fScope.md' | Copy-Item -Destination $docs
                $assembly = Join-Path (Split-Path $script:ModuleManifest) 'N2fSync.Commands.dll'
                $output = & dotnet $compiler.FullName --assembly $assembly --docs $docs --out (Join-Path $work 'en-US')
                $LASTEXITCODE | Should -Be 0
                ($output -join "`n") | Should -Match 'warning N2FHELP001: Sync-N2fScope has no help file'
                $maml = [xml](Get-Content (Join-Path $work 'en-US/N2fSync.Commands.dll-Help.xml') -Raw)
                $sync = $maml.helpItems.command | Where-Object { $_.details.name -eq 'Sync-N2fScope' }
                "$($sync.details.description.para)".Trim() | Should -BeNullOrEmpty
            } finally {
                Remove-Item $work -Recurse -Force -ErrorAction SilentlyContinue
            }
        }
    }
}
