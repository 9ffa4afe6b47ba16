using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(KnowledgeGraph.Benchmarks.ExtractionBenchmark).Assembly).Run(args);
