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
    public void Of_reads_Arabic_ordinals_and_Roman_numerals(string word, int number) => Assert.Equal(number, RegnalNumber.Of(word));

    [Theory]
    [InlineData("ثاني")]
    [InlineData("الصفدي")]
    [InlineData("XI")]
    public void Of_other_words_is_null(string word) => Assert.Null(RegnalNumber.Of(word));

    [Fact]
    public void ToRoman_writes_the_number_as_English_does() => Assert.Equal("VIII", RegnalNumber.ToRoman(8));
}
