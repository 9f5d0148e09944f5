@{
    RootModule           = 'N2fSync.psm1'
    ModuleVersion        = '0.1.0'
    GUID                 = '6f0d7a5e-2b8c-4f7e-9a61-3c2d9e8b1f40'
    Author               = 'N2fSync maintainers'
    CompanyName          = 'N2fSync'
    Copyright            = '(c) N2fSync maintainers. MIT licence.'
    Description          = 'Keeps N2F (expense management, REST API v2) in step with Agresso (Unit4 ERP): users and analytic axis values, one way, safely and resumably.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    CmdletsToExport      = @(
        'Get-AgressoEntity'
        'Get-N2fEntity'
        'Compare-N2fPayload'
        'Sync-N2fScope'
        'New-N2fSyncConfig'
        'Test-N2fSyncConfig'
        'Get-N2fSyncRun'
        'Get-N2fSyncChange'
        'Export-N2fSyncReport'
        'Clear-N2fCache'
        'Test-N2fConnection'
        'Remove-N2fSyncPersonalData'
        'Send-N2fSyncNotification'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    TypesToProcess       = @('N2fSync.Types.ps1xml')
    FormatsToProcess     = @('N2fSync.Format.ps1xml', 'N2fSync.Store.Format.ps1xml', 'N2fSync.Notify.Format.ps1xml')
    # No HelpInfoURI on purpose. It names where Update-Help downloads updatable help (HelpInfo.xml and the CAB files),
    # and this project publishes none: the full help ships inside the module (en-US/, compiled from docs/help at build
    # time), so Get-Help works offline and is always the help of the installed version. A made-up URL would only make
    # Update-Help fail. Set it once such a location exists.
    PrivateData          = @{
        # What a feed shows (Find-PSResource, a gallery page); build.ps1 -Package writes them into the .nupkg.
        PSData = @{
            Tags         = @('N2F', 'Agresso', 'Unit4', 'Sync', 'Expenses', 'HR', 'Provisioning', 'Windows', 'Linux', 'PSEdition_Core', 'PSEdition_Desktop')
            LicenseUri   = 'https://opensource.org/licenses/MIT'
            ProjectUri   = 'https://github.com/N2fSync/N2fSync'
            ReleaseNotes = @'
0.1.0
- Sync-N2fScope, Compare-N2fPayload, Get-AgressoEntity, Get-N2fEntity: users and analytic axis values from Agresso
  (SQL Server, SQLite, CSV) to N2F, one way, exact, resumable, under N2F's quotas, with a delete guard.
- Test-N2fConnection: a configuration checked end to end before the first run.
- Get-N2fSyncRun, Get-N2fSyncChange, Export-N2fSyncReport (-History for a page of charts over the runs).
- Remove-N2fSyncPersonalData: one person erased from the local store for an erasure request.
- Installable from a feed with PSResourceGet (Install-PSResource N2fSync).
'@
        }
    }
}
