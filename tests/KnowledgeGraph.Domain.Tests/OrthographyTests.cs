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
}
