using BenchmarkDotNet.Running;
using Portal.Benchmarks;

// "search-report" prints the さがす latency/memory table (percentiles BenchmarkDotNet does not report); else BenchmarkDotNet.
if (args is ["search-report"])
    SearchLatencyReport.Run();
else
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
