using KnowledgeGraph.Extraction.Learning;

namespace KnowledgeGraph.Extraction.Tests.Learning;

public class NameSwapTests
{
    // Written for this test, in ANERcorp's format: two names of different lengths, and a sentence with none.
    private const string Corpus = """
        قال O
        سامي B-PERS
        الخطيب I-PERS
        إن O
        الاتفاق O
        مهم O

        وصل O
        رامي B-PERS
        إلى O
        بيروت B-LOC

        ارتفعت O
        الأسعار O

        """;

    private static List<PerceptronTrainer.Sentence> Sentences() => PerceptronTrainer.ReadIob(new StringReader(Corpus));

    [Fact]
    public void Copy_swaps_each_name_for_a_name_of_the_data_and_keeps_every_other_word_and_tag()
    {
        var copies = NameSwap.Copy(Sentences(), copies: 4);
        // Only the two sentences that hold a name are copied, four times each.
        Assert.Equal(8, copies.Count);
        var names = new HashSet<string> { "سامي الخطيب", "رامي" };
        foreach (var copy in copies)
        {
            Assert.Equal(copy.Tokens.Count, copy.Tags.Length);
            Assert.Equal(Enumerable.Range(0, copy.Tokens.Count), copy.Tokens.Select(t => t.Index));
            var begin = Array.IndexOf(copy.Tags, NerTags.BeginPerson);
            var end = begin + 1;
            while (end < copy.Tags.Length && copy.Tags[end] == NerTags.InsidePerson)
            {
                end++;
            }
            Assert.Contains(string.Join(' ', copy.Tokens.Skip(begin).Take(end - begin).Select(t => t.Text)), names);
            var rest = copy.Tokens.Where((_, k) => k < begin || k >= end).Select(t => t.Text).ToList();
            Assert.True(rest.SequenceEqual(["قال", "إن", "الاتفاق", "مهم"]) || rest.SequenceEqual(["وصل", "إلى", "بيروت"]), string.Join(' ', rest));
        }
        // The places keep their tags.
        Assert.All(copies.Where(c => c.Tokens.Any(t => t.Text == "بيروت")), c => Assert.Equal("B-LOC", NerTags.All[c.Tags[^1]]));
    }

    [Fact]
    public void Copy_draws_the_same_names_every_time_so_training_stays_deterministic()
    {
        static string Flat(List<PerceptronTrainer.Sentence> s) => string.Join('|', s.Select(x => string.Join(' ', x.Tokens.Select(t => t.Text))));
        Assert.Equal(Flat(NameSwap.Copy(Sentences(), 3)), Flat(NameSwap.Copy(Sentences(), 3)));
    }

    [Fact]
    public void Copy_of_data_without_names_is_empty()
    {
        var sentences = PerceptronTrainer.ReadIob(new StringReader("ارتفعت O\nالأسعار O\n\n"));
        Assert.Empty(NameSwap.Copy(sentences, 3));
    }
}
