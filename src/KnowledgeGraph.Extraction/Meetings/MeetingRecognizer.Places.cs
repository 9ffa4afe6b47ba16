using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction.Dates;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Recognition;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Meetings;

// Where and when: the meeting's city and country (from the sentence, a capital phrase or the dateline) and its date
// (the nearest date mention, else the headline's or the dateline's).
public sealed partial class MeetingRecognizer
{
    private void Place(MeetingDraft draft, Trigger trigger, int segmentEnd)
    {
        if (draft.City is not null)
        {
            return;
        }
        var sentence = context.Tokens[trigger.Start].Sentence;
        // "WASHINGTON (Reuters) - … hosted Putin in Anchorage": the dateline, in the sentence, is no place the sentence names.
        var datelineEnd = DatelineEnd();
        // "Finance Minister Taif Sami": a place inside a person's name is no place.
        // "…, a day after they met Israeli officials in Jerusalem": a place in a clause about another day's encounter is that one's.
        var inSentence = InSentence(sentence).Where(c => c.Start >= datelineEnd && !InName(c) && !OfAPost(c)
            && !(c.Start > trigger.End && ClauseBreakAt(trigger.End, c.Start) is var cut && cut >= 0 && DaysApart(cut + 1))).ToList();
        // «التقى … في ألاسكا … منذ عودة ترامب إلى البيت الأبيض»: where someone goes is no meeting's place, a trip's only;
        // «الشراكة مع واشنطن», "ties with Washington": a capital after "with" stands for its government.
        // "… welcomed Prince Faisal to Cairo": where the host welcomed his guest.
        var welcomed = context.Tokens[trigger.Start].Norm is "welcomed" or "welcomes";
        var city = inSentence.Where(c => c.IsCity && (trigger.Kind == MeetingKind.Visit || welcomed || context.At(c.Start - 1)?.Norm is not ("الي" or "to"))
                && !StandsForGovernment(inSentence, c) && !ComingFrom(c) && !WherePlanned(trigger, c) && !OnARoute(inSentence, c))
            .OrderBy(c => c.Start < trigger.Start ? 1 : 0).FirstOrDefault()
            ?? CapitalPhrase(inSentence);
        // "Trump travelled to Abu Dhabi, where he was received by …", «وصل إلى عمان، حيث التقى …»: the place before "where".
        if (WherePlace(inSentence, trigger.Start) is { } where)
        {
            city = where;
        }
        // "arrived in Kuwait late on Tuesday, is expected to travel to Baghdad": the state right after the verb is where it
        // happened; a city of another state further on is not.
        var state = inSentence.FirstOrDefault(c => !c.IsCity && !c.IsNationality && c.Start > trigger.Start && c.Start <= trigger.End + 1
            && context.At(c.Start - 1)?.Norm is "in" or "في" or "الي" or "to");
        if (state is not null && city is not null && city.Code != state.Code)
        {
            draft.Country = state.Code;
            return;
        }
        if (city is not null)
        {
            draft.City = city.CityEn;
            draft.Country = city.Code;
            return;
        }
        // «التقى … الأمير خالد بن سلمان في الكويت اليوم وزير الدفاع الكويتي», "met … Safadi in Qatar": a state the sentence
        // places the encounter in, next to who took part, where nothing else places it (Find).
        // A trip's destination is found below, and the visitor alone is no encounter without it.
        draft.StateNamed = trigger.Kind == MeetingKind.Visit ? null : inSentence.FirstOrDefault(c => StateBesideTheParties(trigger, c) && !StandsForGovernment(inSentence, c) && !WherePlanned(trigger, c)
            && !OnARoute(inSentence, c))?.Code;
        draft.ElsewhereUnknown = InUnknownPlace(trigger.Start, Math.Min(segmentEnd, SentenceEnd(trigger.Start)));
        if (draft.Kind == MeetingKind.Visit || trigger.Kind == MeetingKind.Visit)
        {
            // "his U.S. visit", «زيارته إلى قطر»: the state next to the trip.
            var destination = inSentence.FirstOrDefault(c => c.End == trigger.Start && trigger.Kind == MeetingKind.Visit)
                ?? inSentence.FirstOrDefault(c => c.Start > trigger.Start && c.Start < segmentEnd && !c.IsNationality && !ComingFrom(c));
            draft.Country ??= destination?.Code;
        }
    }

