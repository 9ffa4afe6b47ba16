using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Transliteration;

namespace KnowledgeGraph.Extraction.Tests.Transliteration;

public class TransliteratorTests
{
    [Theory]
    [InlineData("فيصل بن فرحان", "Faisal bin Farhan")]
    [InlineData("حمد بن عيسى آل خليفة", "Hamad bin Isa Al Khalifa")]
    [InlineData("عبد الفتاح السيسي", "Abdel Fattah Al-Sisi")]
    [InlineData("أنس خطاب", "Anas Khatab")]
    [InlineData("ماجد الأنصاري", "Majed Al-Ansari")]
    [InlineData("بدر عبد العاطي", "Badr Abdel Aati")]
    public void Known_given_names_are_spelt_as_usual_and_the_rest_by_rule(string arabic, string english) =>
        Assert.Equal(english, Transliterator.ToLatin(arabic, Gazetteer.Default));

    [Theory]
    [InlineData("عبدالله الثاني", "Abdullah II")]
    [InlineData("محمد السادس", "Mohammed VI")]
    public void A_monarchs_regnal_number_is_a_Roman_numeral_not_a_surname(string arabic, string english) =>
        Assert.Equal(english, Transliterator.ToLatin(arabic, Gazetteer.Default));

    [Fact]
    public void A_family_name_that_looks_like_an_ordinal_is_left_as_a_name() =>
        Assert.Equal("Tamim bin Hamad Al Thani", Transliterator.ToLatin("تميم بن حمد آل ثاني", Gazetteer.Default));
}
