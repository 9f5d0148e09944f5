# Loads the cmdlets in a way that keeps the module's dependencies apart from other modules' versions.
# N2fSync.Commands.dll refers to N2fSync.Core, which lives in Dependencies/ with YamlDotNet, Polly, SQLite and SqlClient.
# The resolver that finds them must be in place before PowerShell inspects the cmdlets, hence this small script:
# PowerShell 7 gets a load context of the module's own (N2fSync.Isolation.dll); Windows PowerShell 5.1, which has
# none, gets an AssemblyResolve handler that answers from Dependencies/.
$commands = Join-Path $PSScriptRoot 'N2fSync.Commands.dll'
$null = [System.Reflection.Assembly]::LoadFrom($commands)
[N2fSync.Commands.Loading.ModuleInitializer]::Prepare()
Import-Module $commands
# Type data that calls into the cmdlet assembly can only be read now that it is loaded (see N2fSync.Members.ps1xml).
# A second import in the same session finds it already there.
if (-not (Get-TypeData -TypeName 'N2fSync.Sync.Apply.SyncResult')) {
    Update-TypeData -PrependPath (Join-Path $PSScriptRoot 'N2fSync.Members.ps1xml')
}
