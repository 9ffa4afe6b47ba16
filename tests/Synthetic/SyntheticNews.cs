using System.Globalization;
using System.Text.Json;

namespace KnowledgeGraph.Tests.Synthetic;

/// <summary>
/// Realistic synthetic news for tests and benchmarks: Arabic reports of ministers meeting, visiting and calling one
/// another, written the way agencies write them, with people drawn from a fixed population (the same seed gives the
/// same articles). Persons recur across articles, so the graph has hubs and chains as real news does.
/// </summary>
public sealed class SyntheticNews(int population = 2_000, int seed = 20251129)
{
    private static readonly string[] Given = ["أحمد", "محمد", "خالد", "فيصل", "عبد الله", "سامي", "يوسف", "عمر", "ناصر", "طارق", "حسن", "علي", "ماجد", "وليد", "رامي", "زياد", "هشام", "إبراهيم", "سلمان", "جمال"];
    private static readonly string[] Family = ["الخطيب", "العلي", "الحسيني", "المصري", "الشامي", "النجار", "الحداد", "القاسم", "البدري", "الرفاعي", "العمري", "الزين", "السعدي", "الكبيسي", "الدوري", "الهاشمي", "التميمي", "الجبوري", "العبيدي", "المالكي", "الصالح", "الأحمد", "الشهري", "القحطاني", "المطيري"];
    private static readonly (string Nisba, string Capital, string Code)[] Countries =
    [
        ("الأردني", "عمان", "JO"), ("المصري", "القاهرة", "EG"), ("السعودي", "الرياض", "SA"), ("القطري", "الدوحة", "QA"), ("العراقي", "بغداد", "IQ"),
        ("اللبناني", "بيروت", "LB"), ("الكويتي", "الكويت", "KW"), ("العماني", "مسقط", "OM"), ("التونسي", "تونس", "TN"), ("المغربي", "الرباط", "MA"),
    ];
    private static readonly string[] Offices = ["وزير الخارجية", "وزير الداخلية", "وزير الدفاع", "وزير المالية", "وزير الاقتصاد", "وزير النقل"];
    private static readonly string[] Weekdays = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    private sealed record Official(string Name, string Office, int Country);

    private readonly Official[] _people = Enumerable.Range(0, population).Select(i => new Official(
        Given[i % Given.Length] + " " + Family[i / Given.Length % Family.Length] + (i >= Given.Length * Family.Length ? " " + Given[i / (Given.Length * Family.Length) % Given.Length] : ""),
        Offices[i % Offices.Length],
        i * 7 % Countries.Length)).ToArray();

    /// <summary>The article contract's JSON line for article <paramref name="n"/>.</summary>
    public string Line(int n)
    {
        var (id, text, published) = Article(n);
        return JsonSerializer.Serialize(new { id, published, language = "ar", text }, Json);
    }

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public (string Id, string Text, string Published) Article(int n)
    {
        var random = new Random(seed + n);
        // A few people appear far more often than the others, as heads of diplomacy do.
        int Pick() => (int)(Math.Pow(random.NextDouble(), 2.5) * _people.Length);
        var host = _people[Pick()];
        var guest = _people[Pick()];
        while (guest.Country == host.Country)
        {
            guest = _people[(Array.IndexOf(_people, guest) + 1) % _people.Length];
        }
        var published = new DateOnly(2024, 1, 1).AddDays(n % 700);
        var day = published.AddDays(-1);
        var (hc, gc) = (Countries[host.Country], Countries[guest.Country]);
        var text = (n % 3) switch
        {
            0 => $"التقى {host.Office} {hc.Nisba} {host.Name}، أمس {Weekdays[(int)day.DayOfWeek]} في {hc.Capital}، {guest.Office} {gc.Nisba} {guest.Name}، وبحث الجانبان العلاقات الثنائية.",
            1 => $"استقبل {host.Office} {hc.Nisba} {host.Name} في {hc.Capital} أمس {guest.Office} {gc.Nisba} {guest.Name} والوفد المرافق له، وجرى خلال اللقاء بحث سبل تعزيز التعاون.",
            _ => $"أجرى {host.Office} {hc.Nisba} {host.Name} اتصالا هاتفيا أمس مع {guest.Office} {gc.Nisba} {guest.Name}، تناول الأوضاع في المنطقة.",
        };
        return ($"syn-{n:D6}", text, published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
