using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Dates;

/// <summary>
/// Finds date expressions (day and month in either Arabic month system or English, or in figures, weekdays, «أمس», "last week", a year
/// alone, "a day earlier" after a day the text gave) and resolves them against the article's published date. A Hijri date
/// with its year and no Gregorian one beside it is read in the Umm al-Qura calendar.
/// </summary>
public static class DateResolver
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    // «كانون», «تشرين»: the first words of the months named in two, so that a pair is looked up only after one of them.
    private static readonly HashSet<string> MonthFirstWords = new(Months.Keys.Where(k => k.Contains(' ', StringComparison.Ordinal)).Select(k => k[..k.IndexOf(' ', StringComparison.Ordinal)]), StringComparer.Ordinal);

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["الاحد"] = DayOfWeek.Sunday, ["الاثنين"] = DayOfWeek.Monday, ["الثلاثاء"] = DayOfWeek.Tuesday,
        ["الاربعاء"] = DayOfWeek.Wednesday, ["الخميس"] = DayOfWeek.Thursday, ["الجمعه"] = DayOfWeek.Friday,
        ["السبت"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday, ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday, ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday,
    };

    /// <summary>A weekday's normalised name, Arabic («الاثنين») or English ("monday").</summary>
    internal static bool IsWeekday(string norm) => Weekdays.ContainsKey(norm);

    private static Dictionary<string, int> BuildMonths()
    {
        var m = new Dictionary<string, int>(StringComparer.Ordinal);
        string[][] names =
        [
            ["يناير", "كانون الثاني", "january", "jan"], ["فبراير", "شباط", "february", "feb"], ["مارس", "اذار", "march", "mar"],
            ["ابريل", "نيسان", "april", "apr"], ["مايو", "ايار", "may"], ["يونيو", "يونيه", "حزيران", "june", "jun"],
            ["يوليو", "يوليه", "تموز", "july", "jul"], ["اغسطس", "اب", "august", "aug"], ["سبتمبر", "ايلول", "september", "sep", "sept"],
            ["اكتوبر", "تشرين الاول", "october", "oct"], ["نوفمبر", "تشرين الثاني", "november", "nov"], ["ديسمبر", "كانون الاول", "december", "dec"],
        ];
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var n in names[i])
            {
                m[n] = i + 1;
            }
        }
        return m;
    }

    public static IReadOnlyList<DateMention> Find(IReadOnlyList<Token> tokens, DateOnly published)
    {
        var found = new List<DateMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var mention = TryAt(tokens, i, published) ?? DayFromLast(tokens, i, found);
            if (mention is not null)
            {
                found.Add(mention);
                i = mention.End - 1;
            }
        }
        // «يوم الأحد 18 محرم 1447 هـ الموافق 13 يوليو 2025»: the weekday names the day the full date gives; the date, not
        // the weekday read against publication, says which.
        for (var m = found.Count - 2; m >= 0; m--)
        {
            if (IsWeekday(tokens, found[m]) && NamedDayFollows(tokens, found, m))
            {
                found.RemoveAt(m);
            }
        }
        return found;
    }

    private static bool IsWeekday(IReadOnlyList<Token> tokens, DateMention m)
    {
        for (var k = m.Start; k < m.End; k++)
        {
            foreach (var form in tokens[k].Forms)
            {
                if (Weekdays.ContainsKey(form))
                {
                    return true;
                }
            }
        }
        return false;
    }

    // A full date («13 يوليو 2025») within a few words after the weekday, with only a Hijri date or «الموافق» between.
    private static bool NamedDayFollows(IReadOnlyList<Token> tokens, List<DateMention> found, int m)
    {
        for (var n = m + 1; n < found.Count && found[n].Start <= found[m].End + 8; n++)
        {
            if (found[n].Date is not { Day: not null } || tokens[found[n].Start].Kind != TokenKind.Number || IsWeekday(tokens, found[n]))
            {
                continue;
            }
            var between = true;
            for (var k = found[m].End; k < found[n].Start && between; k++)
            {
                var t = tokens[k];
                between = t.Kind == TokenKind.Number || t.Norm is "الموافق" or "هـ" or "ه" || t.Text is "," or "،" or "-" || HijriWords.Contains(t.Norm);
            }
            if (between)
            {
                return true;
            }
        }
        return false;
    }

    // "a day earlier", «في اليوم التالي»: a day before or after the last day the text gave; nothing when it gave none.
    private static readonly (string[] Words, int Days)[] DaysFromLast =
    [
        (["a", "day", "earlier"], -1), (["the", "day", "before"], -1), (["the", "previous", "day"], -1), (["a", "day", "later"], 1),
        (["the", "next", "day"], 1), (["the", "following", "day"], 1), (["اليوم", "السابق"], -1), (["اليوم", "التالي"], 1),
        (["قبل", "ذلك", "بيوم"], -1), (["بعد", "ذلك", "بيوم"], 1), (["two", "days", "earlier"], -2), (["two", "days", "later"], 2),
        // "…on Thursday, a day after Barrack held talks with Berri": what the clause reports came the day before.
        (["a", "day", "after"], -1), (["two", "days", "after"], -2), (["a", "day", "before"], 1), (["بعد", "يوم", "من"], -1),
        (["غداه"], -1), (["عشيه"], 1), (["قبل", "يوم", "من"], 1), (["بعد", "يومين", "من"], -2),
    ];

    // "two weeks after Fidan visited Damascus", «بعد أيام من …»: a span the text does not count to the day dates the clause
    // to the month only.
    private static readonly (string[] Words, int Days)[] WeeksFromLast =
    [
        (["days", "after"], -3), (["a", "week", "after"], -7), (["two", "weeks", "after"], -14), (["weeks", "after"], -14),
        (["بعد", "ايام", "من"], -3), (["بعد", "اسبوع", "من"], -7), (["بعد", "اسبوعين", "من"], -14),
    ];

    // The words that open a phrase of either table: at any other word, neither is read phrase by phrase.
    private static readonly HashSet<string> FromLastFirstWords = DaysFromLast.Concat(WeeksFromLast).Select(p => p.Words[0]).ToHashSet(StringComparer.Ordinal);

    private static DateMention? DayFromLast(IReadOnlyList<Token> tokens, int i, List<DateMention> found) =>
        !FromLastFirstWords.Contains(tokens[i].Norm) ? null
        : FromLast(tokens, i, found, DaysFromLast, monthOnly: false) ?? FromLast(tokens, i, found, WeeksFromLast, monthOnly: true);

    // The first phrase of «table» spelt at «i», counted from the last day the text gave; nothing when it gave none.
    private static DateMention? FromLast(IReadOnlyList<Token> tokens, int i, List<DateMention> found, (string[] Words, int Days)[] table, bool monthOnly)
    {
        foreach (var (words, days) in table)
        {
            if (!Spells(tokens, i, words))
            {
                continue;
            }
            for (var k = found.Count - 1; k >= 0; k--)
            {
                if (found[k].Date is { Month: { } month, Day: { } day } last)
                {
                    var then = new DateOnly(last.Year, month, day).AddDays(days);
                    return new DateMention(i, i + words.Length, monthOnly ? new PartialDate(then.Year, then.Month) : PartialDate.Of(then));
                }
            }
            return null;
        }
        return null;
    }

    private static bool Spells(IReadOnlyList<Token> tokens, int i, string[] words)
    {
        if (i + words.Length > tokens.Count)
        {
            return false;
        }
        for (var k = 0; k < words.Length; k++)
        {
            if (tokens[i + k].Norm != words[k])
            {
                return false;
            }
        }
        return true;
    }

    // The Hijri months, normalised («ربيع الآخر» → «ربيع الاخر»).
    private static readonly Dictionary<string, int> HijriMonths = new(StringComparer.Ordinal)
    {
        ["محرم"] = 1, ["صفر"] = 2, ["ربيع الاول"] = 3, ["ربيع الاخر"] = 4, ["ربيع الثاني"] = 4, ["جمادي الاولي"] = 5, ["جمادي الاول"] = 5,
        ["جمادي الاخره"] = 6, ["جمادي الثانيه"] = 6, ["جمادي الاخر"] = 6, ["رجب"] = 7, ["شعبان"] = 8, ["رمضان"] = 9, ["شوال"] = 10,
        ["ذو القعده"] = 11, ["ذي القعده"] = 11, ["ذو الحجه"] = 12, ["ذي الحجه"] = 12,
    };

    // Every word of the Hijri months' names («ربيع», «الاخر», «محرم»), and the first words of the two-word ones.
    private static readonly HashSet<string> HijriWords = HijriMonths.Keys.SelectMany(k => k.Split(' ')).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> HijriFirstWords = HijriMonths.Keys.Where(k => k.Contains(' ', StringComparison.Ordinal))
        .Select(k => k[..k.IndexOf(' ', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);

    private static readonly System.Globalization.UmAlQuraCalendar UmmAlQura = new();

    /// <summary>
    /// «3 ربيع الآخر 1447 هـ» with no Gregorian date beside it («الموافق …»): the Umm al-Qura calendar's day. A Hijri
    /// date given with its Gregorian one is left to the Gregorian.
    /// </summary>
    private static DateMention? HijriAt(IReadOnlyList<Token> tokens, int i)
    {
        if (tokens[i].Kind != TokenKind.Number || !int.TryParse(tokens[i].Norm, out var day) || day is < 1 or > 30 || i + 2 >= tokens.Count)
        {
            return null;
        }
        var next = i + 1;
        int month;
        if (HijriFirstWords.Contains(tokens[next].Norm) && next + 1 < tokens.Count
            && HijriMonths.TryGetValue(tokens[next].Norm + " " + tokens[next + 1].Norm, out month))
        {
            next += 2;
        }
        else if (HijriMonths.TryGetValue(tokens[next].Norm, out month))
        {
            next++;
        }
        else
        {
            return null;
        }
        if (next >= tokens.Count || tokens[next].Kind != TokenKind.Number || !int.TryParse(tokens[next].Norm.TrimEnd('ه'), out var year)
            || year is < 1320 or > 1499)
        {
            return null;
        }
        next++;
        // Plain loops: a lambda here would cost a closure at every token this method is asked about.
        var beside = false;
        for (var k = Math.Max(0, i - 3); k < Math.Min(tokens.Count, next + 4) && !beside; k++)
        {
            beside = (k < i || k >= next) && tokens[k].Norm is "الموافق" or "الموافقه" or "الموافقين";
        }
        if (beside || day > UmmAlQura.GetDaysInMonth(year, month))
        {
            return null;
        }
        var gregorian = UmmAlQura.ToDateTime(year, month, day, 0, 0, 0, 0);
        return new DateMention(i, next, PartialDate.Of(DateOnly.FromDateTime(gregorian)));
    }

    private static DateMention? TryAt(IReadOnlyList<Token> tokens, int i, DateOnly published)
    {
        var t = tokens[i];
        if (t.Kind == TokenKind.Word && !MayOpen(t))
        {
            return null;
        }
        if (HijriAt(tokens, i) is { } hijri)
        {
            return hijri;
        }
        // 17 أبريل/ نيسان الجاري ، 30 January 2025
        if (t.Kind == TokenKind.Number && int.TryParse(t.Norm, out var day) && day is >= 1 and <= 31
            && MonthAt(tokens, i + 1, out var month, out var next))
        {
            var year = YearAt(tokens, next, out next);
            return new DateMention(i, next, Resolve(tokens, ref next, published, year, month, day));
        }
        if (t.Kind == TokenKind.Number && NumericDateAt(tokens, i, out var numeric, out next))
        {
            return new DateMention(i, next, numeric);
        }
        // «يوم 12 الجاري», «في 12 من الشهر الجاري»: a day of the publication's month.
        if (t.Kind == TokenKind.Number && int.TryParse(t.Norm, out day) && day is >= 1 and <= 31 && i > 0 && tokens[i - 1].Norm is "يوم" or "في"
            && ThisMonthEnd(tokens, i + 1) is var ofThisMonth and > 0)
        {
            return new DateMention(i, ofThisMonth, Valid(published.Year, published.Month, day));
        }
        if (MonthAt(tokens, i, out month, out next))
        {
            // Nov 5, 2023 / November 5
            if (next < tokens.Count && tokens[next].Kind == TokenKind.Number && int.TryParse(tokens[next].Norm, out day) && day is >= 1 and <= 31)
            {
                next++;
                if (next < tokens.Count && tokens[next].Text == "," && next + 1 < tokens.Count && tokens[next + 1].Kind == TokenKind.Number)
                {
                    next++;
                }
                var year = YearAt(tokens, next, out next);
                return new DateMention(i, next, Resolve(tokens, ref next, published, year, month, day));
            }
            var y = YearAt(tokens, next, out var afterYear);
            if (y is not null)
            {
                return new DateMention(i, afterYear, new PartialDate(y.Value, month));
            }
            // «في ديسمبر الماضي», «في مارس الجاري»: a month alone, as precise as that.
            var qualifier = next < tokens.Count ? tokens[next].Norm : "";
            if (qualifier is "الماضي" or "المنصرم")
            {
                return new DateMention(i, next + 1, new PartialDate(month <= published.Month ? published.Year : published.Year - 1, month));
            }
            if (qualifier is "الجاري" or "الحالي")
            {
                return new DateMention(i, next + 1, new PartialDate(published.Year, month));
            }
            // "in March", «في مارس», "in late March", «أواخر مارس»: the latest such month up to the publication («مارس» alone
            // may be the verb "practised").
            // "mid-September" is written with a hyphen.
            if (i > 0 && tokens[i - 1].Norm is "in" or "during" or "في" or "خلال" or "late" or "early" or "mid" or "اواخر" or "اوايل" or "منتصف" or "مطلع"
                || i > 1 && tokens[i - 1].Text == "-" && tokens[i - 2].Norm is "mid" or "late" or "early")
            {
                return new DateMention(i, next, new PartialDate(month <= published.Month ? published.Year : published.Year - 1, month));
            }
            return null;
        }
        // «في التاسع عشر من تموز/يوليو»: the day as an ordinal word.
        if (OrdinalDayAt(tokens, i, out day, out var afterDay) && tokens.ElementAtOrDefault(afterDay)?.Norm == "من"
            && MonthAt(tokens, afterDay + 1, out month, out next))
        {
            var year = YearAt(tokens, next, out next);
            return new DateMention(i, next, Resolve(tokens, ref next, published, year, month, day));
        }
        // «في الخامس عشر من الشهر الماضي», «في العاشر من الشهر الجاري»: a day of the month before the publication's, or of its own
        // (not «الأسبوع الثاني من الشهر الجاري», "the second week").
        if (i > 0 && tokens[i - 1].Norm is "في" or "يوم" or "بتاريخ" && OrdinalDayAt(tokens, i, out day, out afterDay)
            && OfTheMonthEnd(tokens, afterDay, out var lastMonth) is var ofTheMonth and > 0)
        {
            return new DateMention(i, ofTheMonth, DayOfMonth(published, lastMonth, day));
        }
        // "on the 12th of last month", "the 3rd of this month": a day of the month before the publication's, or of its own.
        if (EnglishOrdinalDay(t.Norm, out day) && i + 3 < tokens.Count && tokens[i + 1].Norm == "of" && tokens[i + 2].Norm is "last" or "this"
            && tokens[i + 3].Norm == "month")
        {
            return new DateMention(i, i + 4, DayOfMonth(published, tokens[i + 2].Norm == "last", day));
        }
        foreach (var form in t.Forms)
        {
            if (Weekdays.TryGetValue(form, out var weekday))
            {
                var anchor = published;
                var start = i;
                var yesterday = i > 0 && tokens[i - 1].Norm is "امس" or "yesterday" ? i - 1
                    : i > 1 && tokens[i - 1].Norm == "يوم" && tokens[i - 2].Norm == "امس" ? i - 2 : -1;
                if (yesterday >= 0)
                {
                    // «أول أمس الأحد»: the day before yesterday.
                    var dayBefore = yesterday > 0 && tokens[yesterday - 1].Norm == "اول";
                    anchor = published.AddDays(dayBefore ? -2 : -1);
                    start = dayBefore ? yesterday - 1 : yesterday;
                }
                var back = ((int)anchor.DayOfWeek - (int)weekday + 7) % 7;
                // «الأربعاء الماضي», "last Wednesday": a week back when it is the publication's own weekday.
                var last = i + 1 < tokens.Count && tokens[i + 1].Norm is "الماضي" || i > 0 && tokens[i - 1].Norm == "last";
                if (last && back == 0 && yesterday < 0)
                {
                    back = 7;
                }
                return new DateMention(start, last && i + 1 < tokens.Count && tokens[i + 1].Norm == "الماضي" ? i + 2 : i + 1, PartialDate.Of(anchor.AddDays(-back)));
            }
        }
        switch (t.Norm)
        {
            // «أمس الأحد» and «أول أمس الأحد» are read at the weekday, which knows both.
            case "امس" or "yesterday" when i + 1 < tokens.Count && tokens[i + 1].Forms.Any(Weekdays.ContainsKey):
            case "امس" or "yesterday" when i + 2 < tokens.Count && tokens[i + 1].Norm == "يوم" && tokens[i + 2].Forms.Any(Weekdays.ContainsKey):
                return null;
            // «أول أمس» and «أمس الأول», "the day before yesterday".
            case "امس" or "yesterday":
                var firstBefore = i > 0 && tokens[i - 1].Norm == "اول";
                var firstAfter = i + 1 < tokens.Count && tokens[i + 1].Norm == "الاول";
                var dayBefore = i > 1 && tokens[i - 1].Norm == "before" && tokens[i - 2].Norm == "day";
                var from = firstBefore ? i - 1 : dayBefore ? (i > 2 && tokens[i - 3].Norm == "the" ? i - 3 : i - 2) : i;
                return new DateMention(from, firstAfter ? i + 2 : i + 1, PartialDate.Of(published.AddDays(firstBefore || firstAfter || dayBefore ? -2 : -1)));
            // «اليوم الثلاثاء» is read at the weekday; «في اليوم التالي», «اليوم الوطني» are another day.
            case "اليوم" or "today" when !(i + 1 < tokens.Count && (tokens[i + 1].Forms.Any(Weekdays.ContainsKey) || NotToday.Contains(tokens[i + 1].Norm))):
                return new DateMention(i, i + 1, PartialDate.Of(published));
            case "الاسبوع" or "week" when i + 1 < tokens.Count && tokens[i + 1].Norm is "الماضي":
                return new DateMention(i, i + 2, MonthOf(published.AddDays(-7)));
            case "last" when i + 1 < tokens.Count && tokens[i + 1].Norm is "week":
                return new DateMention(i, i + 2, MonthOf(published.AddDays(-7)));
            case "last" when i + 1 < tokens.Count && tokens[i + 1].Norm is "month":
                return new DateMention(i, i + 2, MonthOf(published.AddMonths(-1)));
            case "الشهر" when i + 1 < tokens.Count && tokens[i + 1].Norm is "الماضي":
                return new DateMention(i, i + 2, MonthOf(published.AddMonths(-1)));
            case "مطلع" or "بدايه" or "اوايل" when i + 1 < tokens.Count && tokens[i + 1].Norm is "الاسبوع" or "الشهر":
                return new DateMention(i, i + 2, MonthOf(published));
            case "early" or "earlier" when i + 2 < tokens.Count && tokens[i + 1].Norm == "this" && tokens[i + 2].Norm is "week" or "month":
                return new DateMention(i, i + 3, MonthOf(published));
            case "عام" or "العام" when i + 1 < tokens.Count && YearAt(tokens, i + 1, out var end) is { } year:
                return new DateMention(i, end, new PartialDate(year));
            // "last visited Baghdad in 2019": a year alone, up to publication's.
            case "in" when i + 1 < tokens.Count && YearAt(tokens, i + 1, out var afterYear) is { } inYear && inYear <= published.Year:
                return new DateMention(i, afterYear, new PartialDate(inYear));
            // «العام الماضي», "last year": the year before publication's, as precise as that.
            case "العام" or "عام" when i + 1 < tokens.Count && tokens[i + 1].Norm is "الماضي" or "المنصرم":
                return new DateMention(i, i + 2, new PartialDate(published.Year - 1));
            case "last" when i + 1 < tokens.Count && tokens[i + 1].Norm is "year":
                return new DateMention(i, i + 2, new PartialDate(published.Year - 1));
            // «قبل يومين», «قبل ثلاثة أيام», "two days ago": so many days before the publication.
            case "قبل" when i + 1 < tokens.Count && tokens[i + 1].Norm == "يومين":
                return new DateMention(i, i + 2, PartialDate.Of(published.AddDays(-2)));
            case "قبل" when i + 2 < tokens.Count && tokens[i + 2].Norm == "ايام" && DaysCount(tokens[i + 1]) is { } days:
                return new DateMention(i, i + 3, PartialDate.Of(published.AddDays(-days)));
            case "ago" when i > 1 && tokens[i - 1].Norm == "days" && DaysCount(tokens[i - 2]) is { } daysAgo:
                return new DateMention(i - 2, i + 1, PartialDate.Of(published.AddDays(-daysAgo)));
        }
        return null;
    }

    // Two to ten days in figures or words; further back a report says a date.
    private static int? DaysCount(Token t) =>
        t.Kind == TokenKind.Number && int.TryParse(t.Norm, out var n) && n is >= 2 and <= 10 ? n
        : Array.IndexOf(CountWords, t.Norm) is var k and >= 0 ? k % 9 + 2 : null;

    private static readonly string[] CountWords =
    [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "اثنين", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره",
    ];

    /// <summary>
    /// False when no date <see cref="TryAt"/> reads can open at the word, whatever follows: it is no month, ordinal day,
    /// weekday or word of the relative dates. Asked at every word, and kept with its spelling.
    /// </summary>
    private static bool MayOpen(Token t) =>
        t.Spelling is { } spelling ? Spelling.Kept(ref spelling.OpensDate, 0, t, static (_, t) => OpensDate(t)) : OpensDate(t);

    private static bool OpensDate(Token t)
    {
        var one = t.Norm.TrimEnd('.');
        var last = t.Forms[^1];
        return Months.ContainsKey(one) || MonthFirstWords.Contains(one) || EnglishOrdinalDay(t.Norm, out _)
            || Array.IndexOf(Ordinals, last) >= 0 || last is "الحادي" or "العشرين" or "الثلاثين"
            || t.Forms.Any(Weekdays.ContainsKey)
            || RelativeWords.Contains(t.Norm);
    }

    // The words TryAt's relative dates open with: «أمس», "today", «الأسبوع الماضي», "last year"….
    private static readonly HashSet<string> RelativeWords = new(StringComparer.Ordinal)
    {
        "امس", "yesterday", "اليوم", "today", "الاسبوع", "week", "last", "الشهر", "مطلع", "بدايه", "اوايل", "early", "earlier", "عام", "العام", "in",
        "قبل", "ago",
    };

    // The words after «اليوم» that make it a day other than today: "the next day", "national day", "the first day".
    private static readonly HashSet<string> NotToday = new(StringComparer.Ordinal)
    {
        "التالي", "السابق", "الوطني", "العالمي", "الدولي", "الاول", "الثاني", "الثالث", "الاخير", "نفسه", "ذاته", "الذي", "التي",
        "الموعود", "المفتوح",
    };

    private static readonly string[] Ordinals =
    [
        "الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر",
    ];

    private static bool OrdinalDayAt(IReadOnlyList<Token> tokens, int i, out int day, out int next)
    {
        day = 0;
        next = i;
        // Every ordinal day opens with the article; most words do not, and need no comparing.
        if (!tokens[i].Forms[^1].StartsWith("ال", StringComparison.Ordinal))
        {
            return false;
        }
        var unit = Array.IndexOf(Ordinals, tokens[i].Forms[^1]) + 1;
        var w1 = tokens.ElementAtOrDefault(i + 1)?.Norm;
        if (tokens[i].Forms[^1] == "الحادي")
        {
            unit = 1;
        }
        if (tokens[i].Forms[^1] is "العشرين" or "الثلاثين")
        {
            (day, next) = (tokens[i].Forms[^1] == "العشرين" ? 20 : 30, i + 1);
            return true;
        }
        if (unit == 0)
        {
            return false;
        }
        if (w1 == "عشر")
        {
            (day, next) = (10 + unit, i + 2);
        }
        else if (w1 is "والعشرين" or "والثلاثين")
        {
            (day, next) = ((w1 == "والعشرين" ? 20 : 30) + unit, i + 2);
        }
        else
        {
            (day, next) = (unit, i + 1);
        }
        return day is >= 1 and <= 31;
    }

    private static PartialDate MonthOf(DateOnly d) => new(d.Year, d.Month);

    // «الجاري», «من الشهر الجاري» ("of this month") at i: where the words end, or -1.
    private static int ThisMonthEnd(IReadOnlyList<Token> tokens, int i) =>
        tokens.ElementAtOrDefault(i)?.Norm is "الجاري" or "الحالي" ? i + 1
        : OfTheMonthEnd(tokens, i, out var lastMonth) is var end and > 0 && !lastMonth ? end
        : -1;

    // «من الشهر الجاري», «من الشهر الماضي» at i: where the words end, or -1; whether they name the month before.
    private static int OfTheMonthEnd(IReadOnlyList<Token> tokens, int i, out bool lastMonth)
    {
        lastMonth = tokens.ElementAtOrDefault(i + 2)?.Norm is "الماضي" or "المنصرم";
        return tokens.ElementAtOrDefault(i)?.Norm == "من" && tokens.ElementAtOrDefault(i + 1)?.Norm == "الشهر"
            && (lastMonth || tokens.ElementAtOrDefault(i + 2)?.Norm is "الجاري" or "الحالي") ? i + 3 : -1;
    }

    // «3/11/2025», "3-11-2025": day, month and year in figures, the day first as the region writes it (the month first only
    // where the day's place holds a number above 12).
    private static bool NumericDateAt(IReadOnlyList<Token> tokens, int i, out PartialDate date, out int next)
    {
        date = default;
        next = i;
        if (i + 4 >= tokens.Count || tokens[i + 1].Text is not ("/" or "-") || tokens[i + 3].Text != tokens[i + 1].Text
            || tokens[i + 2].Kind != TokenKind.Number || tokens[i + 4].Kind != TokenKind.Number
            || tokens[i + 1].SpaceBefore || tokens[i + 2].SpaceBefore || tokens[i + 3].SpaceBefore || tokens[i + 4].SpaceBefore
            || !int.TryParse(tokens[i].Norm, out var first) || !int.TryParse(tokens[i + 2].Norm, out var second)
            || !int.TryParse(tokens[i + 4].Norm, out var year) || tokens[i + 4].Norm.Length != 4 || year is < 1900 or > 2100)
        {
            return false;
        }
        var (day, month) = second > 12 ? (second, first) : (first, second);
        if (month is < 1 or > 12 || day is < 1 or > 31)
        {
            return false;
        }
        date = Valid(year, month, day);
        next = i + 5;
        return true;
    }

    private static PartialDate Resolve(IReadOnlyList<Token> tokens, ref int next, DateOnly published, int? year, int month, int day)
    {
        if (year is not null)
        {
            return Valid(year.Value, month, day);
        }
        var qualifier = next < tokens.Count ? tokens[next].Norm : "";
        if (qualifier is "الجاري" or "الحالي")
        {
            next++;
            return Valid(published.Year, month, day);
        }
        if (qualifier is "المقبل" or "القادم")
        {
            next++;
            var ahead = (month, day).CompareTo((published.Month, published.Day)) >= 0 ? published.Year : published.Year + 1;
            return Valid(ahead, month, day);
        }
        if (qualifier is "الماضي" or "المنصرم")
        {
            next++;
        }
        // News reports what has happened: the latest such day on or before publication.
        var y = (month, day).CompareTo((published.Month, published.Day)) <= 0 ? published.Year : published.Year - 1;
        return Valid(y, month, day);
    }

    // "1st", "22nd", "3rd", "12th": a day of the month written as an English ordinal.
    private static bool EnglishOrdinalDay(string norm, out int day)
    {
        day = 0;
        return norm.Length is 3 or 4 && norm[^2..] is "st" or "nd" or "rd" or "th"
            && int.TryParse(norm.AsSpan(0, norm.Length - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out day)
            && day is >= 1 and <= 31;
    }

    // A day of the publication's month, or of the month before it.
    private static PartialDate DayOfMonth(DateOnly published, bool monthBefore, int day)
    {
        var month = monthBefore ? published.AddMonths(-1) : published;
        return Valid(month.Year, month.Month, day);
    }

    private static PartialDate Valid(int year, int month, int day) =>
        day <= DateTime.DaysInMonth(year, month) ? new PartialDate(year, month, day) : new PartialDate(year, month);

    private static bool MonthAt(IReadOnlyList<Token> tokens, int i, out int month, out int next)
    {
        month = 0;
        next = i;
        if (i >= tokens.Count || !tokens[i].IsWord)
        {
            return false;
        }
        var one = tokens[i].Norm.TrimEnd('.');
        var two = i + 1 < tokens.Count && MonthFirstWords.Contains(one) ? one + " " + tokens[i + 1].Norm : null;
        if (two is not null && Months.TryGetValue(two, out month))
        {
            next = i + 2;
        }
        else if (Months.TryGetValue(one, out month) && (one.Length > 3 || tokens[i].IsCapitalized))
        {
            next = i + 1;
        }
        else
        {
            return false;
        }
        // «أبريل/ نيسان»: the same month in the other system.
        if (next + 1 < tokens.Count && tokens[next].Text is "/" or "-" && MonthAt(tokens, next + 1, out var again, out var after) && again == month)
        {
            next = after;
        }
        if (next < tokens.Count && tokens[next].Text == ".")
        {
            next++;
        }
        return true;
    }

    private static int? YearAt(IReadOnlyList<Token> tokens, int i, out int next)
    {
        next = i;
        if (i < tokens.Count && tokens[i].Kind == TokenKind.Number && tokens[i].Norm.Length == 4
            && int.TryParse(tokens[i].Norm, out var year) && year is >= 1900 and <= 2100)
        {
            next = i + 1;
            return year;
        }
        return null;
    }
}
