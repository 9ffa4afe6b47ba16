namespace KnowledgeGraph.Extraction.Recognition;

/// <summary>
/// «التقى وزير الخارجية العراقي نظيره التركي هاكان فيدان», "met his Jordanian counterpart Ayman Safadi": a counterpart
/// named without a post of his own holds, in his own state, the post of the one whose counterpart he is.
/// </summary>
internal static class Counterparts
{
    public static void AddPosts(TextContext context, List<ResolvedPerson> persons, List<PersonMention> mentions)
    {
        foreach (var m in mentions.Where(m => m.Person >= 0 && (IsCounterpart(context, mentions, m) || ListedAfterCounterparts(mentions, m))))
        {
            var counterpart = persons[m.Person];
            if (counterpart.Country is not { } country)
            {
                continue;
            }
            // "his": the person named last before him in the sentence. Of a compound office the last post is the one
            // a counterpart shares («نائب رئيس الوزراء وزير الخارجية … ونظيره» is a foreign minister's).
            // "Shaibani, who accompanied Sharaa, also held talks with his Russian counterpart": not someone named in an aside.
            var holder = mentions.LastOrDefault(o => o.Sentence == m.Sentence && o.End <= m.Start && o.Person >= 0 && o.Person != m.Person
                && !context.InAsideWithout(o.Start, m.Start));
            // "his Pakistani counterpart Ishaq Dar …. Dar, who is also deputy prime minister": a post of another kind named
            // elsewhere does not say he holds no counterpart's post.
            if (holder is not null && persons[holder.Person].Posts is [.., var post] && (post.Country ?? persons[holder.Person].Country) is { } theirs
                && theirs != country && !counterpart.Posts.Any(own => own.Head == post.Head))
            {
                counterpart.Posts.Add(SharedPortfolio(post) with { Country = country, Span = m.Span });
            }
        }
    }

    // "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates": a counterpart shares the first portfolio of
    // those a post lists with commas, not the others his own state may join to it.
    private static Post SharedPortfolio(Post post) =>
        post.Title.IndexOf(',', StringComparison.Ordinal) is var comma and > 0 && post.TitleEn.IndexOf(',', StringComparison.Ordinal) is var commaEn and > 0
            ? post with { Title = post.Title[..comma], TitleEn = post.TitleEn[..commaEn] }
            : post;

    // «مع نظيريه السعودي فيصل بن فرحان، والمصري بدر عبد العاطي»: after "his two counterparts", the next named by his
    // nationality alone is the second.
    private static bool ListedAfterCounterparts(List<PersonMention> mentions, PersonMention m) =>
        m.Country is not null && m.Posts.Count == 0
        && mentions.Any(o => o.Sentence == m.Sentence && o.End <= m.Start && o.Honorifics.Any(h => h.StartsWith("نظيري", StringComparison.Ordinal) || h.StartsWith("نظراء", StringComparison.Ordinal)));

    // «نظيره السعودي الأمير فيصل بن فرحان»: "his Saudi counterpart" may stand apart, before the rank that opens the name.
    internal static bool IsCounterpart(TextContext context, List<PersonMention> mentions, PersonMention m) =>
        Counterpart(m) || context.At(WordBefore(context, m.Start))?.Norm is "counterpart"
        || mentions.Any(o => o.IsTitleOnly && o.End == m.Start && o.Sentence == m.Sentence && Counterpart(o));

    /// <summary>
    /// "his Iraqi counterpart Fuad Hussein", "his Iraqi counterpart, Fuad Hussein": where "counterpart" or "counterparts"
    /// stands just before a name opening at <paramref name="start"/>, a comma between them or not; else -1.
    /// </summary>
    internal static int WordBefore(TextContext context, int start)
    {
        var at = context.At(start - 1)?.Text == "," ? start - 2 : start - 1;
        return context.At(at)?.Norm is "counterpart" or "counterparts" ? at : -1;
    }

    private static bool Counterpart(PersonMention m) => m.Honorifics.Any(h => h.StartsWith("نظير", StringComparison.Ordinal));
}