    // «في الكويت», "in Kuwait" before the trigger, between it and the first person after it, or right after a person: not
    // "the situation in Lebanon" they discussed, nor a post's («المنسقة الخاصة للأمم المتحدة في لبنان»).
    private bool StateBesideTheParties(Trigger trigger, CountryMention c) =>
        !c.IsCity && !c.IsNationality && context.At(c.Start - 1)?.Norm is "في" or "in"
        && !persons.Any(p => p.Start <= c.Start && c.End <= p.End)
        && (c.End <= trigger.Start && !context.InAsideWithout(c.Start, trigger.Start)
            || !persons.Any(p => p.Start >= trigger.End && p.Start < c.Start && !p.IsTitleOnly) && !context.AnyNear(trigger.Start, trigger.End, c.Start - trigger.End, t => t.Text is "،" or ",")
            || persons.Any(p => !p.IsTitleOnly && p.End == c.Start - 1));

    // «… مباحثات تناولت التحضير للجنة المشتركة المقرر عقدها في داكار», "the summit scheduled to be held in Doha": where something
    // is yet to happen, after the encounter, is not where the encounter was.
    private bool WherePlanned(Trigger trigger, CountryMention c) =>
        c.Start > trigger.End && Enumerable.Range(Math.Max(trigger.End, c.Start - 4), c.Start - Math.Max(trigger.End, c.Start - 4))
            .Any(k => context.Tokens[k].Norm is "المقرر" or "المزمع" or "المزمعه" or "ستعقد" or "سيعقد" or "scheduled" or "slated" or "planned" or "will");

    // "the oil pipeline linking Basra with Aqaba", «الربط السككي بين البصرة والشلامجة»: the ends of a route, or the two
    // sides of relations «بين أربيل وبغداد», are no meeting's place.
    private bool OnARoute(List<CountryMention> inSentence, CountryMention c) =>
        context.At(c.Start - 1)?.Norm is "linking" or "connecting" or "between" or "يربط" or "تربط" or "الرابط" or "بين"
        || context.At(c.Start - 1)?.Norm is "with" or "and" or "to" && inSentence.Any(o => o.End == c.Start - 1 && OnARoute(inSentence, o))
        || context.Tokens[c.Start].Norm[0] == 'و' && inSentence.Any(o => o.End == c.Start && o != c && OnARoute(inSentence, o));

    // «وصل … قادماً من الرياض», "arriving from Riyadh": where a traveller comes from is no place of his encounters.
    private bool ComingFrom(CountryMention c) =>
        context.At(c.Start - 1)?.Norm is "من" or "from" && context.At(c.Start - 2)?.Norm is "قادما" or "قادمه" or "قادمين" or "عايدا" or "عايده" or "coming" or "arriving";

    private CountryMention? WherePlace(List<CountryMention> inSentence, int trigger)
    {
        for (var k = trigger - 1; k >= trigger - 5 && context.At(k) is { } t && context.SameSentence(k, trigger); k--)
        {
            if (t.Norm is "where" or "حيث")
            {
                var end = context.At(k - 1)?.Text is "," or "،" ? k - 1 : k;
                // "travelled to Beirut in July, where he met …": the trip's date may stand between the place and "where".
                if (dates.FirstOrDefault(d => d.End == end && d.Start < end) is { } date)
                {
                    end = context.At(date.Start - 1)?.Norm is "in" or "on" or "في" ? date.Start - 1 : date.Start;
                }
                return inSentence.FirstOrDefault(c => c.End == end && c.IsCity);
            }
        }
        return null;
    }

    private bool InName(CountryMention c) =>
        (_names ??= new SpanCover(persons.Where(p => !p.IsTitleOnly).Select(p => (p.Span.Start, p.Span.End)))).Covers(context.Tokens[c.Start].Start, context.Tokens[c.End - 1].End);

    private SpanCover? _names;

    // «وزير الشؤون الخارجية في جمهورية الهند سوبراهمانيام جايشانكار»: the state a post names before its holder is no place.
    private bool OfAPost(CountryMention c) =>
        !c.IsCity && persons.Any(p => !p.IsTitleOnly && p.Start <= c.Start && c.End <= p.End && p.Posts.Any(post => post.Country == c.Code));

