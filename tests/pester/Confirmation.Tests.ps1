# Confirmation and narrowing as an admin meets them at a console: a plan of 24 creates, 2 updates and 2 deletes piped to
# Sync-N2fScope, in a runspace whose host counts the questions it is asked (PromptForChoice) and keeps the lines it
# is given ("What if: ..."), answering Yes to every question.
Describe 'Confirmation and narrowing of a sync' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        Import-Module $script:ModuleManifest -Force
        $script:Emulator = Start-TestEmulator

        Add-Type -TypeDefinition @'
using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

namespace N2fSyncTests
{
    /// <summary>A console that answers Yes (or No) to every question and remembers what it was asked and shown.</summary>
    public sealed class PromptCountingHost : PSHost
    {
        private readonly Guid _id = Guid.NewGuid();
        private readonly PromptCountingUI _ui = new PromptCountingUI();
        public PromptCountingUI Recorded { get { return _ui; } }
        public override CultureInfo CurrentCulture { get { return CultureInfo.InvariantCulture; } }
        public override CultureInfo CurrentUICulture { get { return CultureInfo.InvariantCulture; } }
        public override Guid InstanceId { get { return _id; } }
        public override string Name { get { return "PromptCountingHost"; } }
        public override PSHostUserInterface UI { get { return _ui; } }
        public override Version Version { get { return new Version(1, 0); } }
        public override void EnterNestedPrompt() { throw new NotSupportedException(); }
        public override void ExitNestedPrompt() { throw new NotSupportedException(); }
        public override void NotifyBeginApplication() { }
        public override void NotifyEndApplication() { }
        public override void SetShouldExit(int exitCode) { }
    }

