using BenchmarkDotNet.Running;
using N2fSync.Benchmarks;
using N2fSync.Benchmarks.Micro;

// bench/Invoke-Benchmarks.ps1 drives these commands and writes docs/benchmarks.md from what they print and save.
return await Commands.RunAsync(args, argv =>
{
    var quick = argv.Contains("--quick");
    var artifacts = Commands.Option(argv, "--artifacts") ?? Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts");
    var rest = Commands.Without(argv, "--quick", "--artifacts");
    BenchmarkSwitcher.FromAssembly(typeof(Commands).Assembly).Run(rest, MicroConfig.Create(quick, artifacts));
    return 0;
});
