namespace KnowledgeGraph.Extraction.Gazetteers;

/// <summary>A state's intelligence service or force («الموساد», "CIA"): the state it serves and its English name.</summary>
public sealed record StateAgency(string State, string English);
