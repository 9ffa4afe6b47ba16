using System.Globalization;

namespace KnowledgeGraph.Domain;

public enum DatePrecision { Day, Month, Year }

/// <summary>A date known to the day, the month or only the year, as precise as the text allows.</summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null)
{
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    public static PartialDate Of(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>ISO text: <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var parts = text.Split('-');
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }
        date = parts.Length switch
        {
            1 => new PartialDate(numbers[0]),
            2 when numbers[1] is >= 1 and <= 12 => new PartialDate(numbers[0], numbers[1]),
            3 when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => Of(d),
            _ => default,
        };
        return date.Year > 0;
    }

    /// <summary>True when the two dates can name the same day (one may be less precise than the other).</summary>
    public bool Agrees(PartialDate other) =>
        Year == other.Year
        && (Month is null || other.Month is null || Month == other.Month)
        && (Day is null || other.Day is null || Day == other.Day);
}
