namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>The name of every statement in cypher/; a test checks that these and the files are the same set.</summary>
public static class Cypher
{
    public const string AcquireWriterLease = "acquire-writer-lease";

    public const string AllMeetings = "all-meetings";

    public const string AllPersons = "all-persons";

    public const string AppendChanges = "append-changes";

    public const string ChangesAfter = "changes-after";

    public const string ConstraintArticle = "constraint-article";

    public const string ConstraintChange = "constraint-change";

    public const string ConstraintChangeFeed = "constraint-change-feed";

    public const string ConstraintCountry = "constraint-country";

    public const string ConstraintMeeting = "constraint-meeting";

    public const string ConstraintName = "constraint-name";

    public const string ConstraintOffice = "constraint-office";

    public const string ConstraintPerson = "constraint-person";

    public const string ConstraintWriterLease = "constraint-writer-lease";

    public const string CountArticles = "count-articles";

    public const string CountCountries = "count-countries";

    public const string CountMeetings = "count-meetings";

    public const string CountOffices = "count-offices";

    public const string CountPersons = "count-persons";

    public const string CounterpartsOf = "counterparts-of";

    public const string CountriesByCodes = "countries-by-codes";

    public const string ExistingArticles = "existing-articles";

    public const string FindArticle = "find-article";

    public const string FindCountry = "find-country";

    public const string FindMeeting = "find-meeting";

    public const string FindMeetings = "find-meetings";

    public const string FindPerson = "find-person";

    public const string FindPersons = "find-persons";

    public const string LastChange = "last-change";

    public const string LinkAttended = "link-attended";

    public const string LinkDelegations = "link-delegations";

    public const string LinkHolds = "link-holds";

    public const string LinkMentionsCountries = "link-mentions-countries";

    public const string LinkMentionsOffices = "link-mentions-offices";

    public const string LinkMentionsPersons = "link-mentions-persons";

    public const string LinkPersonCountries = "link-person-countries";

    public const string LinkPersonNames = "link-person-names";

    public const string LinkReports = "link-reports";

    public const string MeetingPagesOfPersons = "meeting-pages-of-persons";

    public const string MeetingsByKeys = "meetings-by-keys";

    public const string MeetingsOfArticle = "meetings-of-article";

    public const string MeetingsOfPerson = "meetings-of-person";

    public const string MergeArticles = "merge-articles";

    public const string MergeCountries = "merge-countries";

    public const string MergeMeetings = "merge-meetings";

    public const string MergeOffices = "merge-offices";

    public const string MergePersons = "merge-persons";

    public const string OfficeTerms = "office-terms";

    public const string OfficeTermsOf = "office-terms-of";

    public const string PersonsByKeys = "persons-by-keys";

    public const string PersonsOfArticle = "persons-of-article";

    public const string ReleaseWriterLease = "release-writer-lease";

    public const string ReportsOfMeetings = "reports-of-meetings";

    public const string ShortestChain = "shortest-chain";
}
