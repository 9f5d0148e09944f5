@{
    RootModule           = 'N2fSync.Commands.dll'
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
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    FormatsToProcess     = @('N2fSync.Format.ps1xml', 'N2fSync.Store.Format.ps1xml')
    PrivateData          = @{
        PSData = @{
            Tags       = @('N2F', 'Agresso', 'Unit4', 'Sync', 'Expenses')
            LicenseUri = 'https://opensource.org/licenses/MIT'
        }
    }
}
