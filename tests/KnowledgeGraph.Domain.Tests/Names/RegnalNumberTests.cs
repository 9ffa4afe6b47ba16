using KnowledgeGraph.Domain.Names;

namespace KnowledgeGraph.Domain.Tests.Names;

public class RegnalNumberTests
{
    [Theory]
    [InlineData("الاول", 1)]
    [InlineData("الثاني", 2)]
    [InlineData("العاشر", 10)]
    [InlineData("ii", 2)]
    [InlineData("VI", 6)]
    [InlineData("الاولي", 1)]
    [InlineData("الثانيه", 2)]
    public void Of_reads_Arabic_ordinals_of_either_gender_and_Roman_numerals(string word, int number) => Assert.Equal(number, RegnalNumber.Of(word));

    [Theory]
    [InlineData("ثاني")]
    [InlineData("الصفدي")]
    [InlineData("XI")]
    public void Of_other_words_is_null(string word) => Assert.Null(RegnalNumber.Of(word));

    [Theory]
    [InlineData("الحادي", "عشر", 11)]
    [InlineData("الرابع", "عشر", 14)]
    [InlineData("السادس", "عشر", 16)]
    [InlineData("التاسع", "عشر", 19)]
    [InlineData("الحاديه", "عشره", 11)]
    [InlineData("الثانيه", "عشره", 12)]
    public void Of_two_words_reads_the_eleventh_to_the_nineteenth(string word, string next, int number) =>
        Assert.Equal(number, RegnalNumber.Of(word, next));

    [Theory]
    [InlineData("الرابع", "عشرة")]
    [InlineData("الاول", "عشر")]
    [InlineData("العاشر", "عشر")]
    [InlineData("الرابع", "عشره")]
    [InlineData("الرابعه", "عشر")]
    public void Of_two_other_words_is_null(string word, string next) => Assert.Null(RegnalNumber.Of(word, next));

    [Theory]
    [InlineData("الرابع", "عشر", 14, 2)]
    [InlineData("عبدالله", "الثاني", 2, 1)]
    [InlineData(null, "السادس", 6, 1)]
    public void AtEnd_reads_the_number_that_ends_a_name_and_how_many_words_it_takes(string? beforeLast, string last, int number, int words) =>
        Assert.Equal((number, words), RegnalNumber.AtEnd(beforeLast, last));

    [Fact]
    public void AtEnd_of_a_name_without_a_number_is_null() => Assert.Null(RegnalNumber.AtEnd("أيمن", "الصفدي"));

    [Theory]
    [InlineData(8, "VIII")]
    [InlineData(14, "XIV")]
    public void ToRoman_writes_the_number_as_English_does(int number, string roman) => Assert.Equal(roman, RegnalNumber.ToRoman(number));
}
