using KnowledgeGraph.Domain.Names;

namespace KnowledgeGraph.Domain.Tests.Names;

public class NameSkeletonTests
{
    private static string Of(string name) => NameSkeleton.Joined(NameSkeleton.Words(name));

    [Theory]
    [InlineData("أنس خطاب", "Anas Khattab")]
    [InlineData("أيمن الصفدي", "Ayman Safadi")]
    [InlineData("أيمن الصفدي", "Ayman al-Safadi")]
    [InlineData("فيصل بن فرحان", "Faisal bin Farhan")]
    [InlineData("عبد الفتاح السيسي", "Abdel Fattah el-Sisi")]
    [InlineData("محمد بن عبدالرحمن آل ثاني", "Mohammed bin Abdulrahman Al Thani")]
    [InlineData("يوسف", "Yousef")]
    [InlineData("عبدالله", "Abdullah")]
    [InlineData("حمزة", "Hamza")]
    [InlineData("أحمد الشرع", "Ahmed al-Sharaa")]
    [InlineData("عبدالله الثاني", "Abdullah II")]
    [InlineData("عبد الله الرابع", "Abdullah IV")]
    public void Arabic_and_English_spellings_of_one_name_share_a_skeleton(string arabic, string english) =>
        Assert.Equal(Of(arabic), Of(english));

    [Theory]
    [InlineData("أنس خطاب", "Anas Kassab")]
    [InlineData("فيصل بن فرحان", "Faisal bin Salman")]
    public void Different_names_have_different_skeletons(string a, string b) => Assert.NotEqual(Of(a), Of(b));
}
