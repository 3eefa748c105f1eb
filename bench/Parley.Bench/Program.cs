using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project bench/Parley.Bench -- --filter '*Tokeniz*'
// Results are written to BenchmarkDotNet.Artifacts/results; copy the markdown to bench/results/.
BenchmarkSwitcher.FromAssembly(typeof(Parley.Bench.BenchTexts).Assembly).Run(args);
