using BenchmarkDotNet.Running;
using N2fSync.Benchmarks.Micro;
using N2fSync.Benchmarks;

// bench/Invoke-Benchmarks.ps1 drives these commands and writes docs/benchmarks.md from what they print and save.
return await Commands.RunAsync(args, argv =>
{
    var quick = argv.Contains("--quick");
    if (quick) Environment.SetEnvironmentVariable("N2FSYNC_BENCH_QUICK", "1");
    var artifacts = Commands.Option(argv, "--artifacts") ?? Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts");
    var rest = Commands.Without(argv, "--quick", "--artifacts");
    // Every benchmark unless a filter is given (a shell would expand a '*' typed on the command line).
    if (!rest.Contains("--filter")) rest = [.. rest, "--filter", "*"];
    BenchmarkSwitcher.FromAssembly(typeof(Commands).Assembly).Run(rest, MicroConfig.Create(quick, artifacts));
    return 0;
});
