namespace KnowledgeGraph.Extraction.Learning;

/// <summary>The IOB2 tags the tagger predicts (ANERcorp's: persons, locations, organisations, miscellaneous).</summary>
public static class NerTags
{
    public static readonly string[] All = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];

    public const int Outside = 0;
    public const int BeginPerson = 1;
    public const int InsidePerson = 2;

    public static int IndexOf(string tag)
    {
        var i = Array.IndexOf(All, tag);
        return i < 0 ? Outside : i;
    }
}
