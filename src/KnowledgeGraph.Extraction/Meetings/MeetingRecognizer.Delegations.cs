using KnowledgeGraph.Extraction.Recognition;

namespace KnowledgeGraph.Extraction.Meetings;

// Delegations: which countries' delegations took part («وفدا كويتيا», "at the head of a delegation"), and who led or
// belonged to them.
public sealed partial class MeetingRecognizer
{
    private Dictionary<string, HashSet<int>> DelegationMembers(out Dictionary<string, int> leaders)
    {
        var members = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        leaders = found;
        for (var i = 0; i < context.Tokens.Count; i++)
        {
            var word = context.Tokens[i].Norm is "والوفد" ? "الوفد" : context.Tokens[i].Norm;
            if (word is not ("الوفد" or "delegation" or "وفد" or "وفدا"))
            {
                continue;
            }
            var code = Delegations(i, Math.Min(i + 6, SentenceEnd(i))).FirstOrDefault();
            // «استقبل ... الرئيس السوري أحمد الشرع والوفد المرافق له»: the delegation with him is his state's.
            if (code is null && context.At(i + 1)?.Norm is "المرافق" or "المرافقه" && context.At(i + 2)?.Norm is "له" or "لها"
                && persons.LastOrDefault(p => p.End == i && p.Person >= 0 && p.Country is not null) is { Country: { } state } with)
            {
                code = state;
                found.TryAdd(state, with.Person);
            }
            // «على رأس وفد يضم ...», "at the head of a delegation": the delegation is the head's state.
            // An indefinite «وفد» has members only where the text lists them: «وفدا قطريا رسميا برئاسة ...», «وفد يضم ...».
            var listed = Enumerable.Range(i + 1, 3).Any(k => context.SameSentence(i, k) && context.At(k)?.Norm is "يضم" or "ضم" or "برياسه" or "يتقدمه" or "يراسه" or "led" or "headed" or "including");
            if (code is null && HeadedBefore(i) && HeadOf(i) is { Country: { } headState } headOfTrip)
            {
                code = headState;
                // «على رأس وفد رفيع المستوى», "at the head of an official delegation": a delegation the text does not list
                // goes with its head to the trip's encounters.
                if (!listed)
                {
                    found.TryAdd(headState, headOfTrip.Person);
                }
            }
            if (code is null || word is "وفد" or "وفدا" && !listed && context.At(i - 1)?.Norm != "راس")
            {
                continue;
            }
            if (code is null)
            {
                continue;
            }
            var sentence = context.Tokens[i].Sentence;
            for (var k = i + 1; k < i + 4 && context.SameSentence(i, k); k++)
            {
                if (context.At(k)?.Norm is "المرافق" or "المرافقه" or "accompanying"
                    && persons.FirstOrDefault(p => p.Start == k + 1 && p.Person >= 0) is { } leader)
                {
                    found[code] = leader.Person;
                }
            }
            // «ترأس الوفد المصري فلان»: the head of the delegation takes it to his encounters.
            if (context.At(i - 1)?.Forms[^1] is "ترأس" or "ترأس" or "يترأس" or "تراس" or "يتراس" or "headed" or "led"
                && persons.FirstOrDefault(p => p.Start > i && p.Sentence == sentence && p.Person >= 0 && !p.IsTitleOnly) is { } head)
            {
                found.TryAdd(code, head.Person);
            }
            // «على رأس وفد رسمي، حيث التقى رئيس مجلس النواب نبيه بري»: a delegation the text does not list has no members
            // beyond its head; the people named after it are whom it met.
            if (word is "وفد" or "وفدا" && !listed)
            {
                continue;
            }
            var stop = MembersEnd(i);
            foreach (var p in persons.Where(p => p.Sentence == sentence && p.Start > i && p.Start < stop && p.Person >= 0 && !p.IsTitleOnly && (p.Country is null || p.Country == code)))
            {
                if (!members.TryGetValue(code, out var set))
                {
                    members[code] = set = [];
                }
                set.Add(p.Person);
            }
        }
        return members;
    }

