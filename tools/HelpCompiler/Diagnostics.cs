namespace N2fSync.HelpCompiler;

/// <summary>
/// Messages in the canonical "file(line): warning CODE: text" shape, so MSBuild's Exec shows them as build
/// warnings with a location. Missing prose is a warning here and a failure in tests/pester/Help.Tests.ps1: a
/// developer adding a cmdlet is not blocked from building, but the suite is red until the help exists.
/// </summary>
internal sealed class Diagnostics
{
    public int Warnings { get; private set; }
    public int Errors { get; private set; }

    public void Warn(string file, int line, string code, string message)
    {
        Warnings++;
        Console.Out.WriteLine($"{Location(file, line)}: warning {code}: {message}");
    }

    public void Error(string file, int line, string code, string message)
    {
        Errors++;
        Console.Out.WriteLine($"{Location(file, line)}: error {code}: {message}");
    }

    private static string Location(string file, int line) => line > 0 ? $"{file}({line})" : file;
}
