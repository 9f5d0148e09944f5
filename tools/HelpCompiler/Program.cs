using N2fSync.HelpCompiler;

// HelpCompiler --assembly <module>/N2fSync.Commands.dll --docs docs/help --out <module>/en-US
// Writes <out>/<assembly file name>-Help.xml and <out>/about_*.help.txt. Exit code 0 unless an input is unusable.
var options = ParseArguments(args);
if (options is null)
{
    Console.Error.WriteLine("usage: HelpCompiler --assembly <cmdlets.dll> --docs <folder> --out <folder>");
    return 2;
}
var (assembly, docs, output) = options.Value;
var diagnostics = new Diagnostics();
if (!File.Exists(assembly) || !Directory.Exists(docs))
{
    diagnostics.Error(File.Exists(assembly) ? docs : assembly, 0, "N2FHELP000", "Input not found.");
    return 1;
}
Directory.CreateDirectory(output);

var cmdlets = CmdletReader.Read(assembly);
var helps = Directory.EnumerateFiles(docs, "*.md")
    .Where(f => !Path.GetFileName(f).StartsWith("about_", StringComparison.OrdinalIgnoreCase)
                && !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
    .Select(f => CommandHelp.Read(f, diagnostics))
    .ToDictionary(h => h.Name, StringComparer.OrdinalIgnoreCase);

var commands = new List<(CmdletMetadata, CommandHelp?)>();
foreach (var cmdlet in cmdlets)
{
    helps.TryGetValue(cmdlet.Name, out var help);
    Check(cmdlet, help, docs, diagnostics);
    commands.Add((cmdlet, help));
}
foreach (var help in helps.Values.Where(h => cmdlets.All(c => !c.Name.Equals(h.Name, StringComparison.OrdinalIgnoreCase))))
    diagnostics.Warn(help.Path, 1, "N2FHELP002", $"{help.Name} is not a cmdlet of {Path.GetFileName(assembly)}.");

var mamlPath = Path.Combine(output, Path.GetFileName(assembly) + "-Help.xml");
MamlWriter.Write(mamlPath, commands);
var abouts = Directory.EnumerateFiles(docs, "about_*.md").ToList();
foreach (var about in abouts)
    AboutWriter.Write(about, Path.Combine(output, Path.GetFileNameWithoutExtension(about) + ".help.txt"));

Console.WriteLine($"HelpCompiler: {commands.Count} cmdlet(s) -> {mamlPath}; {abouts.Count} about topic(s); "
                  + $"{diagnostics.Warnings} warning(s).");
return diagnostics.Errors > 0 ? 1 : 0;

static void Check(CmdletMetadata cmdlet, CommandHelp? help, string docs, Diagnostics diagnostics)
{
    if (help is null)
    {
        diagnostics.Warn(Path.Combine(docs, cmdlet.Name + ".md"), 0, "N2FHELP001", $"{cmdlet.Name} has no help file.");
        return;
    }
    if (help.Synopsis.Count == 0) diagnostics.Warn(help.Path, 1, "N2FHELP003", $"{cmdlet.Name} has no synopsis.");
    if (help.Examples.Count < 2) diagnostics.Warn(help.Path, 1, "N2FHELP006", $"{cmdlet.Name} has {help.Examples.Count} example(s); write at least two.");
    foreach (var parameter in cmdlet.Parameters.Where(p => p.Name is not ("WhatIf" or "Confirm")))
        if (!help.Parameters.TryGetValue(parameter.Name, out var prose) || prose.Description.Count == 0)
            diagnostics.Warn(help.Path, 1, "N2FHELP004", $"Parameter -{parameter.Name} of {cmdlet.Name} has no description.");
    foreach (var (name, prose) in help.Parameters)
        if (cmdlet.Parameters.All(p => !p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            diagnostics.Warn(help.Path, prose.Line, "N2FHELP005", $"{cmdlet.Name} has no parameter -{name}.");
    foreach (var type in cmdlet.OutputTypes)
        if (!help.Outputs.Any(o => MamlWriter.TypeHelpMatches(o, type)))
            diagnostics.Warn(help.Path, 1, "N2FHELP007", $"[OutputType] {type.Full} of {cmdlet.Name} is not described under ## OUTPUTS.");
}

static (string Assembly, string Docs, string Output)? ParseArguments(string[] args)
{
    string? assembly = null, docs = null, output = null;
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        switch (args[i])
        {
            case "--assembly": assembly = args[i + 1]; break;
            case "--docs": docs = args[i + 1]; break;
            case "--out": output = args[i + 1]; break;
            default: return null;
        }
    }
    return assembly is null || docs is null || output is null ? null : (assembly, docs, output);
}
