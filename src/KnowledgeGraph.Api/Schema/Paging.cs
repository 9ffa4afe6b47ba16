using System.Text;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;

namespace KnowledgeGraph.Api.Schema;

/// <summary>Cursor connections: `first` (default 20, at most <see cref="MaxPage"/>), `after` an opaque cursor, `totalCount`.</summary>
public static class Paging
{
    public const int MaxPage = 100;
    public const int DefaultPage = 20;

    public static FieldBuilder<TSource, object> PageArguments<TSource>(this FieldBuilder<TSource, object> field) => field
        .Argument<IntGraphType>("first", a => a.Description = $"How many, at most {MaxPage} (default {DefaultPage})")
        .Argument<StringGraphType>("after", a => a.Description = "The endCursor of the page before");

    public static int First(IResolveFieldContext context)
    {
        var first = context.GetArgument("first", DefaultPage);
        return first is >= 0 and <= MaxPage ? first : throw new ExecutionError($"'first' must be between 0 and {MaxPage}; it was {first}.") { Code = "PAGE_SIZE" };
    }

    /// <summary>The store position a cursor stands for; a cursor this API did not give is refused with a clear error.</summary>
    public static string? After(IResolveFieldContext context)
    {
        var after = context.GetArgument<string?>("after");
        if (after is null)
        {
            return null;
        }
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(after));
            return text.StartsWith("kg:", StringComparison.Ordinal) ? text[3..] : throw new FormatException();
        }
        catch (FormatException)
        {
            throw new ExecutionError($"'after' is not a cursor this API gave: '{after}'.") { Code = "BAD_CURSOR" };
        }
    }

    public static string Cursor(string position) => Convert.ToBase64String(Encoding.UTF8.GetBytes("kg:" + position));

    public static Connection<T> Connection<T>(IReadOnlyList<T> items, long total, bool hasMore, bool hasPrevious, Func<T, string> position) => new()
    {
        TotalCount = (int)Math.Min(total, int.MaxValue),
        Edges = [.. items.Select(i => new Edge<T> { Node = i, Cursor = Cursor(position(i)) })],
        PageInfo = new PageInfo
        {
            HasNextPage = hasMore,
            HasPreviousPage = hasPrevious,
            StartCursor = items.Count > 0 ? Cursor(position(items[0])) : null,
            EndCursor = items.Count > 0 ? Cursor(position(items[^1])) : null,
        },
    };

    /// <summary>A page of a list already in memory, in its order, by position.</summary>
    public static Connection<T> Slice<T>(IReadOnlyList<T> all, int first, string? after, Func<T, string> position)
    {
        var start = 0;
        if (after is not null)
        {
            var index = all.Select(position).ToList().IndexOf(after);
            start = index < 0 ? all.Count : index + 1;
        }
        var page = all.Skip(start).Take(first).ToList();
        return Connection(page, all.Count, start + page.Count < all.Count, start > 0, position);
    }
}
