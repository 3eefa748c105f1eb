using System.Diagnostics;

namespace Parley.Bench;

/// <summary>Times an operation by process CPU time, for a machine shared with other work.</summary>
internal static class CpuTimer
{
    /// <summary>The best CPU and wall-clock milliseconds of <paramref name="repeats"/> runs of <paramref name="op"/>.</summary>
    public static (double Cpu, double Wall) BestOf(int repeats, Action op)
    {
        var (cpu, wall) = (double.MaxValue, double.MaxValue);
        for (var i = 0; i < repeats; i++)
        {
            var process = Process.GetCurrentProcess();
            var cpu0 = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            op();
            wall = Math.Min(wall, watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu = Math.Min(cpu, (process.TotalProcessorTime - cpu0).TotalMilliseconds);
        }
        return (cpu, wall);
    }
}
