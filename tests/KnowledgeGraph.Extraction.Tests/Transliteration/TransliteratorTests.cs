using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Transliteration;

namespace KnowledgeGraph.Extraction.Tests.Transliteration;

public class TransliteratorTests
{
    [Theory]
    [InlineData("فيصل بن سلطان", "Faisal bin Sultan")]
    [InlineData("حمد بن عيسى آل خليفة", "Hamad bin Isa Al Khalifa")]
    [InlineData("عبد الفتاح الطويل", "Abdel Fattah Al-Touil")]
    [InlineData("أنس الخطيب", "Anas Al-Khatib")]
    [InlineData("ماجد الأنصاري", "Majed Al-Ansari")]
    [InlineData("بدر عبد العاطي الصغير", "Badr Abdel Aati Al-Saghir")]
    public void Known_given_names_are_spelt_as_usual_and_the_rest_by_rule(string arabic, string english) =>
        Assert.Equal(english, Transliterator.ToLatin(arabic, Gazetteer.Default));

    [Theory]
    [InlineData("خوسيه مانويل ألباريس", "Jose Manuel Albaris")]
    [InlineData("ألينا رومانوسكي", "Alina Roumanouski")]
    [InlineData("الباريس", "Al-Baris")]
    public void A_word_that_opens_with_hamza_and_lam_has_no_article(string arabic, string english) =>
        Assert.Equal(english, Transliterator.ToLatin(arabic, Gazetteer.Default));

    [Theory]
    [InlineData("محمد فضل الله", "Mohammed Fadlallah")]
    [InlineData("فضل الله", "Fadlallah")]
    [InlineData("عبد الله", "Abdullah")]
    public void A_compound_surname_with_the_divine_name_is_one_word(string arabic, string english) =>
        Assert.Equal(english, Transliterator.ToLatin(arabic, Gazetteer.Default));

    [Theory]
    [InlineData("جوزيه", "Jose")]
    [InlineData("سيباستيان", "Sebastian")]
    [InlineData("فولفغانغ", "Wolfgang")]
    [InlineData("ناتاليا", "Natalia")]
    public void Common_foreign_given_names_are_spelt_as_usual(string arabic, string english) =>
        Assert.Equal(english, Transliterator.ToLatin(arabic, Gazetteer.Default));

    [Theory]
    [InlineData("سيرغي لافروف", "Sergey Lavrov")]
    [InlineData("بدر عبد العاطي", "Badr Abdelatty")]
    [InlineData("إيهود أولمرت", "Ehud Olmert")]
    public void A_public_figure_is_spelt_as_the_English_press_spells_them(string arabic, string english) =>
        Assert.Equal(english, Transliterator.ToLatin(arabic, Gazetteer.Default));

    [Theory]
    [InlineData("بوتين", "Putin")]
    [InlineData("مصطفى الشيباني", "Mustafa Al-Shaibani")]
    public void A_public_figures_surname_keeps_its_English_spelling_in_other_names(string arabic, string english) =>
        Assert.Equal(english, Transliterator.ToLatin(arabic, Gazetteer.Default));

    [Theory]
    [InlineData("فون دير لاين", "von der Leyen")]
    [InlineData("كارلوس دي سوزا", "Carlos de Souza")]
    [InlineData("فيرجيل فان دايك", "Firjil van Daik")]
    [InlineData("دير ياسين", "Dir Yassin")]
    public void The_particles_of_European_surnames_are_spelt_lower_case(string arabic, string english) =>
        Assert.Equal(english, Transliterator.ToLatin(arabic, Gazetteer.Default));

    [Fact]
    public void The_divine_name_closing_a_compound_is_not_a_surname() =>
        Assert.False(Gazetteer.Default.FigureSurnames.ContainsKey("الله"));

    [Fact]
    public void A_surname_two_figures_spell_differently_in_English_is_spelt_by_rule()
    {
        // Ahmet Davutoglu and Mevlut Cavusoglu share «أوغلو».
        Assert.Null(Gazetteer.Default.FigureSurnames["اوغلو"]);
        var name = Transliterator.ToLatin("سليمان أوغلو", Gazetteer.Default);
        Assert.DoesNotContain("Davutoglu", name, StringComparison.Ordinal);
        Assert.DoesNotContain("Cavusoglu", name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("عبدالله الثاني", "Abdullah II")]
    [InlineData("عبد الله الثاني", "Abdullah II")]
    [InlineData("محمد السادس", "Mohammed VI")]
    [InlineData("فيليبي السادس", "Felipe VI")]
    [InlineData("بنديكت السادس عشر", "Benedict XVI")]
    [InlineData("هاشم بن عبدالله الثاني", "Hashem bin Abdullah II")]
    public void A_monarchs_regnal_number_is_a_Roman_numeral_not_a_surname(string arabic, string english) =>
        Assert.Equal(english, Transliterator.ToLatin(arabic, Gazetteer.Default));

    [Fact]
    public void A_family_name_that_looks_like_an_ordinal_is_left_as_a_name() =>
        Assert.Equal("Tamim bin Hamad Al Thani", Transliterator.ToLatin("تميم بن حمد آل ثاني", Gazetteer.Default));
}
