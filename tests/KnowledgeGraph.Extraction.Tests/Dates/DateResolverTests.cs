using KnowledgeGraph.Extraction.Dates;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Dates;

public class DateResolverTests
{
    private static string? First(string text, string published) =>
        DateResolver.Find(Tokenizer.Tokenize(text), DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault()?.Date.ToString();

    [Theory]
    [InlineData("Rubio spoke with Abdelatty on Wednesday. A day earlier, he hosted Prince Faisal.", "2025-06-05", "2025-06-03")]
    [InlineData("التقى الوزير نظيره أمس الأحد، وفي اليوم التالي زار عمّان.", "2025-06-02", "2025-06-02")]
    [InlineData("They met in Paris on 3 March, and the following day in Brussels.", "2025-03-10", "2025-03-04")]
    public void A_day_before_or_after_counts_from_the_last_day_the_text_gave(string text, string published, string expected)
    {
        var dates = DateResolver.Find(Tokenizer.Tokenize(text), DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, dates[^1].Date.ToString());
    }

    [Theory]
    [InlineData("والتقى الرئيس الملك في 3 ربيع الآخر 1447 هـ في القاهرة.", "2025-10-15", "2025-09-25")]
    [InlineData("استقبل الأمير الوزير يوم الأحد 19 رجب 1446هـ في الرياض.", "2025-01-20", "2025-01-19")]
    public void A_hijri_date_with_its_year_and_no_gregorian_beside_it_is_read_in_the_umm_al_qura_calendar(string text, string published, string expected) =>
        Assert.Equal(expected, DateResolver.Find(Tokenizer.Tokenize(text), DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture))[^1].Date.ToString());

    [Fact]
    public void A_hijri_date_given_with_its_gregorian_leaves_the_day_to_the_gregorian_and_the_weekday_to_both()
    {
        var dates = DateResolver.Find(Tokenizer.Tokenize("استقبل الرئيس يوم الأحد 18 محرم 1447 هـ الموافق 13 يوليو 2025 رئيس المجلس."), new DateOnly(2025, 10, 15));
        Assert.Equal(["2025-07-13"], dates.Select(d => d.Date.ToString()));
    }

    [Theory]
    [InlineData("والتقى الوزير نظيره في 3/11/2025 في الرياض.", "2025-11-24", "2025-11-03")]
    [InlineData("The ministers met on 25-10-2025 in Riyadh.", "2025-11-24", "2025-10-25")]
    [InlineData("The ministers met on 10/25/2025 in Riyadh.", "2025-11-24", "2025-10-25")]
    [InlineData("والتقى الوزير نظيره يوم 12 الجاري في الرياض.", "2025-11-24", "2025-11-12")]
    [InlineData("والتقى الوزير نظيره في 12 من الشهر الجاري في الرياض.", "2025-11-24", "2025-11-12")]
    [InlineData("والتقى الوزير نظيره في الخامس عشر من الشهر الماضي في الرياض.", "2025-11-24", "2025-10-15")]
    [InlineData("والتقى الوزير نظيره في الخامس عشر من الشهر الماضي في الرياض.", "2026-01-05", "2025-12-15")]
    [InlineData("والتقى الوزير نظيره في العاشر من الشهر الجاري في الرياض.", "2025-11-24", "2025-11-10")]
    [InlineData("The minister last visited Baghdad on the 12th of last month.", "2025-11-30", "2025-10-12")]
    [InlineData("The ministers met in Baghdad on the 3rd of this month.", "2025-11-30", "2025-11-03")]
    [InlineData("The ministers met in Baghdad on the 31st of last month.", "2025-12-02", "2025-11")]
    public void A_date_in_figures_is_day_first_and_a_day_of_this_month_or_the_last_is_counted_from_the_publication(string text, string published, string expected) =>
        Assert.Equal(expected, First(text, published));

    [Fact]
    public void The_second_week_of_this_month_is_no_second_day() =>
        Assert.NotEqual("2025-11-02", First("واجتمع الوزراء خلال الأسبوع الثاني من الشهر الجاري في الرباط.", "2025-11-24"));

    [Fact]
    public void Figures_that_are_no_date_stay_none() =>
        Assert.Null(First("The vote was 3/11/20 and the score 2-1-0.", "2025-11-24"));

