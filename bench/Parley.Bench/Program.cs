using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project bench/Parley.Bench -- --filter '*Tokeniz*'
// Results are written to BenchmarkDotNet.Artifacts/results; copy the markdown to bench/results/.
// `-- parse [REPEATS [syntax]]` parses EWT dev by CPU time and prints a digest of the parses (see ParseCheck).
// `-- parse-dump PATH SENTENCES` writes the parser's output on EWT dev for the parser tests (see ParseCheck.Dump).
// `-- mem` prints the engine's memory (see MemoryReport).
// `-- cpu [REPEATS]` times the pipeline benchmarks by process CPU time instead (see CpuTimeReport).
// `-- stage NAME [COPIES [SECONDS]]` times one stage by CPU time on the sample repeated COPIES times (see StageCpu).
if (args is ["stage", var stageName, ..])
    Parley.Bench.StageCpu.Run(stageName, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 48,
        args.Length > 3 ? double.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 10);
else if (args is ["cpu", ..])
    Parley.Bench.CpuTimeReport.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
else if (args is ["parse", ..])
    Parley.Bench.ParseCheck.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5, args is [_, _, "syntax"]);
else if (args is ["parse-dump", var dumpPath, var count])
    Parley.Bench.ParseCheck.Dump(dumpPath, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
else if (args is ["mem", ..])
    Parley.Bench.MemoryReport.Run();
else
    BenchmarkSwitcher.FromAssembly(typeof(Parley.Bench.BenchTexts).Assembly).Run(args);