    /// <summary>The places of a sentence, found by binary search: the recogniser lists places in text order.</summary>
    private IEnumerable<CountryMention> InSentence(int sentence)
    {
        var (start, end) = context.SentenceTokens(sentence);
        for (var k = Ordered.FirstIndex(countries, start, static (c, start) => c.Start >= start); k < countries.Count && countries[k].Start < end; k++)
        {
            yield return countries[k];
        }
    }

    // «مع واشنطن والرياض», "with Washington and Riyadh": places after "with", and those joined to them by "and"; "said Tehran
    // would work with …", «وقالت طهران إن …»: a place that is the subject of a verb.
    private bool StandsForGovernment(List<CountryMention> inSentence, CountryMention c)
    {
        if (context.At(c.End)?.Norm is "would" or "will" or "has" or "had" or "says" or "said" or "wants" or "must" or "should" or "could" or "can"
            && context.At(c.Start - 1)?.Norm is not ("in" or "at" or "to" or "from" or "of" or "near" or "outside" or "via")
            || ArabicMentionFinder.AfterSpeechVerb(context, c.Start))
        {
            return true;
        }
        while (true)
        {
            if (context.At(c.Start - 1)?.Norm is "مع" or "with")
            {
                return true;
            }
            var joined = context.Tokens[c.Start].Norm[0] == 'و' ? c.Start - 1 : context.At(c.Start - 1)?.Norm is "and" ? c.Start - 2 : -1;
            var before = inSentence.FirstOrDefault(o => o.End - 1 == joined);
            if (before is null)
            {
                return false;
            }
            c = before;
        }
    }

