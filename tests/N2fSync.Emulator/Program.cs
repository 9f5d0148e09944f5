using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("N2fSync.Core.Tests")]

namespace N2fSync.Emulator;

/// <summary>
/// <c>dotnet N2fSync.Emulator.dll [--port N] [--state file.json] [--seed-reference] [--url-file path] [--parent-pid N]</c>:
/// serves the emulator until SIGTERM/Ctrl+C, until its stdin closes, or until the parent process is gone.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        EmulatorCommandLine commandLine;
        try
        {
            commandLine = EmulatorCommandLine.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            await Console.Error.WriteLineAsync(EmulatorCommandLine.Usage);
            return 2;
        }

        if (commandLine.ShowHelp)
        {
            await Console.Out.WriteLineAsync(EmulatorCommandLine.Usage);
            return 0;
        }

        return await EmulatorProcess.RunAsync(commandLine, Console.Out, Console.Error);
    }
}
