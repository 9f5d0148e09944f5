using System.Globalization;

namespace N2fSync.Emulator;

/// <summary>The emulator executable's arguments.</summary>
internal sealed record EmulatorCommandLine
{
    public const string Usage =
        "Usage: dotnet N2fSync.Emulator.dll [--port N] [--state file.json] [--seed-reference] [--url-file path] [--parent-pid N]";

    public int Port { get; init; }

    public string? StateFile { get; init; }

    public bool SeedReference { get; init; }

    public string? UrlFile { get; init; }

    public int? ParentPid { get; init; }

    public bool ShowHelp { get; init; }

    /// <exception cref="ArgumentException">An unknown option or a bad value; the message says which.</exception>
    public static EmulatorCommandLine Parse(IReadOnlyList<string> args)
    {
        var result = new EmulatorCommandLine();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            result = arg switch
            {
                "--port" => result with { Port = Number(arg, Value(args, ref i), 0, 65535) },
                "--state" => result with { StateFile = Value(args, ref i) },
                "--seed-reference" => result with { SeedReference = true },
                "--url-file" => result with { UrlFile = Value(args, ref i) },
                "--parent-pid" => result with { ParentPid = Number(arg, Value(args, ref i), 1, int.MaxValue) },
                "--help" or "-h" or "-?" => result with { ShowHelp = true },
                _ => throw new ArgumentException($"Unknown argument '{arg}'."),
            };
        }

        return result;
    }

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count && !args[i].StartsWith("--", StringComparison.Ordinal)
            ? args[i]
            : throw new ArgumentException($"{args[i - 1]} needs a value.");

    private static int Number(string option, string text, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ArgumentException($"{option} must be a whole number from {min} to {max}, not '{text}'.");
}
