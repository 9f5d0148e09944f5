using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;

[assembly: InternalsVisibleTo("N2fSync.Core.Tests")]

namespace N2fSync.NotifyReceiver;

/// <summary>
/// <c>dotnet N2fSync.NotifyReceiver.dll --url-file path [--parent-pid N]</c>: serves until it is killed or the parent
/// process is gone (so a test run that dies leaves no receiver behind); the URL file (written when both servers listen) holds the hooks URL, the admin URL and both SMTP ports.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        string? urlFile = null;
        int? parent = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--url-file") urlFile = args[i + 1];
            else if (args[i] == "--parent-pid" && int.TryParse(args[i + 1], out var pid)) parent = pid;
            else
            {
                await Console.Error.WriteLineAsync($"unknown argument {args[i]}; usage: --url-file <path> [--parent-pid <pid>]");
                return 2;
            }
        }
        await using var receiver = await NotifyReceiver.StartAsync();
        if (urlFile is not null)
        {
            var temp = urlFile + "." + Guid.NewGuid().ToString("N") + ".tmp";
            await File.WriteAllTextAsync(temp, JsonSerializer.Serialize(new
            {
                hooksUrl = receiver.HooksUrl.ToString(), adminUrl = receiver.AdminUrl.ToString(),
                smtpPort = receiver.SmtpPort, smtpsPort = receiver.SmtpsPort,
            }));
            File.Move(temp, urlFile, overwrite: true);
        }
        await Console.Out.WriteLineAsync($"Notify receiver: hooks at {receiver.HooksUrl}, SMTP on {receiver.SmtpPort} (STARTTLS) and {receiver.SmtpsPort} (TLS)");
        await ParentGone(parent);
        return 0;
    }

    private static async Task ParentGone(int? pid)
    {
        if (pid is null)
        {
            await Task.Delay(Timeout.Infinite);
            return;
        }
        try
        {
            using var parent = Process.GetProcessById(pid.Value);
            await parent.WaitForExitAsync();
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
    }
}
