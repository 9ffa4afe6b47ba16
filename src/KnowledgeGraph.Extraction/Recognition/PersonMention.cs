using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Recognition;

/// <summary>
/// A place in the text that refers to a person: a name (with the titles and honorifics that introduce it) or, when
/// <see cref="Name"/> is null, a title alone («أمير قطر», "the minister") to be attached to someone named elsewhere.
/// </summary>
public sealed class PersonMention
{
    public required int Start { get; init; }

    public required int End { get; init; }

    public required int Sentence { get; init; }

    public string? Name { get; init; }

    /// <summary>Normalised name words, for matching later mentions of the same person.</summary>
    public IReadOnlyList<string> NameWords { get; init; } = [];

    /// <summary>The <see cref="NameWords"/> of an Arabic name as the text writes it.</summary>
    public static string[] WordsOf(string name) => ArabicText.Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public TextSpan Span { get; init; }

    public IReadOnlyList<Post> Posts { get; init; } = [];

    public IReadOnlyList<string> Honorifics { get; init; } = [];

    /// <summary>
    /// A nationality standing for the person introduces the name («كما تأهل السويسري ستانيسلاس فافرينكا»), as a title would;
    /// so do a verb of saying before it and "son of" opening it («ابن خلدون»).
    /// </summary>
    public bool Introduced { get; init; }

    public string? Country { get; set; }

    /// <summary>The article-local person this mention was resolved to.</summary>
    public int Person { get; set; } = -1;

    public bool IsTitleOnly => Name is null;

    /// <summary>The posts alone, before the name that was read after them at <paramref name="nameStart"/>: a title-only mention.</summary>
    public PersonMention WithoutName(TextContext context, int nameStart) => new()
    {
        Start = Start, End = nameStart, Sentence = Sentence, Posts = Posts, Country = Country, Span = context.SpanOf(Start, nameStart),
    };

    /// <summary>
    /// This mention with its name ending before token <paramref name="end"/>, shorter or longer: from where the name starts,
    /// after a proclitic when it does («لسلمان»).
    /// </summary>
    public PersonMention EndingAt(TextContext context, int end)
    {
        var span = new TextSpan(Span.Start, context.Tokens[end - 1].End);
        var name = context.Text[span.Start..span.End];
        return new PersonMention
        {
            Start = Start, End = end, Sentence = Sentence, Name = name, NameWords = WordsOf(name), Span = span,
            Posts = Posts, Honorifics = Honorifics, Introduced = Introduced, Country = Country,
        };
    }
}
