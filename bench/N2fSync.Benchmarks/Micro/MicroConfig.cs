using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace N2fSync.Benchmarks.Micro;

/// <summary>
/// BenchmarkDotNet in process (no generated project to build: minutes saved on a 2-core machine), allocations
/// measured, results exported as GitHub markdown and JSON. The short job fits a CI-like time budget; quick is
/// shorter still, for a smoke run.
/// </summary>
internal static class MicroConfig
{
    public static IConfig Create(bool quick, string artifacts)
    {
        var job = (quick ? Job.ShortRun.WithWarmupCount(1).WithIterationCount(3).WithId("Quick") : Job.ShortRun)
            .WithToolchain(InProcessEmitToolchain.Instance);
        return ManualConfig.CreateMinimumViable()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddExporter(MarkdownExporter.GitHub)
            .AddExporter(JsonExporter.Brief)
            .WithArtifactsPath(artifacts)
            .WithOptions(ConfigOptions.DisableLogFile);
    }
}