    /// <summary>
    /// Where the members named after the delegation word at <paramref name="delegation"/> end: at another delegation
    /// («… ويتكوف، فيما ترأس الوفد الإيراني عباس عراقجي») or a clause that opens after a comma, else at the sentence's end.
    /// </summary>
    private int MembersEnd(int delegation)
    {
        for (var k = delegation + 1; context.At(k) is { } t && context.SameSentence(delegation, k); k++)
        {
            // «، بحضور …», "in the presence of": the hosts who attended, not the delegation.
            if (t.Norm is "الوفد" or "والوفد" or "وفد" or "delegation" or "بحضور" or "وبحضور" or "presence"
                || t.Text is "،" or "," && context.At(k + 1) is { } next && ClauseOpeners.Contains(next.Norm) && !IsRelativePronoun(next))
            {
                return k;
            }
        }
        return int.MaxValue;
    }

    /// <summary>
    /// Who heads the delegation at <paramref name="delegation"/>: the person a relative clause («الذي يزور … على رأس وفد»,
    /// "who arrived at the head of a delegation") is about, else the sentence's first person, its subject
    /// («بحث فلان مع نظيره … خلال زيارة يقوم بها على رأس وفد»).
    /// </summary>
    private PersonMention? HeadOf(int delegation)
    {
        var before = persons.Where(p => p.Start < delegation && p.Sentence == context.Tokens[delegation].Sentence && p.Person >= 0 && !p.IsTitleOnly).ToList();
        if (before.Count == 0)
        {
            return null;
        }
        var last = before[^1];
        var relative = Enumerable.Range(last.End, Math.Max(0, delegation - last.End)).Any(k => IsRelativePronoun(context.Tokens[k]));
        return relative ? last : before[0];
    }

    // Words between "at the head of" and "delegation": "a", "an official", "a high-level".
    private static readonly HashSet<string> DelegationModifiers = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "his", "her", "official", "high-level", "high", "level", "large", "senior", "ministerial", "government", "governmental",
    };

    /// <summary>«على رأس وفد», "at the head of (an official) delegation", "led a delegation": the delegation has a head before it.</summary>
    private bool HeadedBefore(int delegation)
    {
        for (var k = delegation - 1; k >= delegation - 4 && context.At(k) is { } t && context.SameSentence(k, delegation); k--)
        {
            if (t.Norm is "راس" or "head" or "of" or "led")
            {
                return true;
            }
            if (!DelegationModifiers.Contains(t.Norm) && t.Text != "-")
            {
                return false;
            }
        }
        return false;
    }

    private IEnumerable<string> Delegations(int from, int to, bool sameClause = false)
    {
        for (var i = from; i < to && i < context.Tokens.Count; i++)
        {
            var t = context.Tokens[i];
            // «اجتماع ...، التي ترأس الوفد المصري فيها ...»: a delegation in another clause is another encounter's.
            if (sameClause && ClauseBreakBetween(from, i))
            {
                yield break;
            }
            // "a representative of the United Arab Emirates"; not a post's "Special Representative for Iraq".
            var isDelegation = t.Norm is "delegation" || t.Norm is "representative" && context.At(i - 1)?.Norm is "a" or "an"
                || t.Forms.Any(f => f is "وفد" or "وفدا" or "الوفد");
            if (!isDelegation)
            {
                continue;
            }
            // «وفد قطري», «وفدا من دولة قطر», "a Qatari delegation", "a representative of the United Arab Emirates".
            var after = countries.FirstOrDefault(c => c.Start > i && c.Start <= i + 5 && !c.IsCity && context.SameSentence(i, c.Start));
            var before = countries.FirstOrDefault(c => c.End == i && c.IsNationality);
            if (before is not null)
            {
                yield return before.Code;
            }
            else if (after is not null)
            {
                yield return after.Code;
            }
        }
    }
}
