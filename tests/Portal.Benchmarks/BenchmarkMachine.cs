using System.Runtime.InteropServices;

namespace Portal.Benchmarks;

/// <summary>What the reports say about the machine they ran on, so figures from different runs can be put side by side.</summary>
public static class BenchmarkMachine
{
    /// <summary>Cores, CPU model, OS and runtime.</summary>
    public static string Describe() =>
        $"{Environment.ProcessorCount} cores{Cpu()}, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}";

    /// <summary>The 1-minute load average where Linux tells it.</summary>
    public static string LoadAverage()
    {
        const string LoadAvg = "/proc/loadavg";
        return File.Exists(LoadAvg) ? File.ReadAllText(LoadAvg).Split(' ')[0] : "n/a";
    }

    /// <summary>The CPU's model name where Linux tells it.</summary>
    private static string Cpu()
    {
        const string CpuInfo = "/proc/cpuinfo";
        var model = File.Exists(CpuInfo)
            ? File.ReadLines(CpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return model is null ? "" : $" ({model})";
    }
}