    [Theory]
    [InlineData("They met last year in Geneva.", "2025-10-15", "2024")]
    [InlineData("والتقيا في العام الماضي في جنيف.", "2025-10-15", "2024")]
    [InlineData("They met in late September in Geneva.", "2025-10-15", "2025-09")]
    [InlineData("والتقيا أواخر سبتمبر في جنيف.", "2025-10-15", "2025-09")]
    [InlineData("They last met in 2019 in Geneva.", "2025-10-15", "2019")]
    public void Last_year_and_a_part_of_a_month_are_as_precise_as_they_say(string text, string published, string expected) =>
        Assert.Equal(expected, First(text, published));

    [Fact]
    public void A_day_earlier_with_no_day_before_it_is_no_date()
    {
        Assert.Null(First("He had met the envoy a day earlier.", "2025-06-05"));
    }

    [Theory]
    [InlineData("اجتمع الوزير يوم الاثنين", "2025-04-22", "2025-04-21")]
    [InlineData("عقد أمس الثلاثاء لقاءين", "2024-05-15", "2024-05-14")]
    [InlineData("وفي 17 أبريل/ نيسان الجاري زار", "2025-04-22", "2025-04-17")]
    [InlineData("وفي 30 يناير/ كانون الثاني الماضي", "2025-04-22", "2025-01-30")]
    [InlineData("في 8 ديسمبر/ كانون الأول 2024", "2025-04-22", "2024-12-08")]
    [InlineData("في 20 ديسمبر الماضي", "2025-04-22", "2024-12-20")]
    [InlineData("met in Amman on Saturday", "2023-11-05", "2023-11-04")]
    [InlineData("AMMAN, Nov 5 –", "2023-11-05", "2023-11-05")]
    [InlineData("on November 3, 2023 they met", "2024-01-01", "2023-11-03")]
    [InlineData("الأسبوع الماضي", "2025-03-03", "2025-02")]
    [InlineData("last week", "2025-03-20", "2025-03")]
    [InlineData("في عام 2019", "2025-03-20", "2019")]
    [InlineData("استقبل في قصر السلام بجدة اليوم رئيس الوزراء", "2025-08-15", "2025-08-15")]
    [InlineData("استقبل صباح اليوم الثلاثاء الوزير", "2025-08-20", "2025-08-19")]
    [InlineData("met in Amman today", "2025-08-15", "2025-08-15")]
    [InlineData("Fidan last visited Iraq in March", "2025-10-06", "2025-03")]
    [InlineData("والتقاه في نوفمبر", "2025-02-10", "2024-11")]
    [InlineData("عقدوا أول أمس الأحد اجتماعا", "2025-09-16", "2025-09-14")]
    [InlineData("استقبل الرئيس، أمس الأول، المشير", "2025-06-10", "2025-06-08")]
    [InlineData("استقبل الرئيس أول أمس المشير", "2025-06-10", "2025-06-08")]
    [InlineData("زار أنقرة الأربعاء الماضي", "2024-09-11", "2024-09-04")]
    [InlineData("زار أنقرة يوم الأربعاء", "2024-09-11", "2024-09-11")]
    [InlineData("في التاسع عشر من تموز/يوليو الماضي", "2025-08-10", "2025-07-19")]
    [InlineData("في الحادي والعشرين من مارس", "2025-08-10", "2025-03-21")]
    [InlineData("يوم 12 رمضان 1446 هـ الموافق 12 مارس 2025 م", "2025-03-20", "2025-03-12")]
    [InlineData("في 5 ربيع الأول الموافق 8 سبتمبر", "2025-09-20", "2025-09-08")]
    [InlineData("met in Amman the day before yesterday", "2025-10-20", "2025-10-18")]
    [InlineData("والتقيا قبل يومين في عمان", "2025-10-20", "2025-10-18")]
    [InlineData("والتقيا قبل ثلاثة أيام في عمان", "2025-10-20", "2025-10-17")]
    [InlineData("They met in Amman three days ago.", "2025-10-20", "2025-10-17")]
    [InlineData("They met in Amman in mid-September.", "2025-10-20", "2025-09")]
    public void Find_resolves_against_the_published_date(string text, string published, string expected) =>
        Assert.Equal(expected, First(text, published));

    [Fact]
    public void Text_without_a_date_yields_nothing() => Assert.Null(First("بحث الجانبان سبل التعاون", "2025-01-01"));

    [Theory]
    [InlineData("والتقى في اليوم التالي رئيس الوزراء")]
    [InlineData("بمناسبة اليوم الوطني")]
    [InlineData("مارس الرياضة منذ صغره")]
    public void Another_day_called_al_yawm_is_not_today(string text) => Assert.Null(First(text, "2025-08-15"));

    [Fact]
    public void A_year_after_publication_is_no_date_of_what_happened() =>
        Assert.Null(First("Elections are due in 2027.", "2025-10-15"));
}
