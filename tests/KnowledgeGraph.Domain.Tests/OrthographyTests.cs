namespace KnowledgeGraph.Domain.Tests;

public sealed class OrthographyTests
{
    [Theory]
    [InlineData("أنس خطاب", "انس خطاب")]
    [InlineData("إِبْرَاهِيمُ  الـعلي", "ابراهيم العلي")]
    [InlineData("Anas  KHATTAB", "anas khattab")]
    [InlineData("Abdel-Fattah el-Sisi", "abdel fattah el sisi")]
    [InlineData("Recep Tayyip Erdoğan", "recep tayyip erdogan")]
    [InlineData("مصطفى مدبولي", "مصطفي مدبولي")]
    [InlineData("نیچیرفان بارزانی", "نيجيرفان بارزاني")]
    [InlineData("کوردستان", "كوردستان")]
    public void NameForm_makes_spellings_readers_treat_as_one_equal(string name, string form) =>
        Assert.Equal(form, Orthography.NameForm(name));

    [Fact]
    public void Normalize_returns_a_word_already_normal_as_it_is_without_a_copy()
    {
        var word = new string("الصفدي".AsSpan());

        Assert.Same(word, Orthography.Normalize(word));
    }

    [Fact]
    public void Normalize_folds_a_text_longer_than_the_stack_buffer_as_it_folds_a_short_one()
    {
        var word = "أُسامة ٢٠٢٤ ";
        var text = string.Concat(Enumerable.Repeat(word, 40));

        Assert.True(text.Length > 256);
        Assert.Equal(string.Concat(Enumerable.Repeat("اسامه 2024 ", 40)), Orthography.Normalize(text));
        Assert.Equal("اسامه 2024 ", Orthography.Normalize(word.AsSpan()));
    }

    [Theory]
    [InlineData("Chargé", "charge")]
    [InlineData("Erdoğan", "erdogan")]
    [InlineData("José", "jose")]
    [InlineData("Straße", "straße")]
    public void Normalize_drops_the_accents_of_Latin_letters_as_wire_copy_does(string word, string normal) =>
        Assert.Equal(normal, Orthography.Normalize(word));
}