    // "hosted Putin in Alaska": "in" and a capitalised word that names no known place, date or person; not what they
    // discussed ("the situation in Gaza").
    private bool InUnknownPlace(int from, int to)
    {
        for (var k = from + 1; k + 1 < to && k + 1 < context.Tokens.Count; k++)
        {
            if (context.Tokens[k].Norm != "in" || context.Tokens[k + 1] is not { IsWord: true, IsLatin: true, IsCapitalized: true } place || place.Norm == "the"
                || context.At(k - 1)?.Norm is "situation" or "developments" or "war" or "crisis" or "ceasefire" or "conflict" or "fighting" or "escalation" or "violence" or "events")
            {
                continue;
            }
            var known = false;
            foreach (var c in countries)
            {
                known |= c.Start == k + 1;
            }
            foreach (var d in dates)
            {
                known |= d.Start == k + 1;
            }
            foreach (var p in persons)
            {
                known |= p.Start == k + 1;
            }
            if (!known)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>«في العاصمة البحرينية»: the capital of the state the adjective names.</summary>
    private CountryMention? CapitalPhrase(List<CountryMention> inSentence)
    {
        foreach (var c in inSentence.Where(c => c.IsNationality))
        {
            if (context.At(c.Start - 1) is { } before && before.Forms.Contains("العاصمه")
                && context.Gazetteer.Countries.TryGetValue(c.Code, out var country) && country.CapitalEn is not null)
            {
                return new CountryMention(c.Start, c.End, c.Code, PlaceKind.Capital, country.CapitalEn);
            }
        }
        return null;
    }

    private CountryMention? Dateline()
    {
        // "AMMAN, Nov 5 –" or «المنامة –»: a city that opens a paragraph, followed by a dash or comma; or by the date
        // («عمّان 14 تموز (بترا)», «مسقط في 10 مارس /العُمانية/»).
        foreach (var c in countries.Where(c => !c.IsNationality))
        {
            var first = c.Start == 0 || context.Tokens[c.Start - 1].Sentence != context.Tokens[c.Start].Sentence;
            var dated = context.At(c.End)?.Norm == "في" ? c.End + 1 : HijriBefore(c.End);
            if (first && (context.At(c.End)?.Text is "–" or "-" or "—" or "," or "،" or ":" or "(" || dates.Any(d => d.Start == dated)))
            {
                // "KUWAIT, Sept 15 –", «الكويت –»: a state named in the dateline stands for its capital.
                return c.IsCity ? c : context.Gazetteer.Countries.TryGetValue(c.Code, out var state) && state.CapitalEn is not null
                    ? c with { Place = PlaceKind.Capital, CityEn = state.CapitalEn }
                    : null;
            }
        }
        return null;
    }

    // «الرياض 10 جمادى الآخرة 1447 هـ الموافق 01 ديسمبر 2025 م»: the Saudi agency's Hijri date first, then the Gregorian one
    // after «الموافق»; where that begins, or k.
    private int HijriBefore(int k)
    {
        for (var m = k; m < k + 7 && context.At(m) is { } t && t.Kind != TokenKind.Punct && context.SameSentence(k, m); m++)
        {
            if (t.Norm == "الموافق")
            {
                return m + 1;
            }
        }
        return k;
    }

    // Where the dateline's places end («باكو ، اسلام اباد - بترا :»): its dash, or its one place; 0 without a dateline.
    // Asked for each draft, found once.
    private int? _datelineEnd;

    private int DatelineEnd() => _datelineEnd ??= FindDatelineEnd();

    private int FindDatelineEnd()
    {
        if (Dateline() is not { } dateline)
        {
            return 0;
        }
        // "BEIJING, April 14 (Xinhua) --", "CAIRO, Feb 12 (Reuters) -": the date and credit may come before the dash.
        for (var k = dateline.End; k < dateline.End + 8 && context.At(k) is { } t && context.SameSentence(dateline.Start, k); k++)
        {
            if (t.Text is "-" or "–" or "—" or "--")
            {
                return PastDateAndCredit(k, dateline.Start);
            }
        }
        return dateline.End;
    }

    // «الكويت - 3 - 11 (كونا) --»: past the date and the agency's credit, in brackets or between slashes, to the last dash
    // before the report's first word.
    private int PastDateAndCredit(int dash, int datelineStart)
    {
        var credit = false;
        for (var k = dash + 1; k < dash + 10 && context.At(k) is { } t && context.SameSentence(datelineStart, k); k++)
        {
            if (t.Text is "(" or ")" or "/")
            {
                credit = t.Text == "(" || t.Text == "/" && !credit;
            }
            else if (t.Text is "-" or "–" or "—" or "--")
            {
                dash = k;
            }
            else if (!credit && t.Kind != TokenKind.Number && !dates.Any(d => d.Start <= k && k < d.End))
            {
                break;
            }
        }
        return dash;
    }

    private PartialDate? DateNear(int trigger)
    {
        var sentence = context.Tokens[trigger].Sentence;
        var inSentence = dates.Where(d => context.Tokens[d.Start].Sentence == sentence).ToList();
        // "AMMAN, Nov 5 –": the dateline dates the report, not the encounter, when the sentence says more.
        if (inSentence.Count > 1)
        {
            inSentence.RemoveAll(IsDateline);
        }
        // «منذ توليه الرئاسة في يناير», "since January": the start of something else.
        // "since his election in January": up to four words may stand between.
        inSentence.RemoveAll(d => context.AnyNear(d.Start, d.Start - 5, 5, t => t.Norm is "منذ" or "since" or "until" or "حتي"));
        // "Macron, who visited Beirut last week, spoke by phone with Aoun on Monday": a date in an aside about someone dates the
        // aside, also when the clause gives none of its own ("Fidan, who arrived late on Saturday, also met …").
        inSentence.RemoveAll(d => context.InAsideWithout(d.Start, trigger));
        // «وفي 17 أبريل، أجرى ...»: a date that opens the sentence dates what the sentence reports.
        var opening = inSentence.FirstOrDefault(d => d.Start - SentenceStart(d.Start) <= 2);
        return opening?.Date ?? inSentence.OrderBy(d => Math.Abs(d.Start - trigger)).FirstOrDefault()?.Date;
    }

    private bool IsDateline(DateMention d) =>
        d.Start > 0 && context.At(d.Start - 1)?.Text is "," or "،" && countries.Any(c => c.End == d.Start - 1 && !c.IsNationality
            && (c.Start == 0 || context.Tokens[c.Start - 1].Sentence != context.Tokens[c.Start].Sentence));
}
