namespace KnowledgeGraph.Extraction.Learning;

/// <summary>
/// Where a model's table keeps the weights of a word's share of its neighbours' features (<see cref="NeighbourHashes"/>),
/// -1 for a feature training never kept: found once per word and model, so that tagging adds a neighbour's weights
/// without looking its features up at every token it stands next to.
/// </summary>
internal readonly record struct NeighbourRows(int AsPrevious, int AsNext, int AsSecondPrevious, int AsSecondNext, int StemAsPrevious, int StemAsNext)
{
    public static NeighbourRows Of(NeighbourHashes word, PerceptronModel model) => new(
        model.RowOf(word.AsPrevious), model.RowOf(word.AsNext), model.RowOf(word.AsSecondPrevious), model.RowOf(word.AsSecondNext),
        model.RowOf(word.StemAsPrevious), model.RowOf(word.StemAsNext));
}
