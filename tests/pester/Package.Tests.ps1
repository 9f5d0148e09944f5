# build.ps1 -Package: the zip Azure Automation imports (name = root folder = module name, < 100 MB, paths < 140).
Describe 'Module package' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        Add-Type -AssemblyName System.IO.Compression, System.IO.Compression.FileSystem
        $script:Packager = Join-Path $script:RepoRoot 'tools/New-ModulePackage.ps1'
        $script:ModuleFolder = Split-Path $script:ModuleManifest
        $script:Work = Join-Path ([IO.Path]::GetTempPath()) ('n2fsync-package-' + [guid]::NewGuid().ToString('N'))
        New-Item -ItemType Directory -Path $script:Work | Out-Null
        $script:Zip = & $script:Packager -ModuleFolder $script:ModuleFolder -Destination (Join-Path $script:Work 'out') 6>$null
        $archive = [System.IO.Compression.ZipFile]::OpenRead($script:Zip.FullName)
        try { $script:Entries = @($archive.Entries | ForEach-Object FullName) } finally { $archive.Dispose() }

        function New-FakeModule([string] $Parent, [string] $Name = 'N2fSync') {
            $folder = New-Item -ItemType Directory -Path (Join-Path $Parent $Name) -Force
            Set-Content (Join-Path $folder "$Name.psd1") "@{ ModuleVersion = '0.0.1' }"
            $folder.FullName
        }
    }

    AfterAll {
        Remove-Item $script:Work -Recurse -Force -ErrorAction SilentlyContinue
    }

    It 'is named after the module' {
        $script:Zip.Name | Should -Be 'N2fSync.zip'
    }

    It 'has the module folder as its only root, with / separators' {
        foreach ($entry in $script:Entries) {
            $entry | Should -BeLike 'N2fSync/*'
            $entry | Should -Not -Match '\\'
        }
    }

    It 'holds the manifest, the cmdlet assembly, the formats and the help' {
        foreach ($file in 'N2fSync.psd1', 'N2fSync.psm1', 'N2fSync.Commands.dll', 'N2fSync.Isolation.dll',
            'Dependencies/N2fSync.Core.dll', 'N2fSync.Format.ps1xml',
            'en-US/N2fSync.Commands.dll-Help.xml', 'en-US/about_N2fSync.help.txt') {
            $script:Entries | Should -Contain "N2fSync/$file"
        }
    }

    It 'holds every file of the built module' {
        # -Force: hidden files too, as the packager sees them.
        $built = @(Get-ChildItem $script:ModuleFolder -Recurse -File -Force | ForEach-Object {
            'N2fSync/' + $_.FullName.Substring($script:ModuleFolder.Length + 1).Replace('\', '/') })
        @($script:Entries | Sort-Object) | Should -Be @($built | Sort-Object)
    }

    It 'is made of a module folder that holds only what the build lays out' {
        # The zip is the folder as it is, so a file an older build left there would ship. The build prunes such files
        # (PruneModuleOut in src/N2fSync.Commands/ModuleLayout.targets): run that target on a copy of the built folder
        # with strays added; the strays go, every file the build made stays.
        $copy = Join-Path $script:Work 'pruned/N2fSync'
        New-Item -ItemType Directory -Path (Split-Path $copy) -Force | Out-Null
        Copy-Item $script:ModuleFolder -Destination $copy -Recurse
        $before = @(Get-ChildItem $copy -Recurse -File -Force | ForEach-Object { $_.FullName.Substring($copy.Length) } | Sort-Object)
        $strays = '.keep', 'YamlDotNet.dll', 'Dependencies/Old.Dependency.dll', 'en-US/about_Renamed.help.txt'
        foreach ($stray in $strays) {
            $path = Join-Path $copy $stray
            New-Item -ItemType Directory -Path (Split-Path $path) -Force | Out-Null
            Set-Content -Path $path -Value 'stale'
        }
        $project = Join-Path $script:RepoRoot 'src/N2fSync.Commands/N2fSync.Commands.csproj'
        # The configuration whose build output the module folder was laid out from.
        $configuration = (Get-ChildItem (Join-Path $script:RepoRoot 'src/N2fSync.Commands/bin') -Directory |
            Where-Object { Test-Path (Join-Path $_.FullName 'netstandard2.0/N2fSync.Commands.dll') } |
            Sort-Object { (Get-Item (Join-Path $_.FullName 'netstandard2.0/N2fSync.Commands.dll')).LastWriteTimeUtc } -Descending |
            Select-Object -First 1).Name
        $output = & dotnet msbuild $project -t:PruneModuleOut -p:TargetFramework=netstandard2.0 "-p:Configuration=$configuration" `
            "-p:ModuleOut=$copy/" -nologo -v:m 2>&1
        $LASTEXITCODE | Should -Be 0 -Because ($output -join "`n")
        foreach ($stray in $strays) { Join-Path $copy $stray | Should -Not -Exist }
        $after = @(Get-ChildItem $copy -Recurse -File -Force | ForEach-Object { $_.FullName.Substring($copy.Length) } | Sort-Object)
        $after | Should -Be $before
    }

    It 'is under 100 MB' {
        $script:Zip.Length | Should -BeLessThan 100MB
    }

    It 'has no path of 140 characters or more' {
        foreach ($entry in $script:Entries) { $entry.Length | Should -BeLessThan 140 -Because $entry }
    }

    It 'unpacks to a valid module manifest' {
        $unpacked = Join-Path $script:Work 'unpacked'
        Expand-Archive -Path $script:Zip.FullName -DestinationPath $unpacked
        (Test-ModuleManifest (Join-Path $unpacked 'N2fSync/N2fSync.psd1') -ErrorAction Stop).Name | Should -Be 'N2fSync'
    }

    It 'fails on a path of 140 characters or more' {
        $folder = New-FakeModule (Join-Path $script:Work 'long')
        $deep = New-Item -ItemType Directory -Path (Join-Path $folder ('d' * 60)) -Force
        Set-Content (Join-Path $deep ('f' * 80 + '.txt')) 'x'
        { & $script:Packager -ModuleFolder $folder -Destination (Join-Path $script:Work 'long-out') 6>$null } |
            Should -Throw '*140 characters*'
        Join-Path $script:Work 'long-out/N2fSync.zip' | Should -Not -Exist
    }

    It 'fails, leaving no zip, when it is too large' {
        $folder = New-FakeModule (Join-Path $script:Work 'big')
        $bytes = [byte[]]::new(64KB); [Random]::new(1).NextBytes($bytes)
        [IO.File]::WriteAllBytes((Join-Path $folder 'random.bin'), $bytes)
        { & $script:Packager -ModuleFolder $folder -Destination (Join-Path $script:Work 'big-out') -MaxBytes 32KB 6>$null } |
            Should -Throw '*under*MB*'
        Join-Path $script:Work 'big-out/N2fSync.zip' | Should -Not -Exist
    }

    It 'fails on a folder without its manifest' {
        $folder = New-Item -ItemType Directory -Path (Join-Path $script:Work 'empty/N2fSync') -Force
        { & $script:Packager -ModuleFolder $folder.FullName -Destination (Join-Path $script:Work 'empty-out') 6>$null } |
            Should -Throw '*No module manifest*'
    }
}
