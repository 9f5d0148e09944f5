# The analytic axis scopes end to end (projects, plates, subposts, and an axis declared only in the YAML), as an
# admin runs them: the built module in pwsh, against the N2F emulator, with the sample Agresso data.
Describe 'The axis scopes end to end' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        Import-Module $script:ModuleManifest -Force
        # N2F has been seen answering validity dates as instants in Paris time: the sync must read the day written.
        $script:Emulator = Start-TestEmulator -Options @{ dateStyle = 'ParisOffset' }
        $script:AxisOfScope = @{ projects = 'projects'; plates = 'plaque'; subposts = 'subpost'; vehicles = 'vehicule' }
        $script:AnalyticsColumns = 'typ', 'client', 'code', 'description', 'status', 'date_from', 'date_to'

        function Get-AxisId {
            <# The N2F id of an axis in one company: 'projects', or the uuid of the axis with that French name. #>
            param([string] $CompanyUuid, [string] $Axis)
            if ($Axis -eq 'projects') { return 'projects' }
            $found = (Get-N2fEmulatorState $script:Emulator).axes | Where-Object {
                $_.companyUuid -eq $CompanyUuid -and ($_.names | Where-Object { $_.culture -eq 'fr' -and $_.value -eq $Axis })
            }
            $found.uuid
        }

        function Add-N2fAxisValue {
            <# Seeds a value into the emulated N2F through its API, as drift the sync must correct. #>
            param([string] $CompanyUuid, [string] $Axis, [string] $Code, [string] $Label, $From = $null, $To = $null)
            $body = @{
                code             = $Code
                names            = @(@{ culture = 'fr'; value = $Label }, @{ culture = 'nl'; value = $Label })
                validityDateFrom = $From
                validityDateTo   = $To
            }
            $path = "companies/$CompanyUuid/axes/$(Get-AxisId $CompanyUuid $Axis)"
            Invoke-N2fEmulatorApi -Emulator $script:Emulator -Path $path -Method POST -Body $body | Out-Null
        }

        function Get-N2fAxisValues {
            <# The emulator's values of one axis in one company, by code. #>
            param([string] $CompanyUuid, [string] $Axis)
            $axisId = Get-AxisId $CompanyUuid $Axis
            $map = @{}
            foreach ($value in (Get-N2fEmulatorState $script:Emulator).axisValues) {
                if ($value.companyUuid -eq $CompanyUuid -and $value.axisId -eq $axisId) { $map[$value.code] = $value }
            }
            $map
        }

        function Assert-AxisConverged {
            <# Every source value of the scope is in N2F with its label and days, and N2F holds nothing else. #>
            param([string] $Scope, [string] $ConfigPath)
            $companies = @{ BE01 = 'c-1'; BE02 = 'c-2' }
            $source = Get-AgressoEntity -Scope $Scope -ConfigPath $ConfigPath -WarningAction SilentlyContinue
            foreach ($code in $companies.Keys) {
                $expected = @($source | Where-Object Company -eq $code)
                $actual = Get-N2fAxisValues $companies[$code] $script:AxisOfScope[$Scope]
                $actual.Count | Should -Be $expected.Count -Because "$Scope of $code"
                foreach ($value in $expected) {
                    $n2f = $actual[$value.Code]
                    $n2f | Should -Not -BeNullOrEmpty -Because "$Scope $($value.Code) of $code"
                    ($n2f.names | Where-Object culture -eq 'nl').value | Should -Be $value.Description
                    $n2f.validityDateFrom | Should -Be $(if ($value.ValidFrom) { $value.ValidFrom.ToString('yyyy-MM-dd') })
                    # 2099-12-31 in N2F means no end, as an empty date does: the sync leaves it alone.
                    $to = if ($n2f.validityDateTo -ne '2099-12-31') { $n2f.validityDateTo }
                    $to | Should -Be $(if ($value.ValidTo) { $value.ValidTo.ToString('yyyy-MM-dd') })
                }
            }
        }

        function Write-AnalyticsCsv {
            <# Writes rows as the analytics view's CSV file (comma-delimited) in a new folder. #>
            param([Parameter(Mandatory)] [string] $Folder, [Parameter(Mandatory)] [object[]] $Rows)
            New-Item -ItemType Directory -Path $Folder -Force | Out-Null
            $Rows | ForEach-Object {
                $row = [ordered]@{}
                foreach ($column in $script:AnalyticsColumns) { $row[$column] = "$($_[$column])" }
                [pscustomobject]$row
            } | ConvertTo-Csv -NoTypeInformation | Set-Content (Join-Path $Folder 'iris_N2F_Analytics.csv') -Encoding utf8
            $Folder
        }
    }

    AfterAll {
        Stop-TestEmulator $script:Emulator
    }

    BeforeEach {
        Reset-TestEmulator $script:Emulator
        $script:Work = New-TestFolder
        $script:Config = New-TestConfig -Folder $script:Work -Emulator $script:Emulator
        # Drift across both companies: changed labels and dates, values Agresso no longer has, the rest missing.
        Add-N2fAxisValue 'c-1' 'projects' 'PRJ-0042' 'Rénovation ancienne école' '2026-01-01T00:00:00Z'
        Add-N2fAxisValue 'c-1' 'projects' 'PRJ-0050' 'Audit énergétique – Hôtel de ville' '2025-01-15T00:00:00Z' '2026-06-30T00:00:00Z'
        Add-N2fAxisValue 'c-1' 'projects' 'PRJ-0999' 'Projet abandonné'
        Add-N2fAxisValue 'c-2' 'projects' 'PRJ-0042' 'Renovatie school Sint-Jozef' '2026-01-01T00:00:00Z'
        Add-N2fAxisValue 'c-2' 'plaque' '1-KLM-321' 'Opel Corsa (pool)' '2024-01-01T00:00:00Z' '2099-12-31T00:00:00Z'
        Add-N2fAxisValue 'c-2' 'plaque' '1-OLD-000' 'Peugeot 206'
        Add-N2fAxisValue 'c-1' 'plaque' '1-ABC-123' 'Škoda Octavia' '2024-03-15T00:00:00Z' '2027-03-14T00:00:00Z'
        Add-N2fAxisValue 'c-2' 'subpost' 'SP-1' 'Carburant'
        Add-N2fAxisValue 'c-2' 'subpost' 'SP-99' "Frais d'autrefois"
        Clear-N2fEmulatorRequests $script:Emulator
    }

    AfterEach {
        Remove-Item $script:Work -Recurse -Force -ErrorAction SilentlyContinue
    }

    Describe 'Get-AgressoEntity for axis scopes' {
        It 'splits the analytics view into typed values per scope, dates as calendar days' {
            $values = Get-AgressoEntity -Scope projects, plates, subposts -ConfigPath $script:Config
            @($values | Where-Object Scope -eq projects).Count | Should -Be 14
            @($values | Where-Object Scope -eq plates).Count | Should -Be 12
            @($values | Where-Object Scope -eq subposts).Count | Should -Be 14
            $values[0].GetType().FullName | Should -Be 'N2fSync.Agresso.AgressoAxisValue'
            $audit = $values | Where-Object { $_.Code -eq 'PRJ-0050' }
            $audit.ValidTo | Should -Be ([datetime]'2026-12-31')
            ($values | Where-Object { $_.Code -eq 'PRJ-0042' -and $_.Company -eq 'BE01' }).ValidTo | Should -BeNullOrEmpty
            ($values | Where-Object Code -eq '1-NOP-654').Type | Should -Be 'PLAQUE'
        }
    }

    Describe 'Get-N2fEntity for axis scopes' {
        It 'returns the plates of every company, typed, under each company''s own axis uuid' {
            $plates = Get-N2fEntity -Scope plates -ConfigPath $script:Config
            $plates.Count | Should -Be 3
            $plates[0].GetType().FullName | Should -Be 'N2fSync.N2f.N2fAxisValue'
            $corsa = $plates | Where-Object Code -eq '1-KLM-321'
            $corsa.Company | Should -Be 'BE02'
            $corsa.AxisId | Should -Be (Get-AxisId 'c-2' 'plaque')
            $corsa.AxisId | Should -Not -Be (Get-AxisId 'c-1' 'plaque')
            $corsa.ValidFrom | Should -Be '2024-01-01T01:00:00+01:00'
        }
    }

    Describe 'Sync-N2fScope -Scope all' {
        It 'converges users and every axis in both companies' {
            $results = Sync-N2fScope -Scope all -ConfigPath $script:Config -Delete -Confirm:$false -WarningAction SilentlyContinue
            @($results | Where-Object Outcome -eq Failed).Count | Should -Be 0
            foreach ($scope in 'projects', 'plates', 'subposts') { Assert-AxisConverged $scope $script:Config }
            (Get-N2fUsersState $script:Emulator).Count | Should -Be 25
            ($results | Where-Object { $_.Scope -eq 'projects' -and $_.Outcome -eq 'Updated' }).Key | Sort-Object |
                Should -Be @('PRJ-0042', 'PRJ-0050')
            ($results | Where-Object Outcome -eq Deleted | ForEach-Object { "$($_.Scope) $($_.Key) $($_.Company)" }) |
                Should -Be @('projects PRJ-0999 BE01', 'plates 1-OLD-000 BE02', 'subposts SP-99 BE02')
            # Users first, then the axes; each scope's deletes after its writes.
            $order = @($results.Scope | Select-Object -Unique)
            $order | Should -Be @('users', 'projects', 'plates', 'subposts')
        }

        It 'writes nothing on a second run' {
            Sync-N2fScope -Scope all -ConfigPath $script:Config -Delete -Confirm:$false -WarningAction SilentlyContinue | Out-Null
            Clear-N2fEmulatorRequests $script:Emulator
            @(Sync-N2fScope -Scope all -ConfigPath $script:Config -Delete -Confirm:$false -WarningAction SilentlyContinue).Count | Should -Be 0
            Get-WriteCount $script:Emulator | Should -Be 0
        }

        It 'writes nothing with -WhatIf' {
            $results = Sync-N2fScope -Scope all -ConfigPath $script:Config -Delete -WhatIf -WarningAction SilentlyContinue
            @($results).Count | Should -Be 0
            Get-WriteCount $script:Emulator | Should -Be 0
        }
    }

    Describe 'Axis pipelines' {
        It 'Get-AgressoEntity | Compare-N2fPayload | Sync-N2fScope converges projects and touches no other axis' {
            $changes = Get-AgressoEntity -Scope projects -ConfigPath $script:Config | Compare-N2fPayload -ConfigPath $script:Config
            $update = $changes | Where-Object { $_.Key -eq 'PRJ-0042' -and $_.Company -eq 'BE01' }
            $update.Action | Should -Be 'Update'
            ($update.Differences | Where-Object Field -eq 'names[fr]').N2fValue | Should -Be 'Rénovation ancienne école'
            ($changes | Where-Object { $_.Key -eq 'PRJ-0050' }).Differences.Field | Should -Be 'validityDateTo'
            ($changes | Where-Object Action -eq Delete).Target | Should -Be 'projects value PRJ-0999 (BE01)'
            Get-WriteCount $script:Emulator | Should -Be 0

            $results = $changes | Sync-N2fScope -ConfigPath $script:Config -Delete -Confirm:$false
            ($results | Where-Object Outcome -eq Created).Count | Should -Be 11
            Assert-AxisConverged projects $script:Config
            (Get-N2fAxisValues 'c-2' 'plaque').ContainsKey('1-OLD-000') | Should -BeTrue
        }

        It 'routes rows of the analytics view imported from CSV by their typ' {
            $csv = Join-Path $script:RepoRoot 'samples/csv/iris_N2F_Analytics.csv'
            $changes = Import-Csv $csv | Compare-N2fPayload -ConfigPath $script:Config
            ($changes | Where-Object Action -eq Create | Group-Object Scope -NoElement | Sort-Object Name |
                ForEach-Object { "$($_.Name)=$($_.Count)" }) | Should -Be @('plates=10', 'projects=11', 'subposts=13')
        }

        It 'deletes nothing in a company the pipeline filtered out' {
            Get-AgressoEntity -Scope plates -ConfigPath $script:Config | Where-Object Company -eq 'BE01' |
                Compare-N2fPayload -ConfigPath $script:Config | Sync-N2fScope -ConfigPath $script:Config -Delete -Confirm:$false | Out-Null
            (Get-N2fAxisValues 'c-2' 'plaque').Keys | Sort-Object | Should -Be @('1-KLM-321', '1-OLD-000')
            (Get-N2fAxisValues 'c-1' 'plaque').Count | Should -Be 7
        }
    }

    Describe 'An axis declared only in the YAML' {
        It 'syncs like the built-in ones, under each company''s own axis of that name' {
            $state = Get-N2fEmulatorState $script:Emulator
            $state.axes += [pscustomobject]@{ companyUuid = 'c-1'; uuid = 'd1c0ffee-3333-4d00-8000-00000000c103'
                names = @(@{ culture = 'fr'; value = 'Vehicule' }, @{ culture = 'nl'; value = 'Voertuig' }) }
            $state.axes += [pscustomobject]@{ companyUuid = 'c-2'; uuid = 'e2c0ffee-3333-4e00-8000-00000000c203'
                names = @(@{ culture = 'nl'; value = 'Voertuig' }, @{ culture = 'fr'; value = 'vehicule' }) }
            Set-N2fEmulatorState $script:Emulator $state
            Add-N2fAxisValue 'c-2' 'vehicule' 'V-OLD' 'Fiat Panda'
            $csv = Write-AnalyticsCsv -Folder (Join-Path $script:Work 'csv') -Rows @(
                @{ typ = 'VEHICULE'; client = 'BE01'; code = 'V-001'; description = 'Škoda Octavia break'; status = 'N'; date_from = '01/02/2026'; date_to = '2099-12-31' }
                @{ typ = 'vehicule'; client = 'BE02'; code = 'V-001'; description = "Camionnette d'atelier"; status = 'N'; date_from = '2025-06-01'; date_to = '31/05/2029' }
                @{ typ = 'PROJECT'; client = 'BE01'; code = 'PRJ-0042'; description = 'Rénovation école'; status = 'N'; date_from = '2026-01-01'; date_to = '' }
            )
            $extra = "axes:`n  vehicles: { type: VEHICULE, axis: vehicule, cultures: [fr, nl] }"
            $config = New-TestConfig -Folder $script:Work -Emulator $script:Emulator -CsvFolder $csv -Extra $extra

            $results = Sync-N2fScope -Scope vehicles -ConfigPath $config -Delete -Confirm:$false
            ($results | ForEach-Object { "$($_.Outcome) $($_.Key) $($_.Company)" }) |
                Should -Be @('Created V-001 BE01', 'Created V-001 BE02', 'Deleted V-OLD BE02')
            (Get-N2fAxisValues 'c-1' 'Vehicule')['V-001'].validityDateFrom | Should -Be '2026-02-01'
            (Get-N2fAxisValues 'c-2' 'vehicule')['V-001'].validityDateTo | Should -Be '2029-05-31'
            (Get-N2fEntity -Scope vehicles -ConfigPath $config).Count | Should -Be 2
        }
    }

    Describe 'Bad analytics rows' {
        BeforeEach {
            $csv = Write-AnalyticsCsv -Folder (Join-Path $script:Work 'csv') -Rows @(
                @{ typ = 'PROJECT'; client = 'BE01'; code = 'PRJ-0042'; description = 'Rénovation école'; date_from = '2026-01-01' }
                @{ typ = 'PROJECT'; client = 'FR77'; code = 'PRJ-7001'; description = 'Chantier de Lille' }
                @{ typ = 'PROJECT'; client = 'BE02'; code = 'PRJ-2001'; description = 'Bureaux Namur – aménagement'; date_to = '31/12/2026' }
                @{ typ = 'PROJECT'; client = 'BE01'; code = 'PRJ-0050'; description = 'Audit énergétique'; date_to = 'fin 2026' }
                @{ typ = 'VEHICULE'; client = 'BE01'; code = 'V-001'; description = 'Škoda Octavia break' }
                @{ typ = 'VEHICULE'; client = 'BE02'; code = 'V-002'; description = 'Renault Kangoo' }
            )
            $script:Config = New-TestConfig -Folder $script:Work -Emulator $script:Emulator -CsvFolder $csv
        }

        It 'fail alone with ErrorRecords naming the row, while the others sync and their N2F values are kept' {
            $results = Sync-N2fScope -Scope projects -ConfigPath $script:Config -Delete -Confirm:$false `
                -ErrorVariable errors -ErrorAction SilentlyContinue -WarningVariable warnings -WarningAction SilentlyContinue
            $unknown = $errors | Where-Object FullyQualifiedErrorId -eq 'AgressoRowUnknownCompany,N2fSync.Commands.Commands.SyncN2fScopeCommand'
            # Errors name the file's line (the header is line 1), not a position among the rows.
            $unknown.Exception.Message | Should -BeLike '*iris_N2F_Analytics.csv line 3*FR77*'
            $unknown.CategoryInfo.Category | Should -Be 'InvalidData'
            ($errors | Where-Object { $_.FullyQualifiedErrorId -like 'AgressoRowInvalidDate,*' }).Exception.Message |
                Should -BeLike '*iris_N2F_Analytics.csv line 5*date_to*fin 2026*'
            # A typ no scope declares is not an error: one warning with the count, and the rows are left alone.
            @($warnings | Where-Object { "$_" -like "*2 row(s) with typ 'VEHICULE'*" }).Count | Should -Be 1
            ($results | Where-Object Outcome -eq Created | ForEach-Object { "$($_.Key) $($_.Company)" }) | Should -Be 'PRJ-2001 BE02'
            (Get-N2fAxisValues 'c-1' 'projects')['PRJ-0042'].names[0].value | Should -Be 'Rénovation école'
            (Get-N2fAxisValues 'c-1' 'projects')['PRJ-0050'].validityDateTo | Should -Be '2026-06-30'
            (Get-N2fAxisValues 'c-1' 'projects').ContainsKey('PRJ-0999') | Should -BeFalse
        }
    }
}
