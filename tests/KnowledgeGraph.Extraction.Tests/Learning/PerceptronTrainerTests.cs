using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Learning;

namespace KnowledgeGraph.Extraction.Tests.Learning;

public class PerceptronTrainerTests
{
    // A tiny IOB2 corpus in ANERcorp's format, written for this test.
    private const string Corpus = """
        قال كريم O
        سامي B-PERS
        الخطيب I-PERS
        إن O
        الاتفاق O
        مهم O

        أكد O
        سامي B-PERS
        الخطيب I-PERS
        أمس O

        وصل O
        رامي B-PERS
        النجار I-PERS
        إلى O
        بيروت B-LOC

        """;

    [Fact]
    public void ReadIob_aligns_tags_with_the_extractors_tokens()
    {
        var sentences = PerceptronTrainer.ReadIob(new StringReader(Corpus));
        Assert.Equal(3, sentences.Count);
        var first = sentences[0];
        Assert.Equal("سامي", first.Tokens[2].Text);
        Assert.Equal(NerTags.BeginPerson, first.Tags[2]);
        Assert.Equal(NerTags.InsidePerson, first.Tags[3]);
        Assert.Equal(NerTags.Outside, first.Tags[0]);
    }

    [Fact]
    public void A_trained_model_saved_and_loaded_tags_the_names_it_learned()
    {
        var sentences = PerceptronTrainer.ReadIob(new StringReader(Corpus));
        var model = PerceptronTrainer.Train(sentences, Gazetteer.Default, iterations: 5);
        using var file = new MemoryStream();
        model.Save(file);
        file.Position = 0;
        var tagger = new PersonTagger(PerceptronModel.Load(file), Gazetteer.Default);
        var spans = tagger.Find(sentences[1].Tokens);
        Assert.Contains((1, 3), spans);
    }

    [Fact]
    public void Training_twice_on_the_same_data_gives_the_same_file()
    {
        byte[] Train()
        {
            var model = PerceptronTrainer.Train(PerceptronTrainer.ReadIob(new StringReader(Corpus)), Gazetteer.Default, iterations: 3);
            using var file = new MemoryStream();
            model.Save(file);
            return file.ToArray();
        }
        Assert.Equal(Train(), Train());
    }

    [Fact]
    public void A_two_pass_model_keeps_its_second_pass_through_saving_and_loading()
    {
        // Five copies give each of the five folds a sentence to tag with a first model trained on the rest.
        var sentences = Enumerable.Repeat(PerceptronTrainer.ReadIob(new StringReader(Corpus)), 5).SelectMany(s => s).ToList();
        var model = PerceptronTrainer.TrainTwoPass(sentences, Gazetteer.Default, iterations: 5);
        Assert.NotNull(model.Refiner);
        using var file = new MemoryStream();
        model.Save(file);
        file.Position = 0;
        var loaded = PerceptronModel.Load(file);
        Assert.NotNull(loaded.Refiner);
        Assert.Equal(model.Refiner.Weights.Count, loaded.Refiner.Weights.Count);
        Assert.Equal(new PersonTagger(model, Gazetteer.Default).Find(sentences[1].Tokens), new PersonTagger(loaded, Gazetteer.Default).Find(sentences[1].Tokens));
    }

    [Fact]
    public void A_trained_model_keeps_only_the_features_that_lean_at_least_the_least_weight()
    {
        var sentences = Enumerable.Repeat(PerceptronTrainer.ReadIob(new StringReader(Corpus)), 5).SelectMany(s => s).ToList();
        var model = PerceptronTrainer.TrainTwoPass(sentences, Gazetteer.Default, iterations: 5);

        foreach (var weights in new[] { model.Weights, model.Refiner!.Weights })
        {
            Assert.NotEmpty(weights);
            Assert.All(weights.Values, w => Assert.Contains(w, v => Math.Abs(v) >= PerceptronModel.WeightAtLeast - 1e-3f));
        }
    }

    [Fact]
    public void Words_seen_three_times_and_never_in_a_name_are_ordinary_and_stay_so_through_saving()
    {
        var model = PerceptronTrainer.TrainTwoPass(PerceptronTrainer.ReadIob(new StringReader(Corpus + Corpus + Corpus)), Gazetteer.Default, iterations: 3);
        using var file = new MemoryStream();
        model.Save(file);
        file.Position = 0;
        var tagger = new PersonTagger(PerceptronModel.Load(file), Gazetteer.Default);
        Assert.True(tagger.IsCommonWord("الاتفاق"));
        Assert.False(tagger.IsCommonWord("الخطيب"), "a word of a name is not ordinary");
        Assert.DoesNotContain("الخطيب", PerceptronTrainer.OrdinaryWords(PerceptronTrainer.ReadIob(new StringReader(Corpus + Corpus + Corpus))));
        Assert.Empty(PerceptronTrainer.OrdinaryWords(PerceptronTrainer.ReadIob(new StringReader(Corpus))));
    }

    [Fact]
    public void Too_few_sentences_for_five_folds_give_a_one_pass_model() =>
        Assert.Null(PerceptronTrainer.TrainTwoPass(PerceptronTrainer.ReadIob(new StringReader(Corpus)), Gazetteer.Default, iterations: 3).Refiner);

    [Fact]
    public void The_shipped_model_is_embedded_and_loads_with_its_second_pass()
    {
        var model = PerceptronModel.LoadEmbedded();
        Assert.NotNull(model);
        Assert.NotNull(model.Refiner);
        Assert.NotNull(PersonTagger.Default);
    }
}
