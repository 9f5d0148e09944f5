using System.Diagnostics;
using N2fSync.Emulator;

namespace N2fSync.Tests.Emulator;

/// <summary>The emulator as a separate process, the way the demo and the Pester tests run it.</summary>
public sealed class EmulatorProcessTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly string _folder = Directory.CreateTempSubdirectory("n2f-emulator-").FullName;
    private readonly List<Process> _started = [];

    [Fact]
    public async Task Process_WritesUrlFileServesSeededStateAndExitsWhenStdinCloses()
    {
        var urlFile = Path.Combine(_folder, "url.txt");
        var emulator = Start("--seed-reference", "--url-file", urlFile);
        var line = await emulator.StandardOutput.ReadLineAsync();
        var baseUrl = await File.ReadAllTextAsync(urlFile);

        using var http = new HttpClient();
        var state = await http.GetStringAsync(new Uri(new Uri(baseUrl), "/_emulator/state"));
        await Task.Delay(TimeSpan.FromSeconds(1.1)); // past the grace period in which an immediate EOF is ignored
        emulator.StandardInput.Close();

        Assert.Equal($"N2F emulator listening on {baseUrl}", line);
        Assert.EndsWith("/services/api/v2/", baseUrl, StringComparison.Ordinal);
        Assert.Contains("BE02", state, StringComparison.Ordinal);
        Assert.True(emulator.WaitForExit(Patience), "the emulator should exit once its stdin closes");
        Assert.Equal(0, emulator.ExitCode);
    }

    [Fact]
    public async Task Process_ExitsWhenParentPidIsGone()
    {
        var parent = Start();
        await parent.StandardOutput.ReadLineAsync();
        var child = Start("--parent-pid", parent.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await child.StandardOutput.ReadLineAsync();

        parent.Kill();

        Assert.True(child.WaitForExit(Patience), "the emulator should exit once its parent is gone");
    }

    [Fact]
    public void CommandLine_Parse_ReadsEveryOption()
    {
        var args = EmulatorCommandLine.Parse(["--port", "8089", "--state", "demo.json", "--seed-reference", "--url-file", "u.txt", "--parent-pid", "42"]);

        Assert.Equal(new EmulatorCommandLine { Port = 8089, StateFile = "demo.json", SeedReference = true, UrlFile = "u.txt", ParentPid = 42 }, args);
    }

    [Theory]
    [InlineData("--verbose")]
    [InlineData("--port", "http")]
    [InlineData("--state")]
    public void CommandLine_Parse_RejectsBadArguments(params string[] args) =>
        Assert.Throws<ArgumentException>(() => EmulatorCommandLine.Parse(args));

    public void Dispose()
    {
        foreach (var process in _started)
        {
            if (!process.HasExited)
            {
                process.Kill();
            }

            process.Dispose();
        }

        Directory.Delete(_folder, recursive: true);
    }

    // Runs the emulator assembly copied next to the tests; stdin is a pipe this test holds open.
    private Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(typeof(N2fEmulator).Assembly.Location);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        _started.Add(process);
        return process;
    }
}
