using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace KnowledgeGraph.Api.Schema;

/// <summary>The `from` and `to` arguments of fields that take a date range, and their check.</summary>
public static partial class DateRange
{
    private const string Format = "YYYY, YYYY-MM or YYYY-MM-DD";

    public static FieldBuilder<TSource, object> DateRangeArguments<TSource>(this FieldBuilder<TSource, object> field) => field
        .Argument<StringGraphType>("from", a => a.Description = Format)
        .Argument<StringGraphType>("to", a => a.Description = Format);

    /// <summary>The date argument <paramref name="name"/> as given, or null; any other form is refused with a clear error.</summary>
    public static string? Argument(IResolveFieldContext c, string name)
    {
        var value = c.GetArgument<string?>(name);
        return value is null || PartialDate().IsMatch(value)
            ? value
            : throw new ExecutionError($"'{name}' must be {Format}; it was '{value}'.") { Code = "ARGUMENT" };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial System.Text.RegularExpressions.Regex PartialDate();
}
