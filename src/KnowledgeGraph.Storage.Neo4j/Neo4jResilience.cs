using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Retries with exponential backoff and jitter on connection failures, timeouts, 5xx and Neo.TransientError.* codes
/// (never on Neo.ClientError.*); a timeout per attempt; a circuit breaker so that a dead server fails fast.
/// </summary>
internal static class Neo4jResilience
{
    public static ResiliencePipeline Build(Neo4jOptions options, Action<ResiliencePipelineBuilder>? inner = null)
    {
        var transient = new PredicateBuilder()
            .Handle<Neo4jUnavailableException>()
            .Handle<HttpRequestException>()
            .Handle<TimeoutRejectedException>()
            .Handle<Neo4jException>(e => e.IsTransient);
        var builder = new ResiliencePipelineBuilder();
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = transient,
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
            });
        }
        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Neo4jUnavailableException>().Handle<HttpRequestException>().Handle<TimeoutRejectedException>(),
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
            })
            .AddTimeout(options.RequestTimeout);
        // Tests add Polly's chaos strategies here, inside the retries, to prove that faults are survived.
        inner?.Invoke(builder);
        return builder.Build();
    }
}
