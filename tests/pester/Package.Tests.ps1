# build.ps1 -Package: the zip Azure Automation imports (name = root folder = module name, < 100 MB, paths < 140).
Describe 'Module package' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        Add-Type -AssemblyName System.IO.Compression, System.IO.Compression.FileSystem
        $script:Packager = Join-Path $script:RepoRoot 'tests/tools/New-ModulePackage.ps1'
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
        $built = @(Get-ChildItem $script:ModuleFolder -Recurse -File | ForEach-Object {
            'N2fSync/' + $_.FullName.Substring($script:ModuleFolder.Length + 1).Replace('\', '/') })
        @($script:Entries | Sort-Object) | Should -Be @($built | Sort-Object)
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
