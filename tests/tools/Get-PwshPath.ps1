# The PowerShell executable to start child sessions with: the one running this script when it has an apphost
# ($PSHOME/pwsh, also under `dotnet pwsh`), else Windows PowerShell.
$candidates = @(
    (Join-Path $PSHOME 'pwsh'), (Join-Path $PSHOME 'pwsh.exe'), (Join-Path $PSHOME 'powershell.exe')
)
foreach ($candidate in $candidates) {
    if (Test-Path $candidate -PathType Leaf) { return $candidate }
}
throw "No PowerShell executable found in $PSHOME."
