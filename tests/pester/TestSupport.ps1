# Shared by the Pester files: the built module, the emulator, configs and Agresso sources for tests.
$script:RepoRoot = Split-Path (Split-Path $PSScriptRoot -Parent) -Parent
$script:ModuleManifest = Join-Path $script:RepoRoot 'out/N2fSync/N2fSync.psd1'
$script:SampleDb = Join-Path $script:RepoRoot 'samples/agresso-sample.db'
Import-Module (Join-Path $script:RepoRoot 'tests/tools/N2fEmulator.psm1') -Force

$script:UserColumns = @(
    'AdresseEmail', 'Prenom', 'Nom', 'Entreprise', 'Fonction', 'Role', 'Profil', 'Manager', 'Compte_Auxiliaire_Agresso',
    'Moyen_Paiement_Prof', 'Compte_Auxiliaire2', 'Matricule', 'Centre_Cout', 'Creation_Vehicule', 'Appro_Veh_Adm',
    'Deduction_Distance_TravDom', 'Distance_TravDom', 'Devise', 'langue', 'Structure', 'Champs_Liaison_SSO',
    'Droit_Relever_Plafond', 'Methode_SSO', 'Update_Champs_Perso', 'Nouveau_Email', 'Action', 'CompanyID', 'LocationID',
    'DivisionID')

function New-TestConfig {
    <# A config written by New-N2fSyncConfig, pointed at the emulator and a source, with quotas scaled for tests. #>
    param(
        [Parameter(Mandatory)] [string] $Folder,
        [Parameter(Mandatory)] $Emulator,
        [string] $SqlitePath,
        [string] $CsvFolder,
        [string] $Extra = ''
    )
    $path = Join-Path $Folder 'n2fsync.yaml'
    $parameters = @{ Path = $path; BaseUrl = $Emulator.BaseUrl; Force = $true }
    if ($CsvFolder) { $parameters.Provider = 'Csv'; $parameters.CsvFolder = $CsvFolder }
    else { $parameters.SqlitePath = $(if ($SqlitePath) { $SqlitePath } else { $script:SampleDb }) }
    New-N2fSyncConfig @parameters | Out-Null
    $text = Get-Content $path -Raw
    # Tests must not wait minutes for N2F's real quotas; the pacing itself is covered by xUnit.
    $text = $text -replace '(?m)^(\s*)windowSeconds:.*$', '$1windowSeconds: 1'
    $text = $text -replace '(?m)^(\s*)retryBaseDelaySeconds:.*$', '$1retryBaseDelaySeconds: 0.05'
    # Each test gets its own store (journal, failed keys, quota spend) beside its config.
    $text = $text -replace '(?m)^(\s*)# path: \./n2fsync\.db\s*$', '$1path: ./n2fsync.db'
    $text = $text -replace '(?m)^(\s*)(day|night):\s*\{.*\}\s*$', '$1$2: { reads: 1000, writes: 1000 }'
    Set-Content -Path $path -Value ($text + [Environment]::NewLine + $Extra) -Encoding utf8
    $path
}

function New-UserRow {
    <# One users-view row with realistic values; override columns with -Values. #>
    param([Parameter(Mandatory)] [string] $Mail, [hashtable] $Values = @{})
    $row = [ordered]@{}
    foreach ($column in $script:UserColumns) { $row[$column] = '' }
    $row.AdresseEmail = $Mail; $row.Prenom = 'Test'; $row.Nom = "D'Hondt"; $row.Entreprise = 'BE01'
    $row.Role = 'Utilisateur'; $row.Profil = 'Standard'; $row.Devise = 'EUR'; $row.langue = 'fr'
    $row.Methode_SSO = 'Sso'; $row.Matricule = '00042'; $row.Creation_Vehicule = '0'; $row.Moyen_Paiement_Prof = 'no'
    foreach ($key in $Values.Keys) { $row[$key] = $Values[$key] }
    [pscustomobject]$row
}

