# Both HTML reports as a manager opens them: rendered by a real browser (headless Chromium), they draw their charts,
# load nothing from anywhere, and nothing spills out of its box at 1280 pixels. Screenshots stay in out/screenshots/.
# .ci/run installs Chromium and sets N2FSYNC_REQUIRE_BROWSER, so there a missing browser fails instead of skipping.
BeforeDiscovery {
    $candidates = @($env:N2FSYNC_BROWSER, 'chromium', 'chromium-browser', 'google-chrome', 'msedge') | Where-Object { $_ }
    $script:Browser = $candidates | ForEach-Object { Get-Command $_ -CommandType Application -ErrorAction SilentlyContinue } |
        Select-Object -First 1 -ExpandProperty Source
    $script:NoBrowser = -not $script:Browser -and -not $env:N2FSYNC_REQUIRE_BROWSER
}

Describe 'The HTML reports in a browser' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        Import-Module $script:ModuleManifest -Force
        $candidates = @($env:N2FSYNC_BROWSER, 'chromium', 'chromium-browser', 'google-chrome', 'msedge') | Where-Object { $_ }
        $script:Browser = $candidates | ForEach-Object { Get-Command $_ -CommandType Application -ErrorAction SilentlyContinue } |
            Select-Object -First 1 -ExpandProperty Source
        $script:Work = New-TestFolder
        $script:Shots = Join-Path $script:RepoRoot 'out/screenshots'
        New-Item -ItemType Directory -Path $script:Shots -Force | Out-Null

        # Marks on <body> what the rendered page looks like: elements wider than their box, charts with drawn shapes,
        # resources fetched. Injected into a copy of the page, which itself carries no script.
        $script:Probe = @'
