using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Lexicon;

public class HunspellLexiconTests
{
    // A small affix file in the shape of Ayaspell's, written for these tests: long flags, flag aliases, a prefix that
    // combines with suffixes, a suffix that takes a second one, and conditions.
    private const string Affixes = """
        SET UTF-8
        FLAG long
        AF 3
        AF Pa # 1
        AF PaSbSc # 2
        AF Sd # 3

        PFX Pa Y 2
        PFX Pa 0 ال .
        PFX Pa 0 وال .

        SFX Sb Y 1
        SFX Sb ة ات/3 ة

        SFX Sc N 1
        SFX Sc 0 ي [^ي]

        SFX Sd Y 1
        SFX Sd 0 ها .

        AM 2
        AM is:pst st:لقي po:verb # 1
        AM is:pst st:قول po:verb # 2
        """;

    // A word's morphological fields follow a tab, by alias number as Ayaspell writes them.
    private const string Tab = "\t";

    private const string Words = $"""
        6
        كتاب/1
        منظمة/2
        سفير
        يلتقي{Tab}1
        قال{Tab}2
        قال
        """;

    private static HunspellLexicon Small() => HunspellLexicon.Read(new StringReader(Affixes), new StringReader(Words));

    private static bool Knows(HunspellLexicon lexicon, string word) => lexicon.Knows(ArabicText.Normalize(word));

    [Theory]
    [InlineData("كتاب")]
    [InlineData("سفير")]
    [InlineData("الكتاب")]
    [InlineData("والكتاب")]
    [InlineData("منظمات")]
    [InlineData("المنظمات")]
    [InlineData("منظماتها")]
    [InlineData("منظمةي")]
    public void Knows_a_root_and_the_forms_its_flags_allow(string word) => Assert.True(Knows(Small(), word));

    [Theory]
    [InlineData("كتابات")] // the root does not take the plural suffix
    [InlineData("السفير")] // a root without flags takes no prefix
    [InlineData("المنظمةي")] // the suffix does not allow the cross product
    [InlineData("كتابها")] // the second suffix only follows the first
    [InlineData("رامسفيلد")]
    public void Does_not_know_forms_the_flags_do_not_allow(string word) => Assert.False(Knows(Small(), word));

    [Fact]
    public void Lists_has_words_as_they_stand_and_not_the_forms_affixes_make()
    {
        var lexicon = Small();
        Assert.True(lexicon.Lists(ArabicText.Normalize("كتاب")));
        Assert.False(lexicon.Lists(ArabicText.Normalize("الكتاب")));
        Assert.True(Knows(lexicon, "الكتاب"));
    }

    [Fact]
    public void A_word_is_listed_only_as_a_verb_when_every_entry_of_it_is_one()
    {
        var lexicon = Small();
        Assert.True(lexicon.IsListedOnlyAsVerb(ArabicText.Normalize("يلتقي")));
        Assert.False(lexicon.IsListedOnlyAsVerb(ArabicText.Normalize("قال"))); // a verb and a noun
        Assert.False(lexicon.IsListedOnlyAsVerb(ArabicText.Normalize("كتاب")));
        Assert.False(lexicon.IsListedOnlyAsVerb(ArabicText.Normalize("رامسفيلد")));
        // Fields written out rather than by alias count too.
        var literal = HunspellLexicon.Read(new StringReader("SET UTF-8\n"), new StringReader("1\nيلتقي\tst:لقي po:verb\n"));
        Assert.True(literal.IsListedOnlyAsVerb(ArabicText.Normalize("يلتقي")));
        Assert.True(HunspellLexicon.Arabic.IsListedOnlyAsVerb(ArabicText.Normalize("يلتقي")));
    }

    [Fact]
    public void Read_names_an_alias_that_does_not_exist()
    {
        var error = Assert.Throws<FormatException>(() => HunspellLexicon.Read(new StringReader(Affixes), new StringReader("1\nكتاب/9\n")));
        Assert.Contains("'9'", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("Word list", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("والرئيس")]
    [InlineData("للصحفيين")]
    [InlineData("الاوروبي")] // without its hamza, as news is often typed
    [InlineData("يبحثان")]
    [InlineData("نفى")]
    [InlineData("المنظمات")]
    public void Arabic_knows_the_words_of_news(string word) => Assert.True(Knows(HunspellLexicon.Arabic, word));

    [Theory]
    [InlineData("رامسفيلد")]
    [InlineData("سافيولا")]
    [InlineData("موراكامي")]
    [InlineData("دويسنبرج")]
    public void Arabic_does_not_know_foreign_names(string word) => Assert.False(Knows(HunspellLexicon.Arabic, word));
}
