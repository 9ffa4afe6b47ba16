using KnowledgeGraph.Domain.Names;

namespace KnowledgeGraph.Domain.Tests.Names;

public sealed class NameKeysTests
{
    [Fact]
    public void NameKeys_give_the_form_and_a_key_by_sound_that_both_scripts_share()
    {
        Assert.Equal(NameKeys.Sound("أنس خطاب"), NameKeys.Sound("Anas Khattab"));
        Assert.NotEqual(NameKeys.Exact("أنس خطاب"), NameKeys.Exact("Anas Khattab"));
        Assert.StartsWith(NameKeys.SoundPrefix, NameKeys.Sound("Anas Khattab"), StringComparison.Ordinal);
        Assert.Null(NameKeys.Sound("—"));
    }

    [Fact]
    public void A_spelling_with_one_consonant_fewer_sounds_the_same() =>
        Assert.Equal(NameKeys.Sound("Anas Khattab"), NameKeys.Sound("Anas Khatab"));
}
