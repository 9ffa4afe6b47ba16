using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Learning;

namespace KnowledgeGraph.Extraction.Tests.Learning;

/// <summary>
/// The shipped tagger is what <c>kg train ner</c> makes of the train split in <c>corpora/anercorp</c>: a change to the
/// features or to a gazetteer the tagger reads fails here until the model is retrained and shipped with it.
/// </summary>
public class ShippedModelTests
{
    [Fact]
    public void Training_on_the_train_split_gives_the_shipped_model_byte_for_byte()
    {
        using var reader = File.OpenText(Path.Combine(AppContext.BaseDirectory, "Data", "ANERCorp_CamelLab_train.txt"));
        var model = PerceptronTrainer.TrainTwoPass(PerceptronTrainer.ReadIob(reader), Gazetteer.Default, iterations: 10);
        using var trained = new MemoryStream();
        model.Save(trained);
        using var shipped = new MemoryStream();
        using (var resource = Resource.Open("ner-anercorp.model"))
        {
            resource.CopyTo(shipped);
        }
        Assert.True(trained.ToArray().AsSpan().SequenceEqual(shipped.ToArray()), "kg train ner no longer gives the shipped model: retrain it (README, Retraining the name tagger) and ship the new file.");
    }
}
