namespace KnowledgeGraph.Api.Transport;

/// <summary>The close codes of the graphql-transport-ws protocol.</summary>
public static class CloseCodes
{
    public const int BadMessage = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int SubprotocolNotAcceptable = 4406;
    public const int InitTimeout = 4408;
    public const int DuplicateSubscriber = 4409;
    public const int TooManyInitRequests = 4429;
}
