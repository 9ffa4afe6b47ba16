namespace KnowledgeGraph.Api.Feed;

/// <summary>A subscription did not take its events as fast as they came and its buffer filled.</summary>
public sealed class SubscriberFellBehindException(int buffer)
    : Exception($"This subscription fell more than {buffer:N0} events behind and was ended; subscribe again to go on from now.");
