using GraphQL.Validation;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace KnowledgeGraph.Api.Validation;

/// <summary>
/// Refuses documents built to exhaust the server rather than to ask something: too many operations in one document,
/// too many aliases (the same expensive field asked for under many names).
/// </summary>
public sealed class DocumentLimitsRule : ValidationRuleBase
{
    /// <summary>Operations one document may define (one is run; the others only cost parsing and validation).</summary>
    public const int MaxOperations = 5;

    /// <summary>Aliased fields one document may hold.</summary>
    public const int MaxAliases = 30;

    public override async ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operations = context.Document.Definitions.OfType<GraphQLOperationDefinition>().Count();
        if (operations > MaxOperations)
        {
            context.ReportError(new ValidationError($"The document defines {operations} operations; at most {MaxOperations} are allowed.") { Code = "OPERATIONS_LIMIT" });
        }
        var counter = new AliasCounter();
        await counter.VisitAsync(context.Document, new Count());
        if (counter.Aliases > MaxAliases)
        {
            context.ReportError(new ValidationError($"The document uses {counter.Aliases} aliases; at most {MaxAliases} are allowed.") { Code = "ALIAS_LIMIT" });
        }
        return null;
    }

    private sealed class Count : IASTVisitorContext
    {
        public CancellationToken CancellationToken => CancellationToken.None;
    }

    private sealed class AliasCounter : ASTVisitor<Count>
    {
        public int Aliases { get; private set; }

        protected override ValueTask VisitFieldAsync(GraphQLField field, Count context)
        {
            if (field.Alias is not null)
            {
                Aliases++;
            }
            return base.VisitFieldAsync(field, context);
        }
    }
}