    public sealed class PromptCountingUI : PSHostUserInterface
    {
        public readonly List<string> Prompts = new List<string>();
        public readonly List<string> Lines = new List<string>();
        public bool AnswerNo;
        public override PSHostRawUserInterface RawUI { get { return null; } }
        public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice)
        {
            Prompts.Add(caption + " | " + message);
            for (var i = 0; AnswerNo && i < choices.Count; i++)
                if (choices[i].Label.Replace("&", "") == "No") return i;
            return 0;
        }
        public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) { throw new NotSupportedException(message); }
        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) { throw new NotSupportedException(message); }
        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) { throw new NotSupportedException(message); }
        public override string ReadLine() { return ""; }
        public override SecureString ReadLineAsSecureString() { throw new NotSupportedException(); }
        public override void Write(string value) { Lines.Add(value); }
        public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) { Lines.Add(value); }
        public override void WriteLine(string value) { Lines.Add(value); }
        public override void WriteErrorLine(string value) { Lines.Add("ERROR: " + value); }
        public override void WriteDebugLine(string message) { }
        public override void WriteProgress(long sourceId, ProgressRecord record) { }
        public override void WriteVerboseLine(string message) { }
        public override void WriteWarningLine(string message) { }
    }
}
'@

        function Invoke-AtConsole([string] $Command, [string] $ConfirmPreference = 'High', [switch] $AnswerNo, [switch] $WholeScope,
            [switch] $InScript, [string] $Preference = '', [switch] $SlowPages) {
            <# Runs "Get-AgressoEntity | Compare-N2fPayload | $Command" (or "$Command -Scope users") in a console that
               answers Yes (or No); returns its questions, its lines, the results, the summary and the errors.
               -InScript: in a script's own scope, where $ConfirmPreference = 'None' makes a string, not a ConfirmImpact.
               -Preference: one more line before the commands, e.g. '$WhatIfPreference = 1'.
               -SlowPages: one user a page and four reads a second on both sides, so a whole scope has later pages
               to read while its first updates could go. #>
            if ($SlowPages) {
                # -Confirm:$false: this function's own $ConfirmPreference parameter would make Set-Content ask.
                Set-N2fEmulatorOptions $script:Emulator @{ quota = @{ reads = 4; writes = 100; windowSeconds = 1 } }
                $text = (Get-Content $script:Config -Raw) -replace '(?m)^(\s*)(day|night):\s*\{.*\}\s*$', '$1$2: { reads: 4, writes: 100 }'
                Set-Content $script:Config ($text -replace '(?m)^(\s*)pageSize:.*$', '$1pageSize: 1') -Encoding utf8 -Confirm:$false
            }
            $sync = if ($WholeScope) { "$Command -Scope users" } else { "`$plan | $Command" }
            $console = [N2fSyncTests.PromptCountingHost]::new()
            $console.Recorded.AnswerNo = $AnswerNo.IsPresent
            $runspace = [runspacefactory]::CreateRunspace($console, [initialsessionstate]::CreateDefault2())
            $runspace.Open()
            try {
                $ps = [powershell]::Create()
                $ps.Runspace = $runspace
                $body = @"
`$ConfirmPreference = '$ConfirmPreference'
$Preference
`$plan = Get-AgressoEntity -Scope users, plates -ConfigPath '$script:Config' -WarningAction SilentlyContinue |
    Compare-N2fPayload -ConfigPath '$script:Config' -WarningAction SilentlyContinue
$sync -ConfigPath '$script:Config' -WarningAction SilentlyContinue
"@
                if ($InScript) { $body = "& {`n$body`n}" }
                $null = $ps.AddScript("Import-Module '$script:ModuleManifest'`n$body")
                $results = @($ps.Invoke())
                [pscustomobject]@{
                    Prompts = @($console.Recorded.Prompts)
                    Lines   = @($console.Recorded.Lines)
                    Results = $results
                    Summary = @($ps.Streams.Information | Where-Object Tags -contains 'Summary')[0].MessageData
                    Errors  = @($ps.Streams.Error)
                }
                $ps.Dispose()
            } finally {
                $runspace.Dispose()
                if ($SlowPages) { Set-N2fEmulatorOptions $script:Emulator @{ quota = $null } }
            }
        }

        function Get-Outcomes($Run, [string] $Scope) {
            <# "Action/Outcome" counts of one scope's results, e.g. Create/Created = 24. #>
            $counts = @{}
            foreach ($result in $Run.Results | Where-Object Scope -eq $Scope) {
                $name = "$($result.Action)/$($result.Outcome)"
                $counts[$name] = 1 + $(if ($counts.ContainsKey($name)) { $counts[$name] } else { 0 })
            }
            $counts
        }

        # 26 users of BE01 in Agresso. Two are already in N2F with an older first name or job title (2 updates); N2F
        # also has two BE01 users Agresso no longer lists (2 deletes). The plates come from the sample CSV.
        $script:People = @(
            @('ann.peeters', 'Ann', 'Peeters'), @('wim.verstraeten', 'Wim', 'Verstraeten'), @('elise.dupont', 'Élise', 'Dupont'),
            @("chloe.o'neil", 'Chloé', "O'Neil"), @('jean-luc.dubois', 'Jean-Luc', 'Dubois'), @('helene.mertens', 'Hélène', 'Mertens'),
            @('francois.lemaire', 'François', 'Lemaire'), @('ines.martins', 'Inès', 'Martins'), @('joelle.lecomte', 'Joëlle', 'Lecomte'),
            @('noel.dewilde', 'Noël', 'De Wilde'), @('bart.desmet', 'Bart', 'De Smet'), @('sophie.lambert', 'Sophie', 'Lambert'),
            @('kevin.janssens', 'Kevin', 'Janssens'), @('lucas.dhondt', 'Lucas', "D'Hondt"), @('thomas.wouters', 'Thomas', 'Wouters'),
            @('yasmine.el-haddad', 'Yasmine', 'El Haddad'), @('pieter.claes', 'Pieter', 'Claes'), @('dirk.vermeulen', 'Dirk', 'Vermeulen'),
            @('maxime.noel', 'Maxime', 'Noël'), @('sarah.goossens', 'Sarah', 'Goossens'), @('vincent.mathieu', 'Vincent', 'Mathieu'),
            @('nathalie.gilson', 'Nathalie', 'Gilson'), @('olivier.renard', 'Olivier', 'Renard'), @('zoe.vandamme', 'Zoë', 'Van Damme'),
            @('raphael.lefevre', 'Raphaël', 'Lefèvre'), @('cedric.dupuis', 'Cédric', 'Dupuis')
        )
    }

    AfterAll {
        Stop-TestEmulator $script:Emulator
    }

    BeforeEach {
        Reset-TestEmulator $script:Emulator
        $script:Work = New-TestFolder
        $rows = foreach ($person in $script:People) {
            New-UserRow "$($person[0])@example.be" @{ Prenom = $person[1]; Nom = $person[2]; Fonction = 'Comptable' }
        }
        $csv = Write-UsersCsv -Folder (Join-Path $script:Work 'csv') -Rows $rows
        Copy-Item (Join-Path $script:RepoRoot 'samples/csv/iris_N2F_Analytics.csv') $csv
        $script:Config = New-TestConfig -Folder $script:Work -Emulator $script:Emulator -CsvFolder $csv
        Add-N2fUser $script:Emulator @{ mail = 'ann.peeters@example.be'; firstname = 'Anne'; lastname = 'Peeters'; jobTitle = 'Comptable' }
        Add-N2fUser $script:Emulator @{ mail = 'wim.verstraeten@example.be'; firstname = 'Wim'; lastname = 'Verstraeten'; jobTitle = 'Stagiaire' }
        Add-N2fUser $script:Emulator @{ mail = 'parti.ailleurs@example.be'; firstname = 'Parti'; lastname = 'Ailleurs' }
        Add-N2fUser $script:Emulator @{ mail = 'ancien.stagiaire@example.be'; firstname = 'Ancien'; lastname = 'Stagiaire' }
        Clear-N2fEmulatorRequests $script:Emulator
    }

    AfterEach {
        Remove-Item $script:Work -Recurse -Force -ErrorAction SilentlyContinue
    }

    Describe 'Asking once per scope and action' {
        It 'asks nothing for creates and updates under the default $ConfirmPreference, and sends them all' {
            $run = Invoke-AtConsole 'Sync-N2fScope'
            $run.Prompts | Should -BeNullOrEmpty
            $users = Get-Outcomes $run 'users'
            $users['Create/Created'] | Should -Be 24
            $users['Update/Updated'] | Should -Be 2
            (Get-Outcomes $run 'plates')['Create/Created'] | Should -BeGreaterThan 0
            $run.Errors | Should -BeNullOrEmpty
        }

        It 'asks once for the deletes of a scope, naming how many, and nothing for its creates and updates' {
            $run = Invoke-AtConsole 'Sync-N2fScope -Delete'
            $run.Prompts.Count | Should -Be 1
            $run.Prompts[0] | Should -BeLike '*Delete 2 users*'
            (Get-Outcomes $run 'users')['Delete/Deleted'] | Should -Be 2
            (Get-N2fUsersState $script:Emulator).Keys | Should -Not -Contain 'parti.ailleurs@example.be'
        }

        It 'with -Confirm asks once per scope and action, with counts, and sends what was agreed' {
            $run = Invoke-AtConsole 'Sync-N2fScope -Delete -Confirm'
            $plates = @($run.Results | Where-Object Scope -eq 'plates').Count
            $run.Prompts.Count | Should -Be 4 -Because 'users: create, update, delete; plates: create'
            @($run.Prompts -like '*Create 24 users*').Count | Should -Be 1
            @($run.Prompts -like '*Update 2 users*').Count | Should -Be 1
            @($run.Prompts -like '*Delete 2 users*').Count | Should -Be 1
            @($run.Prompts -like "*Create $plates plates*").Count | Should -Be 1
            Get-WriteCount $script:Emulator | Should -Be (24 + 2 + 2 + $plates)
        }

        It 'a whole scope with -Confirm asks about its updates before sending any of them' {
            $run = Invoke-AtConsole 'Sync-N2fScope -Confirm' -WholeScope
            @($run.Prompts -like '*Update 2 users*').Count | Should -Be 1
            $run.Summary.SentWhileReading | Should -Be 0
        }

        It 'a whole scope with -Confirm:$false sends its updates while N2F''s users are still read' {
            # One user a page, four reads a second: after the first page, the read waits while Ann's update goes.
            $run = Invoke-AtConsole 'Sync-N2fScope -Confirm:$false' -WholeScope -SlowPages
            $calls = @((Get-N2fEmulatorRequests $script:Emulator).requests | Where-Object path -like '*/users')
            $firstUpdate = [array]::FindIndex($calls, [Predicate[object]] { param($c) $c.isWrite })
            $lastPage = [array]::FindLastIndex($calls, [Predicate[object]] { param($c) -not $c.isWrite })
            $firstUpdate | Should -BeLessThan $lastPage
            $run.Summary.SentWhileReading | Should -BeGreaterThan 0
            $run.Summary.Updated | Should -Be 2
        }

        It 'with $ConfirmPreference Medium asks once per scope and action' {
            $run = Invoke-AtConsole 'Sync-N2fScope' -ConfirmPreference Medium
            $run.Prompts.Count | Should -Be 3 -Because 'users: create, update; plates: create'
            @($run.Prompts -like '*Create 24 users*').Count | Should -Be 1
        }

        It 'a script''s own $ConfirmPreference = ''None'' asks nothing, deletes included, as PowerShell''s own cmdlets do' {
            $run = Invoke-AtConsole 'Sync-N2fScope -Delete' -ConfirmPreference None -InScript
            $run.Prompts | Should -BeNullOrEmpty
            (Get-Outcomes $run 'users')['Delete/Deleted'] | Should -Be 2
            $run.Errors | Should -BeNullOrEmpty
        }

        It 'a script''s own $ConfirmPreference = ''Medium'' asks about a whole scope''s updates before sending any' {
            $run = Invoke-AtConsole 'Sync-N2fScope' -ConfirmPreference Medium -InScript -WholeScope -SlowPages
            @($run.Prompts -like '*Update 2 users*').Count | Should -Be 1
            $run.Summary.SentWhileReading | Should -Be 0
            $run.Summary.Updated | Should -Be 2
        }

        It 'a script''s own $WhatIfPreference = 1 sends nothing, not even the updates a whole scope sends while reading' {
            $run = Invoke-AtConsole 'Sync-N2fScope -Delete -Confirm:$false' -InScript -WholeScope -Preference '$WhatIfPreference = 1' -SlowPages
            Get-WriteCount $script:Emulator | Should -Be 0
            $run.Summary.WhatIf | Should -BeTrue
        }

        It 'with -Delete -Force asks nothing and deletes' {
            $run = Invoke-AtConsole 'Sync-N2fScope -Delete -Force'
            $run.Prompts | Should -BeNullOrEmpty
            (Get-Outcomes $run 'users')['Delete/Deleted'] | Should -Be 2
        }

        It 'with -Confirm:$false asks nothing, deletes included' {
            $run = Invoke-AtConsole 'Sync-N2fScope -Delete -Confirm:$false'
            $run.Prompts | Should -BeNullOrEmpty
            (Get-Outcomes $run 'users')['Delete/Deleted'] | Should -Be 2
        }

        It 'with -WhatIf writes one "What if:" line per scope and action, asks nothing and sends nothing' {
            $run = Invoke-AtConsole 'Sync-N2fScope -Delete -WhatIf'
            $whatIf = @($run.Lines | Where-Object { $_ -like 'What if:*' })
            $whatIf.Count | Should -Be 4
            @($whatIf -like 'What if: Performing the operation "Create 24 users" on target "N2F *(client test-client)".').Count | Should -Be 1
            @($whatIf -like '*"Update 2 users"*').Count | Should -Be 1
            @($whatIf -like '*"Delete 2 users"*').Count | Should -Be 1
            $run.Prompts | Should -BeNullOrEmpty
            Get-WriteCount $script:Emulator | Should -Be 0
        }

        It 'deletes declined at the prompt are not sent and say so; the creates and updates go through' {
            $run = Invoke-AtConsole 'Sync-N2fScope -Delete' -AnswerNo
            $run.Prompts.Count | Should -Be 1
            $users = Get-Outcomes $run 'users'
            $users['Delete/Skipped'] | Should -Be 2
            $users['Create/Created'] | Should -Be 24
            (Get-N2fUsersState $script:Emulator).Keys | Should -Contain 'parti.ailleurs@example.be'
        }
    }

    Describe 'Narrowing what is sent' {
        It 'no switch of any cmdlet is on by default (PowerShell''s guidelines): -Create and -Update are gone' {
            foreach ($command in Get-Command -Module N2fSync -CommandType Cmdlet) {
                $instance = [Activator]::CreateInstance($command.ImplementingType)
                foreach ($parameter in $command.Parameters.Values | Where-Object ParameterType -eq ([switch])) {
                    $property = $command.ImplementingType.GetProperty($parameter.Name)
                    if (-not $property) { continue } # a common parameter (-Verbose, -WhatIf...)
                    $property.GetValue($instance).IsPresent | Should -BeFalse -Because "-$($parameter.Name) of $($command.Name) must be off unless given"
                }
                if ($instance -is [IDisposable]) { $instance.Dispose() }
            }
            (Get-Command Sync-N2fScope).Parameters.Keys | Should -Not -Contain 'Create'
            (Get-Command Sync-N2fScope).Parameters.Keys | Should -Not -Contain 'Update'
        }

        It '-Action completes Create, Update and Delete' {
            $line = 'Sync-N2fScope -Action '
            (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText |
                Should -Be @('Create', 'Delete', 'Update')
        }

        It '-Action Create sends the creates only; the updates are reported skipped' {
            $run = Invoke-AtConsole 'Sync-N2fScope -Action Create'
            $users = Get-Outcomes $run 'users'
            $users['Create/Created'] | Should -Be 24
            $users['Update/Skipped'] | Should -Be 2
            (Get-N2fUsersState $script:Emulator)['ann.peeters@example.be'].firstname | Should -Be 'Anne'
        }

        It '-Action Update sends the updates only' {
            $run = Invoke-AtConsole 'Sync-N2fScope -Action Update'
            $users = Get-Outcomes $run 'users'
            $users['Update/Updated'] | Should -Be 2
            $users['Create/Skipped'] | Should -Be 24
            Get-WriteCount $script:Emulator | Should -Be 2
        }

        It '-Action Delete sends the deletes only, as -Delete adds them to the default' {
            $run = Invoke-AtConsole 'Sync-N2fScope -Action Delete -Confirm:$false'
            $users = Get-Outcomes $run 'users'
            $users['Delete/Deleted'] | Should -Be 2
            $users.Keys | Should -Not -Contain 'Create/Created'
            Get-WriteCount $script:Emulator | Should -Be 2
        }

        It 'an unknown action is refused with the three that are accepted' {
            $thrown = { Sync-N2fScope -Scope users -Action Skip -ConfigPath $script:Config } |
                Should -Throw -ErrorId 'ParameterArgumentValidationError,N2fSync.Commands.Commands.SyncN2fScopeCommand' -PassThru
            $thrown.Exception.Message | Should -BeLike '*"Create,Update,Delete"*'
        }
    }
}