<script>
(function () {
  var body = document.body, over = [];
  Array.prototype.forEach.call(document.querySelectorAll('body *'), function (el) {
    if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
      over.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).replace(/ /g, '.') : '') + ' ' + el.scrollWidth + '>' + el.clientWidth);
  });
  if (document.documentElement.scrollWidth > window.innerWidth) over.push('page ' + document.documentElement.scrollWidth);
  body.setAttribute('data-overflow', over.join('; '));
  var charts = document.querySelectorAll('svg.chart'), drawn = 0;
  Array.prototype.forEach.call(charts, function (svg) {
    var shapes = 0;
    Array.prototype.forEach.call(svg.querySelectorAll('rect, path, polyline, circle'), function (shape) {
      var box = shape.getBBox();
      if (box.width > 0 && (box.height > 0 || shape.tagName === 'polyline')) shapes++;
    });
    svg.setAttribute('data-drawn', String(shapes));
    if (shapes > 0) drawn++;
  });
  body.setAttribute('data-charts', String(charts.length));
  body.setAttribute('data-charts-drawn', String(drawn));
  body.setAttribute('data-resources', String(performance.getEntriesByType('resource').length));
})();
</script>
'@

        function Invoke-Browser([string[]] $Arguments) {
            <# Runs the browser headless with a fresh profile and no network chatter; returns what it printed. #>
            $profileDir = Join-Path $script:Work ('profile-' + [guid]::NewGuid().ToString('N'))
            $all = @('--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                '--disable-background-networking', '--disable-component-update', '--disable-sync', "--user-data-dir=$profileDir",
                '--window-size=1280,2000') + $Arguments
            # One quoted command line: ProcessStartInfo.ArgumentList does not exist in Windows PowerShell 5.1.
            $info = [Diagnostics.ProcessStartInfo]::new($script:Browser, (($all | ForEach-Object { '"' + $_ + '"' }) -join ' '))
            $info.UseShellExecute = $false
            $info.RedirectStandardOutput = $true
            $info.RedirectStandardError = $true
            $process = [Diagnostics.Process]::Start($info)
            $stderr = $process.StandardError.ReadToEndAsync()
            $stdout = $process.StandardOutput.ReadToEnd()
            if (-not $process.WaitForExit(120000)) { $process.Kill(); throw 'The browser did not finish within 2 minutes.' }
            $null = $stderr.Result
            $stdout
        }

        function Get-Rendering([string] $Page, [string] $Name) {
            <# The page's body attributes once the probe ran in the browser, and a screenshot of the page itself. #>
            $probed = Join-Path $script:Work "$Name-probed.html"
            [IO.File]::WriteAllText($probed, [IO.File]::ReadAllText($Page).Replace('</body>', "$script:Probe</body>"))
            $dom = Invoke-Browser @('--dump-dom', [Uri]::new((Resolve-Path $probed).ProviderPath).AbsoluteUri)
            $shot = Join-Path $script:Shots "$Name.png"
            Remove-Item $shot -ErrorAction SilentlyContinue
            Invoke-Browser @("--screenshot=$shot", [Uri]::new((Resolve-Path $Page).ProviderPath).AbsoluteUri) | Out-Null
            $body = [regex]::Match($dom, '<body[^>]*>').Value
            $attributes = @{}
            foreach ($m in [regex]::Matches($body, '(data-[a-z-]+)="([^"]*)"')) { $attributes[$m.Groups[1].Value] = $m.Groups[2].Value }
            [pscustomobject]@{ Attributes = $attributes; Screenshot = $shot; Text = [IO.File]::ReadAllText($Page) }
        }

        function Sync-Night([object[]] $Rows, [switch] $Delete) {
            Write-UsersCsv -Folder $script:Csv -Rows $Rows | Out-Null
            Sync-N2fScope -Scope users -ConfigPath $script:Config -Delete:$Delete -Confirm:$false `
                -ErrorAction SilentlyContinue -WarningAction SilentlyContinue | Out-Null
        }

        if ($script:Browser) {
            # Four nights: the first load, a night with a row N2F refuses and one Agresso gets wrong, the same again
            # with a truncated view whose deletes the guard holds, then a quiet night.
            $script:Emulator = Start-TestEmulator
            $script:Csv = Join-Path $script:Work 'csv'
            Copy-Item (Join-Path $script:RepoRoot 'samples/csv') $script:Csv -Recurse
            $script:Config = New-TestConfig -Folder $script:Work -Emulator $script:Emulator -CsvFolder $script:Csv
            (Get-Content $script:Config -Raw) -replace '(?m)^(\s*)maxDeleteCount:.*$', '$1maxDeleteCount: 3' | Set-Content $script:Config -Encoding utf8
            $rows = @(Import-Csv (Join-Path $script:Csv 'iris_N2F_User.csv') -Delimiter ';')
            $refused = New-UserRow 'marc.dupont@example.be' @{ Prenom = 'Marc'; Nom = 'Dupont'; langue = 'français' }
            $wrong = New-UserRow 'pas-une-adresse' @{ Prenom = 'Élodie'; Nom = "L'Écuyer" }
            Sync-Night $rows
            $rows[0].Fonction = 'Directrice financière'
            Sync-Night ($rows + $refused + $wrong)
            Sync-Night (@($rows | Select-Object -First 12) + $refused + $wrong) -Delete
            Sync-Night $rows
            $script:RunPage = Join-Path $script:Work 'last-night.html'
            Get-N2fSyncRun -ConfigPath $script:Config -Last 2 | Select-Object -Last 1 |
                Export-N2fSyncReport -ConfigPath $script:Config -Path $script:RunPage
            $script:HistoryPage = Join-Path $script:Work 'history.html'
            Export-N2fSyncReport -ConfigPath $script:Config -History -Path $script:HistoryPage
            $script:Run = Get-Rendering $script:RunPage 'run-report'
            $script:History = Get-Rendering $script:HistoryPage 'history-report'
        }
    }

    AfterAll {
        if ($script:Emulator) { Stop-TestEmulator $script:Emulator }
        Remove-Item $script:Work -Recurse -Force -ErrorAction SilentlyContinue
    }

    It 'has a browser to render with' -Skip:$script:NoBrowser {
        $script:Browser | Should -Not -BeNullOrEmpty -Because 'Chromium (or Chrome, Edge) renders the reports; .ci/run installs it'
    }

    Context '<_>' -ForEach 'run-report', 'history-report' {
        BeforeAll {
            $script:Page = if ($_ -eq 'run-report') { $script:Run } else { $script:History }
        }

        It 'names no file, style or font outside the page' -Skip:$script:NoBrowser {
            foreach ($external in 'src=', 'href=', 'url(', '@import', '<link', '<script') {
                $script:Page.Text | Should -Not -BeLike "*$external*"
            }
        }

        It 'loads nothing in the browser' -Skip:$script:NoBrowser {
            $script:Page.Attributes['data-resources'] | Should -Be '0'
        }

        It 'has nothing wider than its box at 1280 pixels' -Skip:$script:NoBrowser {
            $script:Page.Attributes.ContainsKey('data-overflow') | Should -BeTrue -Because 'the probe ran'
            $script:Page.Attributes['data-overflow'] | Should -BeNullOrEmpty
        }

        It 'leaves a screenshot under out/screenshots' -Skip:$script:NoBrowser {
            (Get-Item $script:Page.Screenshot).Length | Should -BeGreaterThan 20KB
        }
    }

    It 'draws every chart of the history' -Skip:$script:NoBrowser {
        $script:History.Attributes['data-charts'] | Should -Be '5'
        $script:History.Attributes['data-charts-drawn'] | Should -Be '5'
    }

    It 'shows the key that keeps failing and every night in the history' -Skip:$script:NoBrowser {
        $script:History.Text | Should -BeLike '*marc.dupont@example.be*2 of 4*'
        ([regex]::Matches($script:History.Text, 'class="badge ')).Count | Should -Be 4
    }
}