function Write-UsersCsv {
    <# Writes rows as the users view's CSV file (semicolon-delimited, like an Excel export) in a new folder. #>
    param([Parameter(Mandatory)] [string] $Folder, [Parameter(Mandatory)] [object[]] $Rows)
    New-Item -ItemType Directory -Path $Folder -Force | Out-Null
    $Rows | ConvertTo-Csv -Delimiter ';' -NoTypeInformation | Set-Content (Join-Path $Folder 'iris_N2F_User.csv') -Encoding utf8
    $Folder
}

function Add-N2fUser {
    <# Seeds a user into the emulated N2F through its API (as drift the sync must correct). #>
    param([Parameter(Mandatory)] $Emulator, [Parameter(Mandatory)] [hashtable] $User)
    $body = @{ firstname = 'Old'; lastname = 'Name'; company = 'c-1'; role = 'Utilisateur'; profile = 'Standard'; culture = 'fr' }
    foreach ($key in $User.Keys) { $body[$key] = $User[$key] }
    Invoke-N2fEmulatorApi -Emulator $Emulator -Path 'users' -Method POST -Body $body | Out-Null
}

function Get-N2fUsersState {
    <# The emulator's users, by lower-cased mail. #>
    param([Parameter(Mandatory)] $Emulator)
    $map = @{}
    foreach ($user in (Get-N2fEmulatorState $Emulator).users) { $map[$user.mail] = $user }
    $map
}

function Get-WriteCount {
    param([Parameter(Mandatory)] $Emulator)
    (Get-N2fEmulatorRequests $Emulator).writes
}

function Start-TestEmulator {
    <# Starts the emulator with the reference data, remembers that state for Reset-TestEmulator, and sets the test
       client's credentials in the environment. Returns the emulator. #>
    param([hashtable] $Options)
    $emulator = Start-N2fEmulator -SeedReference
    if ($Options) { Set-N2fEmulatorOptions $emulator $Options }
    $script:ReferenceState = Get-N2fEmulatorState $emulator | ConvertTo-Json -Depth 20
    $env:N2F_CLIENT_ID = 'test-client'
    $env:N2F_CLIENT_SECRET = 'test-secret'
    $emulator
}

function Stop-TestEmulator {
    param([Parameter(Mandatory)] $Emulator)
    $Emulator | Stop-N2fEmulator
    Remove-Item Env:N2F_CLIENT_ID, Env:N2F_CLIENT_SECRET -ErrorAction SilentlyContinue
}

function Reset-TestEmulator {
    <# Back to the reference state: companies, roles, profiles and axes; no users, no values, an empty request log. #>
    param([Parameter(Mandatory)] $Emulator)
    Set-N2fEmulatorState $Emulator $script:ReferenceState
    Clear-N2fEmulatorRequests $Emulator
}

function New-TestFolder {
    <# A fresh temporary folder for one test's config, store and sources. #>
    $folder = Join-Path ([IO.Path]::GetTempPath()) ("n2fsync-pester-" + [guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $folder | Out-Null
    $folder
}

function Set-TestConfigLine {
    <# Changes a line of a test config (the template has every section, so appending one would repeat it). #>
    param([Parameter(Mandatory)] [string] $Path, [Parameter(Mandatory)] [string] $Pattern, [Parameter(Mandatory)] [string] $Replacement)
    $text = Get-Content $Path -Raw
    if ($text -notmatch $Pattern) { throw "No line matches $Pattern in $Path." }
    Set-Content $Path ($text -replace $Pattern, $Replacement) -Encoding utf8
}

function Get-N2fDeletes {
    <# The DELETE requests N2F received since the log was last cleared, as paths after the API root. #>
    param([Parameter(Mandatory)] $Emulator)
    @((Get-N2fEmulatorRequests $Emulator).requests | Where-Object method -eq DELETE |
        ForEach-Object { $_.path.Substring('/services/api/v2/'.Length) })
}
