using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Extraction.Tests.Meetings;

/// <summary>Sentences written for these tests, in the shapes news uses to report encounters.</summary>
public class MeetingRecognizerTests
{
    [Fact]
    public void Separate_meetings_give_one_meeting_per_counterpart()
    {
        var facts = Facts.Of("عقد وزير الخارجية المصري بدر عبد العاطي أمس في عمّان لقاءين منفصلين مع وزير الخارجية الأردني أيمن الصفدي، ووزير الخارجية العراقي فؤاد حسين.");
        Assert.Equal(2, facts.Meetings.Count);
        Assert.All(facts.Meetings, m => Assert.Equal(2, m.Participants.Count));
    }

    [Theory]
    [InlineData("استقبل الرئيس عبد الفتاح السيسي اليوم رئيس وزراء اليونان كيرياكوس ميتسوتاكيس بحضور رئيس مجلس الوزراء مصطفى مدبولي. كما عقد مدبولي في وقت لاحق جلسة مباحثات مع ميتسوتاكيس.", "ar")]
    [InlineData("Egyptian President Abdel Fattah al-Sisi received Greek Prime Minister Kyriakos Mitsotakis on Tuesday in the presence of Prime Minister Mostafa Madbouly. Madbouly later held talks with Mitsotakis.", "en")]
    public void Talks_said_to_come_later_between_some_of_the_same_people_are_another_meeting(string text, string language)
    {
        var facts = Facts.Of(text, "2025-12-02", language);
        Assert.Equal(2, facts.Meetings.Count);
        Assert.Equal(2, facts.Meetings[1].Participants.Count);
    }

    [Fact]
    public void Two_named_people_who_discuss_together_in_a_headlines_dual_have_met_and_the_body_repeats_that_meeting()
    {
        var facts = Facts.Of("الصفدي وعبد العاطي يبحثان في عمان مستجدات الأوضاع\n\nعمان - بحث وزير الخارجية الأردني أيمن الصفدي مع وزير الخارجية المصري بدر عبد العاطي، اليوم الأحد في عمان، مستجدات الأوضاع في غزة.", "2025-03-09");
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(2, meeting.Participants.Count);
        Assert.Equal("Amman", meeting.City);
        Assert.Equal(2, Assert.Single(Facts.Of("الصفدي وعبد العاطي يبحثان في عمان مستجدات الأوضاع", "2025-03-09").Meetings).Participants.Count);
        // «يبحثان عن» is "the two look for".
        Assert.Empty(Facts.Of("الصفدي وعبد العاطي يبحثان عن حل للأزمة", "2025-03-09").Meetings);
    }

    [Theory]
    [InlineData("Safadi, Abdelatty discuss Gaza ceasefire in Amman", 1)]
    [InlineData("Safadi discusses Gaza ceasefire with Abdelatty in Amman", 1)]
    [InlineData("Jordanian Foreign Minister Ayman Safadi and Egyptian Foreign Minister Badr Abdelatty will discuss the ceasefire in Amman next week.", 0)]
    public void Two_named_people_who_discuss_in_an_english_headline_have_met(string text, int meetings) =>
        Assert.Equal(meetings, Facts.Of(text, "2025-05-01", "en").Meetings.Count);

    [Theory]
    [InlineData("وزير الخارجية الإيراني عباس عراقجي يصل إلى بيروت", "ar", "LB")]
    [InlineData("Iranian Foreign Minister Abbas Araghchi arrives in Muscat", "en", "OM")]
    public void A_headline_saying_someone_arrives_is_his_visit(string headline, string language, string country)
    {
        var visit = Assert.Single(Facts.Of(headline, "2025-05-01", language).Meetings);
        Assert.Equal((MeetingKind.Visit, country), (visit.Kind, visit.Country));
    }

    [Fact]
    public void A_headline_saying_one_leader_phones_another_is_their_call()
    {
        var call = Assert.Single(Facts.Of("السوداني يهاتف أردوغان", "2025-11-10").Meetings);
        Assert.Equal(MeetingKind.Call, call.Kind);
    }

    [Fact]
    public void His_Highness_standing_for_the_leader_named_before_is_the_callee_of_the_next_call()
    {
        var facts = Facts.Of("President His Highness Sheikh Mohamed bin Zayed Al Nahyan today received a phone call from French President Emmanuel Macron.\n\nHis Highness also received a phone call from King Abdullah II of Jordan.", "2025-11-25", "en");
        Assert.Equal(2, facts.Meetings.Count(m => m.Kind == MeetingKind.Call && m.Participants.Contains(facts.Persons.Single(p => p.Name == "Mohamed bin Zayed Al Nahyan").Id)));
    }

    [Fact]
    public void A_visit_to_the_datelines_state_told_in_the_datelines_sentence_is_at_the_datelines_city()
    {
        var visit = Assert.Single(Facts.Of("مسقط في 12 نوفمبر /العُمانية/ استقبل صاحب السمو السيد شهاب بن طارق آل سعيد نائب رئيس الوزراء لشؤون الدفاع بمكتبه اليوم معالي خواجة محمد آصف وزير الدفاع بجمهورية باكستان الإسلامية والوفد المرافق له الذي يزور سلطنة عُمان حاليًّا.", "2025-11-12").Meetings);
        Assert.Equal(("Muscat", "OM"), (visit.City, visit.Country));
    }

    [Fact]
    public void A_dateline_with_its_date_and_the_agencys_credit_leaves_the_first_verbs_subject_for_his_honorific_pronoun()
    {
        var facts = Facts.Of("الكويت - 3 - 11 (كونا) -- استقبل حضرة صاحب السمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح في قصر بيان اليوم سمو ولي العهد الشيخ صباح خالد الحمد المبارك الصباح.\n\nكما استقبل سموه وزير الداخلية الشيخ فهد يوسف سعود الصباح.", "2025-11-03");
        Assert.Equal(2, facts.Meetings.Count);
    }

    [Fact]
    public void Arriving_at_a_number_is_no_visit_and_Faisal_is_no_arrival()
    {
        Assert.Empty(Facts.Of("وقال وزير الخارجية الأردني أيمن الصفدي إن حجم المساعدات يصل إلى مليون دولار.", "2025-05-01").Meetings);
        var meeting = Assert.Single(Facts.Of("التقى وزير الخارجية السعودي الأمير فيصل بن فرحان أمس في عمان وزير الخارجية الأردني أيمن الصفدي.", "2025-05-01").Meetings);
        Assert.Equal(MeetingKind.Meeting, meeting.Kind);
    }

    [Fact]
    public void Bilateral_meetings_with_each_of_several_leaders_are_one_meeting_each_with_the_host()
    {
        var facts = Facts.Of("القاهرة - عقد الرئيس عبد الفتاح السيسي أمس لقاءات ثنائية مع كل من أمير دولة الكويت الشيخ مشعل الأحمد الجابر الصباح، والرئيس اللبناني جوزيف عون، والرئيس الفلسطيني محمود عباس.", "2025-03-05");
        Assert.Equal(3, facts.Meetings.Count);
        var sisi = Assert.Single(facts.Persons, p => p.Name == "عبد الفتاح السيسي");
        Assert.All(facts.Meetings, m => Assert.Equal(2, m.Participants.Count));
        Assert.All(facts.Meetings, m => Assert.Contains(sisi.Id, m.Participants));

        // Bilateral talks between the two people named are one meeting.
        var pair = Facts.Of("وجاء ذلك قبل مباحثات ثنائية أجراها رئيس الوزراء الإسرائيلي إيهود أولمرت في القدس اليوم مع وزيرة الخارجية الأمريكية كوندوليزا رايس.", "2007-01-01");
        Assert.Equal(2, Assert.Single(pair.Meetings).Participants.Count);
    }

    [Fact]
    public void Bilateral_relations_discussed_with_two_guests_leave_one_meeting()
    {
        var facts = Facts.Of("استقبل الرئيس عبد الفتاح السيسي أمس أمير الكويت الشيخ مشعل الأحمد الجابر الصباح والرئيس اللبناني جوزيف عون، وبحث معهما العلاقات الثنائية.", "2025-03-05");
        Assert.Equal(3, Assert.Single(facts.Meetings).Participants.Count);
    }

    [Theory]
    [InlineData("Qatar's Emir Sheikh Tamim bin Hamad Al Thani sat down with U.S. President Donald Trump in Doha on Wednesday.", 1)]
    [InlineData("Turkish President Recep Tayyip Erdogan welcomed Syrian President Ahmed al-Sharaa to Ankara on Tuesday.", 1)]
    [InlineData("Jordan's King Abdullah II postponed his meeting with U.S. President Donald Trump, the royal court said on Monday.", 0)]
    [InlineData("Turkish President Recep Tayyip Erdogan called off his visit to Iraq, where he was to meet Prime Minister Mohammed Shia al-Sudani.", 0)]
    public void Sitting_down_with_and_welcoming_are_meetings_and_postponed_ones_are_not(string text, int meetings)
    {
        Assert.Equal(meetings, Facts.Of(text, "2025-06-10", "en").Meetings.Count);
    }

    [Fact]
    public void His_meeting_spelt_with_the_hamza_on_the_line_reports_a_meeting()
    {
        var meeting = Assert.Single(Facts.Of("وأكد الرئيس السوري أحمد الشرع خلال لقاءه الرئيس التركي رجب طيب أردوغان في أنقرة أمس أهمية التعاون.", "2025-06-10").Meetings);
        Assert.Equal(2, meeting.Participants.Count);
    }

    [Fact]
    public void A_summit_co_chaired_and_attended_is_one_meeting_of_all_named()
    {
        var facts = Facts.Of("SHARM EL-SHEIKH, Egypt (AP) — World leaders gathered on Monday for a summit on Gaza co-chaired by U.S. President Donald Trump and Egyptian President Abdel Fattah el-Sisi. British Prime Minister Keir Starmer and French President Emmanuel Macron attended.", "2025-10-14", "en");
        Assert.Equal(4, Assert.Single(facts.Meetings).Participants.Count);
    }

    [Theory]
    [InlineData("The talks between Iranian Foreign Minister Abbas Araghchi and U.S. envoy Steve Witkoff began in Muscat on Saturday.", "en")]
    [InlineData("وتناول اللقاء بين وزير الخارجية الإيراني عباس عراقجي والمبعوث الأمريكي ستيف ويتكوف في مسقط أمس الملف النووي.", "ar")]
    public void The_talks_between_two_named_people_are_their_meeting(string text, string language)
    {
        var meeting = Assert.Single(Facts.Of(text, "2025-04-27", language).Meetings);
        Assert.Equal(2, meeting.Participants.Count);
        Assert.Equal("Muscat", meeting.City);
    }

    [Fact]
    public void A_letter_brought_in_person_is_a_meeting_of_its_receiver_and_messenger_who_serves_the_sender()
    {
        var facts = Facts.Of("القاهرة - تسلم الرئيس عبد الفتاح السيسي رسالة خطية من أمير قطر الشيخ تميم بن حمد آل ثاني، نقلها وزير الدولة للشؤون الخارجية محمد الخليفي خلال استقباله اليوم.", "2025-11-22");
        var meeting = Assert.Single(facts.Meetings);
        var names = meeting.Participants.Select(id => facts.Persons.Single(p => p.Id == id).Name).ToList();
        Assert.Equal(["عبد الفتاح السيسي", "محمد الخليفي"], names);
        Assert.Equal(["QA"], facts.Persons.Single(p => p.Name == "محمد الخليفي").Countries);

        // A letter received without a messenger is no meeting.
        Assert.Empty(Facts.Of("تسلم الرئيس عبد الفتاح السيسي رسالة خطية من أمير قطر الشيخ تميم بن حمد آل ثاني.", "2025-11-22").Meetings);
    }

    [Theory]
    [InlineData("عقد وزير الخارجية المصري بدر عبد العاطي ونظيره التركي هاكان فيدان مؤتمرا صحفيا مشتركا في أنقرة اليوم.", "ar")]
    [InlineData("Egyptian Foreign Minister Badr Abdelatty and his Turkish counterpart Hakan Fidan held a joint press conference in Ankara on Saturday.", "en")]
    public void A_joint_press_conference_is_a_meeting_of_its_hosts(string text, string language)
    {
        var meeting = Assert.Single(Facts.Of(text, "2025-11-22", language).Meetings);
        Assert.Equal((2, "Ankara"), (meeting.Participants.Count, meeting.City));
    }

    [Fact]
    public void A_round_of_talks_is_a_meeting_not_a_trip()
    {
        var facts = Facts.Of("عقدت في عمان اليوم جولة مباحثات مصرية أردنية، ترأس الجانب المصري فيها وزير الخارجية بدر عبد العاطي، فيما ترأس الجانب الأردني وزير الخارجية أيمن الصفدي.", "2025-11-22");
        Assert.Equal(MeetingKind.Meeting, Assert.Single(facts.Meetings).Kind);
    }

    [Fact]
    public void A_relative_clause_set_off_by_commas_keeps_the_subject_of_the_verb_after_it()
    {
        var meeting = Assert.Single(Facts.Of("Iraqi Foreign Minister Fuad Hussein, who is also deputy prime minister, met his Turkish counterpart Hakan Fidan in Baghdad on Saturday.", "2025-11-22", "en").Meetings);
        Assert.Equal(2, meeting.Participants.Count);
    }

    [Theory]
    [InlineData("Hakan Fidan, who met Fuad Hussein on Monday, said talks were good.", "en")]
    [InlineData("وقال وزير الخارجية التركي هاكان فيدان، الذي التقى نظيره العراقي فؤاد حسين أمس، إن المحادثات كانت جيدة.", "ar")]
    public void The_antecedent_of_who_is_the_subject_of_the_verb_after_it(string text, string language)
    {
        Assert.Equal(2, Assert.Single(Facts.Of(text, "2025-11-22", language).Meetings).Participants.Count);
    }

    [Fact]
    public void A_meeting_put_off_in_Arabic_is_no_meeting()
    {
        Assert.Empty(Facts.Of("أرجأ الرئيس التركي رجب طيب أردوغان اجتماعا مع الرئيس السوري أحمد الشرع كان مقررا أمس.", "2025-06-10").Meetings);
    }

    [Fact]
    public void A_verb_joined_by_and_after_a_comma_shares_the_sentences_subject()
    {
        var facts = Facts.Of("القاهرة - شارك الرئيس عبد الفتاح السيسي في القمة أمس، وعقد على هامشها لقاءات منفصلة مع أمير دولة الكويت الشيخ مشعل الأحمد الجابر الصباح، والرئيس اللبناني جوزيف عون.", "2025-03-05");
        var sisi = Assert.Single(facts.Persons, p => p.Name == "عبد الفتاح السيسي");
        Assert.Equal(2, facts.Meetings.Count);
        Assert.All(facts.Meetings, m => Assert.Contains(sisi.Id, m.Participants));
    }

    [Theory]
    [InlineData("طرابلس - التقى رئيس المجلس الرئاسي الليبي محمد المنفي أمس وزير الخارجية الإيطالي أنطونيو تاياني.", "LY")]
    [InlineData("طرابلس - التقى رئيس الحكومة اللبنانية نواف سلام أمس وزير الداخلية أحمد الحجار.", "LB")]
    public void Tripoli_is_Libyas_capital_or_Lebanons_city_by_the_state_the_article_names(string text, string country)
    {
        var meeting = Assert.Single(Facts.Of(text, "2025-07-30").Meetings);
        Assert.Equal(("Tripoli", country), (meeting.City, meeting.Country));
    }

    [Theory]
    [InlineData("بحث وزير الخارجية السعودي الأمير فيصل بن فرحان مع نظيره المصري بدر عبد العاطي في الرياض اليوم العلاقات الثنائية.")]
    [InlineData("وناقش الأمير فيصل بن فرحان مع بدر عبد العاطي في الرياض اليوم التطورات الإقليمية.")]
    public void Talks_of_a_subject_whose_given_name_reads_as_a_proclitic_on_a_trigger_are_a_meeting(string text)
    {
        var meeting = Assert.Single(Facts.Of(text, "2025-11-24").Meetings);
        Assert.Equal(2, meeting.Participants.Count);
        Assert.Equal("Riyadh", meeting.City);
    }

    [Fact]
    public void Whom_a_host_welcomed_to_his_capital_he_met_there()
    {
        var meeting = Assert.Single(Facts.Of("Egyptian President Abdel Fattah el-Sisi welcomed Saudi Foreign Minister Prince Faisal bin Farhan to Cairo on Monday.", "2025-11-24", "en").Meetings);
        Assert.Equal(("Cairo", "EG"), (meeting.City, meeting.Country));
    }

    [Fact]
    public void Talks_with_a_partner_named_after_a_long_subject_are_a_meeting()
    {
        var facts = Facts.Of("بحث نائب رئيس الوزراء وزير الخارجية الإماراتي الشيخ عبدالله بن زايد آل نهيان مع نظيره البحريني عبداللطيف الزياني في أبوظبي أمس التطورات الإقليمية.", "2025-06-15");
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(2, meeting.Participants.Count);
        Assert.Equal("Abu Dhabi", meeting.City);
        Assert.Equal("2025-06-14", meeting.Date.ToString());
    }

    [Theory]
    [InlineData("استقبل أمير الكويت الشيخ مشعل الأحمد الجابر الصباح في قصر بيان وزير الخارجية الأردني أيمن الصفدي.", "ar", "Kuwait City", "KW")]
    [InlineData("Jordan's King Abdullah II met British Prime Minister Keir Starmer at Downing Street on Thursday.", "en", "London", "GB")]
    [InlineData("وبحث رئيس الحكومة اللبنانية نواف سلام مع السفيرة الأمريكية ليزا جونسون في السراي الحكومي الأوضاع في الجنوب.", "ar", "Beirut", "LB")]
    [InlineData("Israeli Defense Minister Israel Katz met U.S. Defense Secretary Pete Hegseth at the Pentagon on Wednesday.", "en", "Washington", "US")]
    [InlineData("واستقبل الرئيس التونسي قيس سعيد في قصر قرطاج اليوم وزير الخارجية الجزائري أحمد عطاف.", "ar", "Tunis", "TN")]
    public void A_meeting_at_a_seat_of_power_took_place_in_its_city(string text, string language, string city, string country)
    {
        var meeting = Assert.Single(Facts.Of(text, "2025-06-15", language).Meetings);
        Assert.Equal((city, country), (meeting.City, meeting.Country));
    }

    [Fact]
    public void The_host_met_by_the_head_of_an_unlisted_delegation_is_not_its_member()
    {
        var facts = Facts.Of("وصل وزير الخارجية الإيراني عباس عراقجي إلى بيروت على رأس وفد رسمي، حيث التقى رئيس مجلس النواب نبيه بري.");
        Assert.Equal(["IR", "LB"], facts.Persons.Select(p => Assert.Single(p.Countries)));
        Assert.Equal("LB", facts.Offices.Single(o => o.Title == "رئيس مجلس النواب").Country);
    }

    [Theory]
    [InlineData("نفى المتحدث باسم الحكومة الأردنية محمد المومني أن يكون رئيس الوزراء جعفر حسان قد التقى وزير الخارجية المصري بدر عبد العاطي.", 0)]
    [InlineData("وأكد المتحدث باسم الحكومة الأردنية محمد المومني أن رئيس الوزراء جعفر حسان قد التقى وزير الخارجية المصري بدر عبد العاطي.", 1)]
    public void A_denial_far_before_the_verb_still_denies_the_meeting(string text, int meetings) =>
        Assert.Equal(meetings, Facts.Of(text).Meetings.Count);

    [Fact]
    public void The_same_meeting_reported_twice_in_an_article_is_one_meeting()
    {
        var facts = Facts.Of("التقى وزير الخارجية الأردني أيمن الصفدي يوم الاثنين وزير الخارجية المصري بدر عبد العاطي. وخلال اللقاء بحث الصفدي وعبد العاطي سبل التعاون.");
        Assert.Single(facts.Meetings);
    }

    [Fact]
    public void A_visit_without_named_hosts_has_the_visitor_and_the_host_state()
    {
        var facts = Facts.Of("وفي 3 مارس الجاري، زار الرئيس اللبناني جوزيف عون الرياض في أول زيارة خارجية له.");
        var visit = Assert.Single(facts.Meetings);
        Assert.Equal(MeetingKind.Visit, visit.Kind);
        Assert.Single(visit.Participants);
        Assert.Equal("SA", visit.Country);
        Assert.Equal("2025-03-03", visit.Date.ToString());
    }

    [Fact]
    public void The_members_of_a_delegation_end_where_another_delegation_is_named()
    {
        var facts = Facts.Of("استضافت سلطنة عمان أمس السبت في مسقط جولة من المحادثات غير المباشرة بين الولايات المتحدة وإيران، ترأس الوفد الأمريكي " +
            "فيها المبعوث الخاص للرئيس الأمريكي ستيف ويتكوف، فيما ترأس الوفد الإيراني وزير الخارجية عباس عراقجي.", "2025-04-13");
        Assert.Equal(["IR"], Assert.Single(facts.Persons, p => p.Name == "عباس عراقجي").Countries);
        Assert.Equal(["US"], Assert.Single(facts.Persons, p => p.Name == "ستيف ويتكوف").Countries);
        Assert.Equal(["IR", "US"], Assert.Single(facts.Meetings).DelegationCountries);
    }

    [Fact]
    public void A_delegation_named_by_its_state_counts_as_a_member()
    {
        var facts = Facts.Of("استقبل وزير الداخلية الكويتي فهد اليوسف وفدا أردنيا يوم الأحد في الكويت.");
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(["JO"], meeting.DelegationCountries);
    }

    [Theory]
    [InlineData("استقبل الرئيس اللبناني جوزاف عون في قصر بعبدا أمس رئيس الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني والوفد المرافق له.", "QA")]
    [InlineData("استقبل الرئيس اللبناني جوزاف عون في قصر بعبدا أمس رئيس الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني والوفد السعودي.", "SA")]
    public void A_delegation_after_and_takes_part_whether_it_is_the_visitors_or_named_by_its_state(string text, string state)
    {
        var meeting = Assert.Single(Facts.Of(text).Meetings);
        Assert.Equal([state], meeting.DelegationCountries);
        Assert.Equal(2, meeting.Participants.Count);
    }

    [Fact]
    public void Someone_only_mentioned_as_the_former_regime_is_not_a_participant()
    {
        var facts = Facts.Of("زار أمير قطر الشيخ تميم بن حمد دمشق يوم الخميس، في أول زيارة منذ سقوط نظام بشار الأسد.");
        var visit = Assert.Single(facts.Meetings);
        Assert.Single(visit.Participants);
        Assert.Equal("Damascus", visit.City);
    }

    [Theory]
    [InlineData("وصل وزير الخارجية السوري أسعد الشيباني إلى الدوحة يوم الأحد والتقى رئيس الوزراء القطري محمد بن عبدالرحمن آل ثاني، في أول زيارة منذ الإطاحة ببشار الأسد.")]
    [InlineData("وصل وزير الخارجية السوري أسعد الشيباني إلى الدوحة يوم الأحد والتقى رئيس الوزراء القطري محمد بن عبدالرحمن آل ثاني، بعد شهر من سقوط بشار الأسد.")]
    public void The_object_of_a_past_event_in_the_sentence_is_not_a_participant(string text)
    {
        var facts = Facts.Of(text);
        var assad = facts.Persons.Single(p => p.Name == "بشار الأسد").Id;
        Assert.DoesNotContain(facts.Meetings, m => m.Participants.Contains(assad));
        Assert.Contains(facts.Meetings, m => m.Participants.Count == 2);
    }

    [Fact]
    public void A_future_verb_at_the_head_of_the_clause_makes_the_talks_planned()
    {
        var facts = Facts.Of("كما سيعقد نائب رئيس الوزراء وزير الخارجية الأردني أيمن الصفدي محادثات مع وزير الخارجية السوري أسعد الشيباني.");
        Assert.Empty(facts.Meetings);
    }

    [Fact]
    public void Separate_calls_in_English_are_one_call_each_without_a_place()
    {
        var facts = Facts.Of("CAIRO, Oct 28 – Egyptian Foreign Minister Badr Abdelatty held separate telephone calls on Sunday with French Foreign Minister Jean-Noel Barrot and Saudi Foreign Minister Prince Faisal bin Farhan.", "2025-10-28", "en");
        Assert.Equal(2, facts.Meetings.Count);
        Assert.All(facts.Meetings, m =>
        {
            Assert.Equal(MeetingKind.Call, m.Kind);
            Assert.Null(m.City);
            Assert.Equal("2025-10-26", m.Date.ToString());
        });
    }

    [Fact]
    public void A_dateline_that_names_a_state_places_the_meeting_in_its_capital()
    {
        var facts = Facts.Of("KUWAIT, Sept 15 – Saudi Interior Minister Prince Abdulaziz bin Saud held talks on Sunday with Kuwait's Interior Minister Sheikh Fahad Yousef Al-Sabah.", "2025-09-15", "en");
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal("Kuwait City", meeting.City);
        Assert.Equal("2025-09-14", meeting.Date.ToString());
    }

    [Fact]
    public void An_ordinal_day_in_words_is_a_date()
    {
        var facts = Facts.Of("وفي التاسع عشر من تموز/يوليو الماضي التقى وزير الخارجية الأردني أيمن الصفدي وزير الخارجية السوري أسعد الشيباني في عمّان.", "2025-08-10");
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal("2025-07-19", meeting.Date.ToString());
        Assert.Equal("Amman", meeting.City);
    }

    [Fact]
    public void Whoever_accompanies_the_visitor_takes_part_in_the_visit()
    {
        var facts = Facts.Of("أجرى الرئيس اللبناني جوزيف عون زيارة إلى الرياض أمس الاثنين، التقى خلالها ولي العهد السعودي الأمير محمد بن سلمان.\nورافق عون في الزيارة وزير الخارجية يوسف رجي.", "2025-03-04");
        var visit = Assert.Single(facts.Meetings);
        Assert.Equal(3, visit.Participants.Count);
        var rajji = Assert.Single(facts.Persons, p => p.Name == "يوسف رجي");
        Assert.Equal(["LB"], rajji.Countries);
    }

    [Fact]
    public void The_headline_does_not_report_a_meeting_of_its_own()
    {
        var facts = Facts.Of("الصفدي والخليفي في دمشق للقاء الشرع\n\nدمشق – زار وزير الخارجية الأردني أيمن الصفدي دمشق اليوم الاثنين والتقى الرئيس السوري أحمد الشرع.", "2024-12-23");
        var visit = Assert.Single(facts.Meetings);
        Assert.Equal(MeetingKind.Visit, visit.Kind);
        Assert.Equal(2, visit.Participants.Count);
    }

    [Theory]
    [InlineData("en", "BEIRUT (Reuters) - Lebanese President Joseph Aoun met U.S. envoy Tom Barrack at the presidential palace in Baabda on Thursday, a day after Barrack held talks with Parliament Speaker Nabih Berri.")]
    [InlineData("ar", "التقى الرئيس اللبناني جوزاف عون المبعوث الأمريكي توم باراك في قصر بعبدا يوم الخميس، غداة لقاء باراك رئيس مجلس النواب نبيه بري.")]
    public void A_clause_a_day_after_reports_another_meeting_the_day_before_with_its_own_subject(string language, string text)
    {
        var facts = Facts.Of(text, "2025-06-05", language);
        string Name(string id) => facts.Persons.Single(p => p.Id == id).Name;
        Assert.Equal(2, facts.Meetings.Count);
        var berri = Assert.Single(facts.Meetings, m => m.Participants.Any(p => Name(p).Contains("بري", StringComparison.Ordinal) || Name(p).Contains("Berri", StringComparison.Ordinal)));
        Assert.Equal("2025-06-04", berri.Date.ToString());
        Assert.Equal(2, berri.Participants.Count);
        Assert.DoesNotContain(berri.Participants, p => Name(p).Contains("عون", StringComparison.Ordinal) || Name(p).Contains("Aoun", StringComparison.Ordinal));
        Assert.Equal("2025-06-05", Assert.Single(facts.Meetings, m => m != berri).Date.ToString());
    }

    [Fact]
    public void A_relative_clause_about_a_delegation_does_not_make_the_sentences_subject_a_visitor()
    {
        var facts = Facts.Of("تونس - وات\nاستقبل رئيس الجمهورية قيس سعيد بقصر قرطاج صباح اليوم الاثنين وزير الشؤون الخارجية محمد علي النفطي. " +
            "ولم يلتق سعيد الوفد الليبي الذي زار تونس الأسبوع الماضي.", "2025-03-10");
        Assert.Equal(MeetingKind.Meeting, Assert.Single(facts.Meetings).Kind);
    }

    [Theory]
    [InlineData("en", "ANKARA, Jan 20 (Reuters) - Turkish Foreign Minister Hakan Fidan hosted his Syrian counterpart Asaad al-Shaibani in Ankara on Monday, two weeks after Fidan visited Damascus and met Syria's new leader Ahmed al-Sharaa.")]
    [InlineData("ar", "استقبل وزير الخارجية التركي هاكان فيدان نظيره السوري أسعد الشيباني في أنقرة يوم الاثنين، بعد أسبوعين من لقاء فيدان الرئيس السوري أحمد الشرع في دمشق.")]
    public void A_clause_weeks_after_reports_another_meeting_dated_to_the_month(string language, string text)
    {
        var facts = Facts.Of(text, "2025-01-20", language);
        Assert.Equal(2, facts.Meetings.Count);
        var damascus = Assert.Single(facts.Meetings, m => m.City == "Damascus");
        Assert.Equal(("2025-01", 2), (damascus.Date.ToString(), damascus.Participants.Count));
        Assert.Equal(("2025-01-20", "Ankara"), (facts.Meetings.Single(m => m != damascus).Date.ToString(), facts.Meetings.Single(m => m != damascus).City));
    }

    [Theory]
    [InlineData("وأجرى وزير الخارجية التركي هاكان فيدان اتصالين هاتفيين منفصلين مع نظيريه العماني بدر البوسعيدي والقطري محمد بن عبدالرحمن آل ثاني.")]
    [InlineData("وتلقى وزير الخارجية التركي هاكان فيدان الليلة الماضية اتصالين هاتفيين من وزير الخارجية العماني بدر البوسعيدي ووزير الخارجية القطري محمد بن عبدالرحمن آل ثاني.")]
    public void Two_calls_with_two_people_are_one_call_with_each(string text)
    {
        var facts = Facts.Of(text, "2025-06-22");
        var fidan = Assert.Single(facts.Persons, p => p.Name == "هاكان فيدان").Id;
        Assert.Equal(2, facts.Meetings.Count);
        Assert.All(facts.Meetings, m => Assert.Equal((MeetingKind.Call, 2), (m.Kind, m.Participants.Count)));
        Assert.All(facts.Meetings, m => Assert.Contains(fidan, m.Participants));
    }

    [Theory]
    [InlineData("Iranian Foreign Minister Abbas Araghchi has not met U.S. envoy Steve Witkoff since June, officials said.")]
    [InlineData("Iranian Foreign Minister Abbas Araghchi never met U.S. envoy Steve Witkoff.")]
    public void An_encounter_said_not_to_have_happened_is_no_meeting(string text) =>
        Assert.Empty(Facts.Of(text, "2025-10-09", "en").Meetings);

    [Fact]
    public void In_English_the_title_in_lower_case_refers_back_to_who_holds_it()
    {
        var facts = Facts.Of("NEW YORK (AP) — Jordan's King Abdullah II met French President Emmanuel Macron on Thursday. " +
            "The king also held separate meetings with British Prime Minister Keir Starmer and Canadian Prime Minister Mark Carney.", "2025-09-26", "en");
        var king = Assert.Single(facts.Persons, p => p.Name == "Abdullah II").Id;
        Assert.Equal(3, facts.Meetings.Count);
        Assert.All(facts.Meetings, m => Assert.Equal(2, m.Participants.Count));
        Assert.All(facts.Meetings, m => Assert.Contains(king, m.Participants));
    }

    [Fact]
    public void In_English_he_right_before_the_verb_is_the_subject_reported_before()
    {
        var facts = Facts.Of("BAGHDAD (AFP) - Iraqi Prime Minister Mohammed Shia al-Sudani received a call on Sunday from Turkish President Recep Tayyip Erdogan, " +
            "the premier's office said. Last week, he hosted Kurdistan region president Nechirvan Barzani in Baghdad.", "2025-07-28", "en");
        var sudani = Assert.Single(facts.Persons, p => p.Name == "Mohammed Shia al-Sudani").Id;
        var hosted = Assert.Single(facts.Meetings, m => m.Kind == MeetingKind.Meeting);
        Assert.Equal(2, hosted.Participants.Count);
        Assert.Contains(sudani, hosted.Participants);
        Assert.Equal("2025-07", hosted.Date.ToString());
    }

    [Theory]
    [InlineData("en", "AMMAN — Jordanian Foreign Minister Ayman Safadi and his Egyptian counterpart Badr Abdelatty met in Amman on April 1. The two ministers also held a virtual meeting with French Foreign Minister Jean-Noel Barrot later that day.", MeetingKind.Call)]
    [InlineData("ar", "التقى وزير الخارجية أيمن الصفدي نظيره المصري بدر عبد العاطي في عمان أمس. وعقد الوزيران لاحقا اجتماعا مع وزير الخارجية الفرنسي جان نويل بارو.", MeetingKind.Meeting)]
    public void The_two_ministers_are_the_pair_of_the_meeting_reported_before(string language, string text, MeetingKind kind)
    {
        var facts = Facts.Of(text, "2025-04-02", language);
        Assert.Equal(2, facts.Meetings.Count);
        var second = Assert.Single(facts.Meetings, m => m.Participants.Count == 3);
        Assert.Equal(kind, second.Kind);
    }

    [Fact]
    public void A_sentence_saying_a_participant_is_on_a_visit_makes_his_talks_with_the_hosts_a_visit()
    {
        var facts = Facts.Of("TOKYO, Nov. 18 (Kyodo) -- Japanese Foreign Minister Toshimitsu Motegi held talks here Tuesday with Omani Foreign Minister Badr Albusaidi.\n\n" +
            "Motegi said Japan supports Oman's mediation efforts. Albusaidi is on an official visit to Japan from Nov. 17 to 20.", "2025-11-18", "en");
        Assert.Equal(MeetingKind.Visit, Assert.Single(facts.Meetings).Kind);
    }

    [Fact]
    public void The_two_ministers_are_the_last_pair_that_holds_the_post_and_their_own_date_keeps_them_apart()
    {
        var facts = Facts.Of("CAIRO, Nov 10 (Reuters) - Egyptian Foreign Minister Badr Abdelatty met his Jordanian counterpart Ayman Safadi in Cairo on Monday, the ministry said.\n\n" +
            "Safadi later met Egyptian intelligence chief Hassan Rashad, the ministry added. The two ministers last met in Amman in September.", "2025-11-10", "en");
        string Id(string name) => Assert.Single(facts.Persons, p => p.Name == name).Id;
        Assert.Equal(3, facts.Meetings.Count);
        var earlier = Assert.Single(facts.Meetings, m => m.City == "Amman");
        Assert.Equal((Id("Badr Abdelatty") + " " + Id("Ayman Safadi"), "2025-09"), (string.Join(' ', earlier.Participants.Order(StringComparer.Ordinal)), earlier.Date.ToString()));
        Assert.Equal("2025-11-10", Assert.Single(facts.Meetings, m => m.Participants.Contains(Id("Hassan Rashad"))).Date.ToString());
    }

    [Theory]
    [InlineData("ar", "استقبل سمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية، نيابة عن صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة، أمس، رئيس وزراء الهند ناريندرا مودي.")]
    [InlineData("en", "Sheikh Abdullah bin Zayed Al Nahyan, on behalf of President Sheikh Mohamed bin Zayed Al Nahyan, received Indian Prime Minister Narendra Modi on Saturday.")]
    public void Whom_a_host_stands_in_for_is_not_at_the_meeting(string language, string text)
    {
        var facts = Facts.Of(text, "2025-03-16", language);
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(2, meeting.Participants.Count);
        Assert.DoesNotContain(meeting.Participants, p => facts.Persons.Single(x => x.Id == p).Name.Contains("محمد", StringComparison.Ordinal)
            || facts.Persons.Single(x => x.Id == p).Name.StartsWith("Mohamed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_delegation_after_a_comma_is_the_same_clause_not_a_new_one_opened_by_and()
    {
        var facts = Facts.Of("استقبل الرئيس الفلسطيني محمود عباس، اليوم الثلاثاء، في مقر الرئاسة بمدينة رام الله، وفداً من الكونغرس الأمريكي برئاسة السيناتور كريس فان هولين.", "2025-12-02");
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(["US"], meeting.DelegationCountries);
        Assert.Equal(2, meeting.Participants.Count);
    }

    [Fact]
    public void Hosts_in_whose_presence_a_delegation_is_received_are_not_its_members()
    {
        var facts = Facts.Of("دمشق - استقبل الرئيس أحمد الشرع في قصر الشعب بدمشق اليوم وفداً سعودياً برئاسة وزير الاستثمار خالد الفالح، بحضور وزير الاقتصاد والصناعة محمد نضال الشعار.", "2025-07-08");
        Assert.Equal(["SY"], Assert.Single(facts.Persons, p => p.Name == "محمد نضال الشعار").Countries);
        Assert.Equal(["SA"], Assert.Single(facts.Persons, p => p.Name == "خالد الفالح").Countries);
    }

    [Fact]
    public void A_special_representatives_post_is_no_delegation()
    {
        var facts = Facts.Of("BAGHDAD, March 21 (Reuters) - Iraq's parliament speaker Mahmoud al-Mashhadani met with U.N. Special Representative for Iraq " +
            "Mohammed al-Hassan on Friday, the speaker's office said.", "2025-03-21", "en");
        Assert.Empty(Assert.Single(facts.Meetings).DelegationCountries);
    }

    [Theory]
    [InlineData("en", "AMMAN - King Abdullah II met U.S. President Donald Trump at the White House on Tuesday. The king met Defense Secretary Pete Hegseth on Sunday, and on Monday Secretary of State Marco Rubio.")]
    [InlineData("ar", "عمّان - بترا\nالتقى جلالة الملك عبدالله الثاني في واشنطن الثلاثاء الرئيس دونالد ترامب. وكان جلالته قد التقى الأحد وزير الدفاع الأمريكي بيت هيغسيث، والاثنين وزير الخارجية ماركو روبيو.")]
    public void Another_day_after_a_comma_is_another_encounter_of_the_same_verb(string language, string text)
    {
        var facts = Facts.Of(text, "2025-02-12", language);
        Assert.Equal(["2025-02-09", "2025-02-10", "2025-02-11"], facts.Meetings.Select(m => m.Date.ToString()).Order());
        Assert.All(facts.Meetings, m => Assert.Equal(2, m.Participants.Count));
    }

    [Fact]
    public void A_recent_call_has_no_date()
    {
        var facts = Facts.Of("قال الرئيس المصري عبد الفتاح السيسي يوم الأحد إن بلاده تدعم قطر.\nوكان السيسي قد أجرى مؤخراً اتصالاً هاتفياً بأمير قطر الشيخ تميم بن حمد.", "2025-09-15");
        var call = Assert.Single(facts.Meetings);
        Assert.Equal(MeetingKind.Call, call.Kind);
        Assert.Null(call.Date);
    }

    [Fact]
    public void Those_who_joined_or_attended_are_participants_of_the_meeting_just_reported()
    {
        var facts = Facts.Of("RIYADH, May 14 – U.S. President Donald Trump met Syrian President Ahmed al-Sharaa in Riyadh on Wednesday.\n\n" +
            "Saudi Crown Prince Mohammed bin Salman hosted the talks, and Turkish President Recep Tayyip Erdogan joined by telephone. " +
            "Secretary of State Marco Rubio and Syrian Foreign Minister Asaad al-Shaibani also attended.", "2025-05-14", "en");
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(6, meeting.Participants.Count);
        var present = Facts.Of("ABU DHABI - UAE President Sheikh Mohamed bin Zayed held talks with US President Donald Trump at Qasr Al Watan on Thursday. " +
            "Sheikh Mansour bin Zayed, Vice President and Deputy Prime Minister, was among those present.", "2025-05-15", "en");
        Assert.Equal(3, Assert.Single(present.Meetings).Participants.Count);
        Assert.Equal("2025-05-14", meeting.Date.ToString());
        Assert.Equal("Riyadh", meeting.City);
    }

    [Fact]
    public void Attendees_named_after_a_sentence_that_only_refers_back_join_the_meeting_reported_before()
    {
        var facts = Facts.Of("ABU DHABI (WAM) -- President Sheikh Mohamed bin Zayed Al Nahyan today received Indian Prime Minister Narendra Modi at Qasr Al Watan. " +
            "During the meeting, the two leaders reviewed the partnership between the two countries. " +
            "The meeting was attended by Sheikh Tahnoun bin Zayed Al Nahyan, National Security Adviser; and Dr. Anwar Gargash, Diplomatic Adviser. " +
            "On the Indian side, External Affairs Minister Subrahmanyam Jaishankar attended.", "2025-12-01", "en");
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(5, meeting.Participants.Count);
    }

    [Fact]
    public void A_call_said_with_ittisal_alone_or_the_verb_ittasala_is_a_call_but_being_in_contact_is_not()
    {
        var received = Facts.Of("كما تلقى الرئيس التونسي قيس سعيد اتصالا من رئيسة الوزراء الإيطالية جورجيا ميلوني.");
        Assert.Equal(MeetingKind.Call, Assert.Single(received.Meetings).Kind);
        var verb = Facts.Of("واتصل الرئيس الفرنسي إيمانويل ماكرون بالرئيس اللبناني جوزاف عون مساء الأحد.");
        Assert.Equal(2, Assert.Single(verb.Meetings, m => m.Kind == MeetingKind.Call).Participants.Count);

        Assert.Empty(Facts.Of("وقال قائد القوة الدولية الجنرال أرولدو لاثارو إنه كان على اتصال مع رئيس مجلس النواب نبيه بري.").Meetings);
    }

    [Fact]
    public void An_honorific_pronoun_stands_for_the_subject_reported_before()
    {
        var calls = Facts.Of("تلقى ولي العهد السعودي الأمير محمد بن سلمان اتصالا هاتفيا من الرئيس الأمريكي دونالد ترامب. " +
            "كما تلقى سموه اتصالا من رئيس الوزراء البريطاني كير ستارمر.");
        var mbs = Assert.Single(calls.Persons, p => p.Name == "محمد بن سلمان").Id;
        var starmer = Assert.Single(calls.Persons, p => p.Name == "كير ستارمر").Id;
        Assert.Equal(2, calls.Meetings.Count);
        Assert.Contains(calls.Meetings, m => m.Kind == MeetingKind.Call && m.Participants.Order().SequenceEqual(new[] { mbs, starmer }.Order()));

        // The subject of a sentence that opens with its verb is the first person after it.
        var receptions = Facts.Of("استقبل العاهل الأردني الملك عبد الله الثاني اليوم رئيس الوزراء العراقي محمد شياع السوداني. " +
            "واستقبل جلالته بعد ذلك وزير الخارجية الأمريكي ماركو روبيو.");
        var king = Assert.Single(receptions.Persons, p => p.Name == "عبد الله الثاني").Id;
        var rubio = Assert.Single(receptions.Persons, p => p.Name == "ماركو روبيو").Id;
        Assert.Contains(receptions.Meetings, m => m.Participants.Order().SequenceEqual(new[] { king, rubio }.Order()));
    }

    [Fact]
    public void A_meeting_in_a_city_that_is_not_a_capital_takes_that_city_over_the_dateline()
    {
        var facts = Facts.Of("الخرطوم - أعلن مجلس السيادة أن الفريق أول عبد الفتاح البرهان التقى في بورتسودان المبعوث الأممي رمطان لعمامرة.");
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(("Port Sudan", "SD"), (meeting.City, meeting.Country));
    }

    [Fact]
    public void A_meeting_reported_as_his_meeting_with_someone_is_a_meeting()
    {
        var facts = Facts.Of("عمان - أكد وزير الخارجية أيمن الصفدي، خلال لقائه اليوم الاثنين في عمان المفوضة الأوروبية لشؤون المتوسط دوبرافكا شويتسا، ضرورة وقف الحرب.", "2025-08-18");
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(2, meeting.Participants.Count);
        Assert.Equal(("2025-08-18", "Amman"), (meeting.Date.ToString(), meeting.City));
    }

    [Fact]
    public void Who_reports_the_encounter_is_no_participant()
    {
        var english = Facts.Of("U.S. Secretary of State Marco Rubio spoke by phone on Tuesday with Saudi Foreign Minister Prince Faisal bin Farhan " +
            "about the war in Sudan, State Department spokesperson Tammy Bruce said.", "2025-08-13", "en");
        Assert.Equal(2, Assert.Single(english.Meetings).Participants.Count);
        var arabic = Facts.Of("التقى وزير الخارجية المصري بدر عبد العاطي نظيره التركي هاكان فيدان في أنقرة، حسبما أعلن المتحدث باسم الخارجية تميم خلاف.");
        var khallaf = Assert.Single(arabic.Persons, p => p.Name == "تميم خلاف").Id;
        Assert.DoesNotContain(khallaf, Assert.Single(arabic.Meetings).Participants);
    }

    [Theory]
    [InlineData("ar", "وتلقى الرئيس السوري أحمد الشرع اتصالاً هاتفياً من الرئيس الفرنسي إيمانويل ماكرون، بحسب المتحدث الرسمي باسم الرئاسة السفير ماهر خليل.")]
    [InlineData("ar", "وتلقى الرئيس السوري أحمد الشرع اتصالاً هاتفياً من الرئيس الفرنسي إيمانويل ماكرون، وفقاً للمتحدث الرسمي باسم الرئاسة ماهر خليل.")]
    [InlineData("ar", "وصرح المتحدث الرسمي باسم الرئاسة ماهر خليل بأن الرئيس السوري أحمد الشرع تلقى اتصالاً هاتفياً من الرئيس الفرنسي إيمانويل ماكرون.")]
    [InlineData("en", "Syrian President Ahmed al-Sharaa spoke by phone with French President Emmanuel Macron, according to presidential spokesman Maher Khalil.")]
    public void The_one_a_report_is_attributed_to_is_no_participant_even_behind_his_title(string language, string text)
    {
        var facts = Facts.Of(text, "2025-07-01", language);
        var call = Assert.Single(facts.Meetings);
        Assert.Equal(MeetingKind.Call, call.Kind);
        Assert.Equal(["Ahmed al-Sharaa", "Emmanuel Macron"], call.Participants.Select(p => facts.Persons.Single(x => x.Id == p).NameEn).Order());
    }

    [Theory]
    [InlineData("ar", "استقبل ولي العهد الأمير محمد بن سلمان في جدة اليوم وزير الخارجية الإيراني عباس عراقجي، الذي نقل إليه تحيات الرئيس الإيراني مسعود بزشكيان.")]
    [InlineData("ar", "استقبل ولي العهد الأمير محمد بن سلمان في جدة اليوم وزير الخارجية الإيراني عباس عراقجي، وحمّله تحياته للرئيس الإيراني مسعود بزشكيان.")]
    [InlineData("en", "Iranian Foreign Minister Abbas Araghchi met Crown Prince Mohammed bin Salman in Jeddah on Thursday and conveyed the greetings of President Masoud Pezeshkian.")]
    [InlineData("en", "Crown Prince Mohammed bin Salman received Iranian Foreign Minister Abbas Araghchi in Jeddah and asked him to convey his best wishes to President Masoud Pezeshkian.")]
    public void Whose_greetings_are_carried_or_to_whom_is_not_at_the_table(string language, string text)
    {
        var facts = Facts.Of(text, "2025-03-14", language);
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(["Abbas Araghchi", "Mohammed bin Salman"], meeting.Participants.Select(p => facts.Persons.Single(x => x.Id == p).NameEn).Order());
    }

    [Fact]
    public void A_trip_at_the_head_of_a_delegation_the_text_does_not_list_brings_the_heads_state_to_its_encounters()
    {
        var english = Facts.Of("DOHA, Aug 11 (KUNA) -- Qatar's Emir Sheikh Tamim bin Hamad Al Thani held talks on Monday with visiting Kuwaiti " +
            "Crown Prince Sheikh Sabah Khaled Al-Hamad Al-Sabah, who arrived earlier in the day at the head of an official delegation.", "2025-08-12", "en");
        Assert.Equal(["KW"], Assert.Single(english.Meetings).DelegationCountries);
        // Without a relative clause the head is the sentence's subject, not the last person before «وفد».
        var arabic = Facts.Of("بحث وزير الخارجية الكويتي الشيخ سالم عبد الله الجابر الصباح مع نظيره الأردني أيمن الصفدي في عمان اليوم " +
            "العلاقات الثنائية، وذلك خلال زيارة رسمية يقوم بها إلى المملكة على رأس وفد رفيع المستوى.");
        Assert.Equal(["KW"], Assert.Single(arabic.Meetings).DelegationCountries);
    }

    [Fact]
    public void The_visit_noun_after_a_planned_reception_is_planned_too()
    {
        Assert.Empty(Facts.Of("من المقرر أن يستقبل الرئيس المصري عبد الفتاح السيسي الأسبوع المقبل ملك إسبانيا فيليبي السادس، في أول زيارة له إلى مصر.").Meetings);
    }

    [Fact]
    public void A_reception_on_the_occasion_of_the_guests_visit_is_one_visit_with_host_and_guest()
    {
        var facts = Facts.Of("المنامة - استقبل صاحب السمو الملكي الأمير سلمان بن حمد آل خليفة ولي العهد رئيس مجلس الوزراء بقصر القضيبية، اليوم، " +
            "سعادة السيد ستيفن هادلي، وذلك بمناسبة زيارته للمملكة.", "2025-09-08");
        var visit = Assert.Single(facts.Meetings);
        Assert.Equal((MeetingKind.Visit, 2, "Manama"), (visit.Kind, visit.Participants.Count, visit.City));
    }

    [Fact]
    public void A_counterpart_takes_his_nationality_and_kama_opens_another_encounter_of_the_same_subject()
    {
        var facts = Facts.Of("التقى وزير الخارجية السوري أسعد الشيباني نظيره اللبناني يوسف رجي، كما التقى وزير الخارجية التركي هاكان فيدان.");
        Assert.Equal(["LB"], Assert.Single(facts.Persons, p => p.Name == "يوسف رجي").Countries);
        var shaibani = Assert.Single(facts.Persons, p => p.Name == "أسعد الشيباني").Id;
        Assert.Equal(2, facts.Meetings.Count);
        Assert.All(facts.Meetings, m => Assert.Equal(2, m.Participants.Count));
        Assert.All(facts.Meetings, m => Assert.Contains(shaibani, m.Participants));
    }

    [Theory]
    [InlineData("بحث رئيس الوزراء الفلسطيني محمد مصطفى عبر الاتصال المرئي مع رئيس الوزراء الإسباني بيدرو سانشيز الأزمة المالية.", "ar")]
    [InlineData("عقد الرئيس المصري عبد الفتاح السيسي اجتماعا عبر تقنية الفيديو مع رئيس الوزراء الإسباني بيدرو سانشيز.", "ar")]
    [InlineData("French President Emmanuel Macron held talks by video link with Spanish Prime Minister Pedro Sanchez on Monday.", "en")]
    public void Talks_by_video_are_a_call(string text, string language)
    {
        var call = Assert.Single(Facts.Of(text, "2025-09-02", language).Meetings);
        Assert.Equal((MeetingKind.Call, 2), (call.Kind, call.Participants.Count));
    }

    [Fact]
    public void Where_someone_goes_is_no_meetings_place_unless_it_is_a_trip()
    {
        var meeting = Assert.Single(Facts.Of("التقى الرئيس الروسي فلاديمير بوتين ونظيره الأمريكي دونالد ترامب في قاعدة عسكرية يوم الجمعة، " +
            "في أول قمة بينهما منذ عودة ترامب إلى البيت الأبيض.", "2025-08-16").Meetings);
        Assert.Null(meeting.City);
        var visit = Assert.Single(Facts.Of("وصل وزير الخارجية الأردني أيمن الصفدي إلى دمشق يوم الجمعة في زيارة رسمية.", "2025-08-16").Meetings);
        Assert.Equal("Damascus", visit.City);
    }

    [Fact]
    public void Separate_meetings_after_a_sentence_opening_verb_each_include_its_subject()
    {
        var facts = Facts.Of("وصل رئيس الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني إلى طهران في زيارة رسمية، حيث التقى الرئيس الإيراني " +
            "مسعود بزشكيان ووزير الخارجية عباس عراقجي كلا على حدة.");
        var qatari = Assert.Single(facts.Persons, p => p.Name == "محمد بن عبد الرحمن آل ثاني").Id;
        Assert.Equal(2, facts.Meetings.Count);
        Assert.All(facts.Meetings, m => Assert.Equal(2, m.Participants.Count));
        Assert.All(facts.Meetings, m => Assert.Contains(qatari, m.Participants));
    }

    [Fact]
    public void A_past_visit_with_its_own_visitor_after_a_planned_one_is_still_reported()
    {
        var facts = Facts.Of("قال مصدر إن الوزير السوري أسعد الشيباني سيتوجه إلى عمان الأسبوع المقبل للقاء نظيره الأردني أيمن الصفدي، " +
            "وذلك بعد أيام من زيارة الصفدي إلى دمشق التي التقى خلالها الرئيس أحمد الشرع.");
        var visit = Assert.Single(facts.Meetings);
        Assert.Equal((MeetingKind.Visit, "Damascus"), (visit.Kind, visit.City));
    }

    [Fact]
    public void A_name_set_off_by_commas_after_an_english_post_is_the_posts_holder()
    {
        var facts = Facts.Of("Jordan's Foreign Minister Ayman Safadi received a phone call from his Iranian counterpart Abbas Araghchi on Thursday. " +
            "Safadi also met the EU's Special Representative for the Middle East Peace Process, Christophe Bigot, in Amman.", "2025-10-03", "en");
        var bigot = Assert.Single(facts.Persons, p => p.Name == "Christophe Bigot");
        Assert.Empty(bigot.Countries);
        Assert.Null(Assert.Single(facts.Offices, o => o.Person == bigot.Id).Country);
        Assert.Contains(facts.Meetings, m => m.Participants.Contains(bigot.Id) && m.City == "Amman");
    }

    [Fact]
    public void Another_title_of_a_post_named_before_refers_back_and_is_not_the_next_names_office()
    {
        var facts = Facts.Of("الجزائر - واج\nاستقبل رئيس الجمهورية عبد المجيد تبون، اليوم الأحد بمقر الرئاسة، الوزير الأول نذير العرباوي. " +
            "كما استقبل رئيس الدولة وزير الداخلية إبراهيم مراد.", "2025-02-09");
        var murad = Assert.Single(facts.Persons, p => p.Name == "إبراهيم مراد");
        Assert.Equal(["وزير الداخلية"], facts.Offices.Where(o => o.Person == murad.Id).Select(o => o.Title));
        var tebboune = Assert.Single(facts.Persons, p => p.Name == "عبد المجيد تبون");
        Assert.Equal(2, facts.Meetings.Count);
        Assert.Equal([tebboune.Id, murad.Id], facts.Meetings[1].Participants);
    }

    [Fact]
    public void Who_attended_a_reception_at_home_after_a_sentence_that_refers_back_joins_it_on_the_hosts_side()
    {
        var facts = Facts.Of("مسقط - العمانية\nاستقبل صاحب السمو السيد شهاب بن طارق آل سعيد نائب رئيس الوزراء لشؤون الدفاع أمس وزير الدفاع البريطاني جون هيلي.\n" +
            "وفي مستهل اللقاء، رحب سموه بوزير الدفاع البريطاني، مؤكداً متانة العلاقات بين البلدين.\nحضر المقابلة معالي السيد وزير المكتب الخاص محمد بن سلطان البوسعيدي.", "2025-03-04");
        var attendee = Assert.Single(facts.Persons, p => p.Name == "محمد بن سلطان البوسعيدي");
        Assert.Contains(attendee.Id, Assert.Single(facts.Meetings).Participants);
        Assert.Equal(["OM"], attendee.Countries);
    }

    [Fact]
    public void Who_accompanies_a_guest_at_a_reception_is_not_carried_to_the_guests_other_visits()
    {
        var facts = Facts.Of("بغداد - واع\nاستقبل رئيس الوزراء محمد شياع السوداني اليوم المبعوث الأمريكي مارك سافايا يرافقه القائم بالأعمال الأمريكي جوشوا هاريس.\n" +
            "وكان سافايا قد زار أمس رئيس إقليم كردستان نيجيرفان بارزاني في أربيل.", "2025-11-20");
        var harris = Assert.Single(facts.Persons, p => p.Name == "جوشوا هاريس");
        Assert.Equal(2, facts.Meetings.Count);
        Assert.Contains(harris.Id, facts.Meetings[0].Participants);
        Assert.DoesNotContain(harris.Id, facts.Meetings[1].Participants);
    }

    [Fact]
    public void The_same_persons_further_talks_that_day_are_where_he_was_not_at_the_dateline()
    {
        var facts = Facts.Of("BAGHDAD - Iraqi Foreign Minister Fuad Hussein met Egyptian Foreign Minister Badr Abdelatty in Doha on Tuesday. " +
            "Hussein also held talks with Kuwaiti Foreign Minister Abdullah Al-Yahya.", "2025-09-10", "en");
        Assert.Equal(2, facts.Meetings.Count);
        Assert.All(facts.Meetings, m => Assert.Equal("Doha", m.City));
    }

    [Fact]
    public void Who_joined_the_named_meeting_after_it_was_reported_is_one_of_its_participants()
    {
        var facts = Facts.Of("President Donald Trump received Lebanese President Joseph Aoun at the White House on Thursday. " +
            "Defense Secretary Pete Hegseth and envoy Tom Barrack joined the Oval Office meeting, an official said.", "2025-12-05", "en");
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(4, meeting.Participants.Count);
    }

    [Fact]
    public void A_capital_after_with_stands_for_its_government_and_is_no_meetings_place()
    {
        var facts = Facts.Of("بيروت - الوكالة الوطنية\nبحث رئيس مجلس الوزراء نواف سلام مع السفير الفرنسي هيرفيه ماغرو العلاقات مع باريس، " +
            "وأكد متانة الشراكة مع واشنطن والرياض.", "2025-03-13");
        Assert.Equal("Beirut", Assert.Single(facts.Meetings).City);
    }

    [Fact]
    public void Whom_a_traveller_meets_where_he_is_headed_is_to_come()
    {
        var facts = Facts.Of("غادر وزير الخارجية الأردني أيمن الصفدي عمّان اليوم متوجهاً إلى بروكسل حيث يشارك في اجتماع وزاري أوروبي عربي، " +
            "ويلتقي على هامشه مسؤولة السياسة الخارجية في الاتحاد الأوروبي كايا كالاس.", "2025-11-25");
        Assert.Contains(facts.Persons, p => p.Name == "كايا كالاس");
        Assert.Empty(facts.Meetings);
    }

    [Fact]
    public void Whom_a_visit_is_to_meet_during_it_is_planned_and_the_visitor_is_not_the_hosts_national()
    {
        var facts = Facts.Of("بغداد - واع\nوصل رئيس الجمهورية عبد اللطيف جمال رشيد، اليوم، إلى العاصمة الفرنسية باريس في زيارة رسمية تستمر يومين، " +
            "يلتقي خلالها الرئيس الفرنسي إيمانويل ماكرون ورئيس الوزراء الفرنسي فرانسوا بايرو.", "2025-02-18");
        var rashid = Assert.Single(facts.Persons, p => p.Name == "عبد اللطيف جمال رشيد");
        var visit = Assert.Single(facts.Meetings);
        Assert.Equal([rashid.Id], visit.Participants);
        Assert.Equal(("Paris", "FR"), (visit.City, visit.Country));
        Assert.Equal(["IQ"], rashid.Countries);
    }

    [Theory]
    [InlineData("عقد الرئيس الفرنسي إيمانويل ماكرون اجتماعاً مع الرئيس اللبناني جوزاف عون في باريس اليوم، فيما شارك رئيس الوزراء البريطاني كير ستارمر عبر الاتصال المرئي.", "ar")]
    [InlineData("French President Emmanuel Macron met Lebanese President Joseph Aoun in Paris on Friday, while British Prime Minister Keir Starmer joined by video call.", "en")]
    public void Who_joins_a_meeting_by_video_is_one_of_its_participants_and_it_stays_a_meeting(string text, string language)
    {
        var meeting = Assert.Single(Facts.Of(text, "2025-03-28", language).Meetings);
        Assert.Equal(MeetingKind.Meeting, meeting.Kind);
        Assert.Equal(3, meeting.Participants.Count);
        Assert.Equal("Paris", meeting.City);
    }

    [Fact]
    public void A_title_with_a_nationality_refers_to_the_listed_figure_of_that_state_among_holders_of_the_same_head()
    {
        var facts = Facts.Of("مسقط - العمانية\nاستقبل جلالة السلطان هيثم بن طارق في قصر البركة اليوم سعادة السيد سيرغي لافروف وزير الخارجية في روسيا الاتحادية.\n" +
            "والتقى السيد بدر بن حمد البوسعيدي وزير الخارجية مع الوزير الروسي.", "2025-04-22");
        Assert.Equal(2, facts.Meetings.Count);
        Assert.All(facts.Meetings, m => Assert.Equal("Muscat", m.City));
        var lavrov = Assert.Single(facts.Persons, p => p.NameEn == "Sergey Lavrov");
        Assert.Contains(lavrov.Id, facts.Meetings[1].Participants);
    }

    [Fact]
    public void Talks_in_a_listed_city_away_from_the_dateline_are_placed_there()
    {
        var facts = Facts.Of("SEOUL (Yonhap) - U.S. President Donald Trump and Chinese President Xi Jinping held talks in Busan on Thursday.", "2025-10-30", "en");
        Assert.Equal(("Busan", "KR"), Assert.Single(facts.Meetings) is var m ? (m.City, m.Country) : default);
    }

    [Fact]
    public void He_at_the_start_of_a_sentence_a_few_words_before_the_verb_is_the_subject_reported_before()
    {
        var facts = Facts.Of("Jordanian Foreign Minister Ayman Safadi met Turkish Foreign Minister Hakan Fidan in Ankara on Monday. " +
            "He later spoke by phone with U.S. Secretary of State Marco Rubio.", "2025-09-02", "en");
        var safadi = Assert.Single(facts.Persons, p => p.Name == "Ayman Safadi");
        var call = Assert.Single(facts.Meetings, m => m.Kind == MeetingKind.Call);
        Assert.Contains(safadi.Id, call.Participants);
        Assert.Equal(2, call.Participants.Count);
    }

    [Fact]
    public void A_meeting_denied_at_the_head_of_a_long_clause_did_not_happen()
    {
        var facts = Facts.Of("نفى مصدر في وزارة الخارجية الليبية صحة الأنباء التي تحدثت عن لقاء جمع رئيس الحكومة عبد الحميد الدبيبة والمشير خليفة حفتر في روما.\n" +
            "وكان الدبيبة قد التقى أمس في طرابلس وزير الداخلية الإيطالي ماتيو بيانتيدوزي.", "2025-03-03");
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal("Tripoli", meeting.City);
    }

    [Fact]
    public void In_the_presence_of_in_a_sentence_that_refers_back_adds_attendees_and_posts_set_off_by_commas_are_the_holders()
    {
        var facts = Facts.Of("الجزائر - واج\nاستقبل رئيس الجمهورية، السيد عبد المجيد تبون، يوم الأحد بالجزائر العاصمة، وزير الخارجية التونسي محمد علي النفطي.\n" +
            "وجرى اللقاء بحضور وزير الدولة، وزير الشؤون الخارجية والجالية الوطنية بالخارج، أحمد عطاف.", "2025-07-13");
        var attaf = Assert.Single(facts.Persons, p => p.Name == "أحمد عطاف");
        var meeting = Assert.Single(facts.Meetings);
        Assert.Contains(attaf.Id, meeting.Participants);
        Assert.Equal("Algiers", meeting.City);
        Assert.Equal(["وزير الدولة", "وزير الشؤون الخارجية والجالية الوطنية بالخارج"], facts.Offices.Where(o => o.Person == attaf.Id).Select(o => o.Title));
    }

    [Theory]
    [InlineData("His Majesty King Abdullah II received a written message from Egyptian President Abdel Fattah al-Sisi, delivered by Foreign Minister Badr Abdelatty in Amman on Sunday.", "en")]
    [InlineData("استقبل الملك عبدالله الثاني اليوم وزير الخارجية المصري بدر عبد العاطي الذي سلمه رسالة خطية من الرئيس المصري عبد الفتاح السيسي.", "ar")]
    public void Who_sent_a_message_is_not_at_the_meeting_where_it_was_handed_over(string text, string language)
    {
        var facts = Facts.Of(text, "2025-06-15", language);
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(2, meeting.Participants.Count);
        var sender = Assert.Single(facts.Persons, p => p.NameEn?.EndsWith("Sisi", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(sender.Id, meeting.Participants);
    }

    [Fact]
    public void Talks_in_a_place_the_gazetteer_does_not_know_are_not_placed_at_the_dateline()
    {
        var facts = Facts.Of("WASHINGTON (Reuters) - President Donald Trump hosted Canadian Prime Minister Mark Carney in Kananaskis on Friday.", "2025-08-16", "en");
        var meeting = Assert.Single(facts.Meetings);
        Assert.Null(meeting.City);
        Assert.Null(meeting.Country);
    }

    [Theory]
    [InlineData("أجرى وزير الخارجية العماني بدر البوسعيدي مباحثات هاتفية مع نظيره الإيراني عباس عراقجي.", MeetingKind.Call)]
    [InlineData("تباحث وزير الخارجية المغربي ناصر بوريطة بالرباط مع نظيره الموريتاني محمد سالم ولد مرزوك.", MeetingKind.Meeting)]
    public void Talks_by_phone_are_a_call_and_tabahatha_with_a_partner_is_a_meeting(string text, MeetingKind kind) =>
        Assert.Equal(kind, Assert.Single(Facts.Of(text, "2025-06-23").Meetings).Kind);

    [Theory]
    [InlineData("Arab leaders held a summit in Cairo on Tuesday with Egyptian President Abdel Fattah al-Sisi, Jordan's King Abdullah II and Iraqi Prime Minister Mohammed Shia al-Sudani. Sisi also held a bilateral meeting with King Abdullah II before the summit.", "en")]
    [InlineData("عقد الرئيس عبد الفتاح السيسي والملك عبدالله الثاني ورئيس الوزراء العراقي محمد شياع السوداني قمة ثلاثية في القاهرة أمس. كما عقد السيسي لقاء ثنائيا مع الملك عبدالله الثاني.", "ar")]
    public void A_bilateral_meeting_of_some_of_a_summits_leaders_is_a_meeting_of_its_own(string text, string language)
    {
        var facts = Facts.Of(text, "2025-03-05", language);
        Assert.Equal(2, facts.Meetings.Count);
        Assert.Equal(2, facts.Meetings[1].Participants.Count);
    }

    [Theory]
    [InlineData("KHARTOUM, Feb 3 (Reuters) - Sudanese and Egyptian delegations held talks in Khartoum on Monday on the waters of the Nile.", "en")]
    [InlineData("الخرطوم - عقد وفدا مصر والسودان اليوم الاثنين جولة ثانية من المباحثات في الخرطوم حول مياه النيل.", "ar")]
    public void Delegations_that_meet_with_no_one_named_are_a_meeting_of_their_states(string text, string language)
    {
        var meeting = Assert.Single(Facts.Of(text, "2025-02-03", language).Meetings);
        Assert.Empty(meeting.Participants);
        Assert.Equal(["EG", "SD"], meeting.DelegationCountries.Order());
        Assert.Equal(MeetingKind.Meeting, meeting.Kind);
        Assert.Equal("Khartoum", meeting.City);
    }

    [Theory]
    [InlineData("Ethiopian and Egyptian officials met in Addis Ababa on Monday. Ethiopia's delegation was led by Gedion Timothewos, while Foreign Minister Badr Abdelatty headed the Egyptian team.", "en")]
    [InlineData("Ethiopian and Egyptian delegations met in Addis Ababa on Monday. The Ethiopian side was headed by Gedion Timothewos, and the Egyptian side by Foreign Minister Badr Abdelatty.", "en")]
    [InlineData("أديس أبابا - عقد الوفدان الإثيوبي والمصري اجتماعا في أديس أبابا اليوم الاثنين. وترأس الوفد الإثيوبي وزير الخارجية جيديون تيموثيوس، فيما ترأس الوفد المصري وزير الخارجية بدر عبد العاطي.", "ar")]
    public void The_heads_of_the_delegations_that_met_are_its_participants_of_their_delegations_states(string text, string language)
    {
        var facts = Facts.Of(text, "2025-02-03", language);
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(["EG", "ET"], meeting.DelegationCountries.Order());
        Assert.Equal(2, meeting.Participants.Count);
        Assert.Equal(["EG", "ET"], facts.Persons.Where(p => meeting.Participants.Contains(p.Id)).SelectMany(p => p.Countries).Order());
    }

    [Fact]
    public void Officials_who_led_their_delegations_join_the_talks_of_those_delegations()
    {
        var facts = Facts.Of("Senior Chinese and American officials met in Geneva on Sunday. Treasury Secretary Scott Bessent and Chinese Vice Premier He Lifeng led their delegations.", "2025-05-11", "en");
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(["CN", "US"], meeting.DelegationCountries.Order());
        Assert.Equal(2, meeting.Participants.Count);
    }

    [Fact]
    public void Who_heads_a_delegation_is_named_after_birasat_though_his_surname_is_a_word()
    {
        var facts = Facts.Of("وصل وفد من الحزب برئاسة سعيد الذيب إلى بيروت، والتقى رئيس مجلس النواب نبيه بري.", "2025-09-22");
        var head = Assert.Single(facts.Persons, p => p.Name == "سعيد الذيب");
        Assert.Contains(head.Id, Assert.Single(facts.Meetings).Participants);
    }

    [Fact]
    public void A_delegation_led_by_a_minister_is_his_states_and_he_is_of_its_state()
    {
        var facts = Facts.Of("أجرى وفد سوداني يقوده وزير الخارجية علي يوسف مباحثات مع نظيره المصري بدر عبد العاطي في القاهرة اليوم.", "2025-09-22");
        Assert.Equal(["SD"], Assert.Single(facts.Persons, p => p.Name == "علي يوسف").Countries);
        Assert.Equal(["SD"], Assert.Single(facts.Meetings).DelegationCountries);
    }

    [Fact]
    public void The_head_named_some_words_after_the_delegation_is_of_its_state()
    {
        var facts = Facts.Of("استقبل رئيس مجلس النواب نبيه بري اليوم وفدا من مجلس الشيوخ الأمريكي برئاسة السيناتور جيم هاريسون.", "2025-07-15");
        Assert.Equal(["US"], Assert.Single(facts.Persons, p => p.Name == "جيم هاريسون").Countries);
    }

    [Fact]
    public void Two_sides_each_headed_by_their_own_official_meet_as_their_states_delegations()
    {
        var facts = Facts.Of("عقد وفدان من وزارتي الخارجية في دولة قطر وسلطنة عمان اجتماعا في مسقط اليوم. وترأس الجانب القطري وزير الدولة سلطان المريخي، فيما ترأس الجانب العماني وكيل الوزارة خليفة الحارثي.", "2025-07-15");
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(["OM", "QA"], meeting.DelegationCountries.Order());
        Assert.Equal(["QA"], Assert.Single(facts.Persons, p => p.Name == "سلطان المريخي").Countries);
        Assert.Equal(["OM"], Assert.Single(facts.Persons, p => p.Name == "خليفة الحارثي").Countries);
        Assert.Equal(2, meeting.Participants.Count);
    }

    [Fact]
    public void A_kind_of_delegation_between_the_states_and_the_word_keeps_both_states_and_who_also_met_is_a_subject()
    {
        var facts = Facts.Of("Turkish and Iraqi military delegations held talks in Ankara on Tuesday. The Iraqi delegation was led by Defense Minister Thabit al-Abbasi, who also met Turkish Defense Minister Yasar Guler.", "2025-07-15", "en");
        Assert.Equal(["IQ", "TR"], facts.Meetings[0].DelegationCountries.Order());
        Assert.Contains(facts.Meetings, m => m.Participants.Count == 2);
    }

    [Fact]
    public void Phone_calls_in_the_plural_are_one_call_with_each_counterpart()
    {
        var facts = Facts.Of("RABAT (MAP) - Foreign Minister Nasser Bourita held phone calls on Monday with his Spanish and French counterparts, Jose Manuel Albares and Jean-Noel Barrot.", "2025-07-22", "en");
        Assert.Equal(2, facts.Meetings.Count);
        Assert.All(facts.Meetings, m => Assert.Equal((MeetingKind.Call, 2), (m.Kind, m.Participants.Count)));
    }

    [Fact]
    public void A_lone_visitors_arrival_is_part_of_his_talks_with_the_hosts_there()
    {
        var facts = Facts.Of("DOHA (QNA) - His Highness the Emir Sheikh Tamim bin Hamad Al Thani received Jordanian Foreign Minister Ayman Safadi in Doha on Wednesday. Safadi, who arrived in Qatar late on Tuesday, is expected to travel to Baghdad later this week.", "2025-09-03", "en");
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal((2, "Doha"), (meeting.Participants.Count, meeting.City));
    }

    [Fact]
    public void An_organisations_special_representative_keeps_special_in_the_title()
    {
        var facts = Facts.Of("Safadi met UN Special Representative for Lebanon Jeanine Hennis-Plasschaert in Amman on Monday.", "2025-09-03", "en");
        Assert.Contains(facts.Offices, o => o.Title == "UN Special Representative for Lebanon");
    }

    [Fact]
    public void A_city_inside_a_persons_name_is_not_where_the_meeting_was()
    {
        var meeting = Assert.Single(Facts.Of("BAGHDAD (Reuters) - Iraqi Planning Minister Taif Hamid held talks with KRG Interior Minister Dara Sheikh Kamal on Sunday.", "2025-10-12", "en").Meetings);
        Assert.Equal("Baghdad", meeting.City);
    }

    [Theory]
    [InlineData("نفى مكتب رئيس الحكومة اللبنانية نواف سلام ما تداولته بعض المواقع الإخبارية عن لقاء جمعه بالموفد الفرنسي جان إيف لودريان.", "ar")]
    [InlineData("The office of Lebanese Prime Minister Nawaf Salam denied on Monday reports circulated by some websites about a meeting with French envoy Jean-Yves Le Drian.", "en")]
    public void What_a_denial_calls_reports_about_a_meeting_did_not_happen(string text, string language) =>
        Assert.Empty(Facts.Of(text, "2025-02-25", language).Meetings);

    [Theory]
    [InlineData("أكد وزير الخارجية الأردني أيمن الصفدي أن بلاده ترفض التهجير، وذلك خلال مؤتمر صحفي مشترك مع نظيره الألماني يوهان فاديفول في عمان اليوم.", "ar")]
    [InlineData("Jordanian Foreign Minister Ayman Safadi said on Monday his country rejected displacement, speaking at a joint news conference with his German counterpart Johann Wadephul in Amman.", "en")]
    public void Who_hold_a_joint_press_conference_have_met(string text, string language) =>
        Assert.Equal(2, Assert.Single(Facts.Of(text, "2025-09-15", language).Meetings).Participants.Count);

    [Theory]
    [InlineData("تسلم صاحب السمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية، اليوم، نسخة من أوراق اعتماد سفير جمهورية الفلبين المعين لدى الدولة ألفونسو فير.", "ar")]
    [InlineData("Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, received on Monday the credentials of Philippine Ambassador Alfonso Ver.", "en")]
    public void Credentials_handed_over_are_a_meeting_with_the_ambassador(string text, string language)
    {
        var facts = Facts.Of(text, "2025-10-06", language);
        Assert.Equal(2, Assert.Single(facts.Meetings).Participants.Count);
        Assert.Contains(facts.Offices, o => o.Country == "PH");
    }

    [Fact]
    public void Who_the_leaders_just_reported_included_took_part()
    {
        var facts = Facts.Of("Ukrainian President Volodymyr Zelenskiy and European leaders met U.S. President Donald Trump at the White House on Monday. The leaders included German Chancellor Friedrich Merz and Finnish President Alexander Stubb.", "2025-08-19", "en");
        Assert.Equal(4, Assert.Single(facts.Meetings).Participants.Count);
    }

    [Theory]
    [InlineData("WASHINGTON (Reuters) - Secretary of State Marco Rubio spoke with Jordanian Foreign Minister Ayman Safadi on Wednesday about Gaza, the State Department said.")]
    [InlineData("PARIS (AFP) - French President Emmanuel Macron telephoned Iranian President Masoud Pezeshkian on Sunday, the Elysee said.")]
    public void Spoke_with_and_telephoned_are_calls(string text) =>
        Assert.Equal(MeetingKind.Call, Assert.Single(Facts.Of(text, "2025-06-05", "en").Meetings).Kind);

    [Fact]
    public void Everyone_named_before_a_joint_press_conference_held_it()
    {
        var facts = Facts.Of("عقد وزير الخارجية المصري بدر عبد العاطي، ووزير الخارجية الإسباني خوسيه مانويل ألباريس، مؤتمراً صحفياً مشتركاً في مدريد اليوم.", "2025-07-28");
        Assert.Equal(2, Assert.Single(facts.Meetings).Participants.Count);
    }

    [Fact]
    public void Talks_a_trip_is_made_to_hold_did_not_happen_yet()
    {
        var facts = Facts.Of("TEHRAN (IRNA) - Iran's Foreign Minister Abbas Araghchi left Tehran for Rome on Friday to hold indirect talks with U.S. envoy Steve Witkoff on Saturday.", "2025-04-18", "en");
        Assert.Empty(facts.Meetings);
    }

    [Theory]
    [InlineData("DOHA (Reuters) - On Thursday, the Pakistani prime minister Shehbaz Sharif travelled to Abu Dhabi, where he was received by UAE President Sheikh Mohamed bin Zayed.", "en")]
    [InlineData("الدوحة - قنا: وصل رئيس الوزراء الباكستاني شهباز شريف إلى أبوظبي، حيث استقبله رئيس الدولة الشيخ محمد بن زايد آل نهيان.", "ar")]
    public void Where_a_traveller_was_received_is_the_place_before_where(string text, string language) =>
        Assert.Equal("Abu Dhabi", Assert.Single(Facts.Of(text, "2025-05-15", language).Meetings).City);

    [Theory]
    [InlineData("التقى وزير الخارجية الأردني أيمن الصفدي نظيره الألماني يوهان فاديفول في فرانكفورت أمس الأحد، وبحثا الأوضاع في المنطقة.", "ar")]
    [InlineData("Jordanian Foreign Minister Ayman Safadi met his German counterpart Johann Wadephul in Frankfurt on Sunday.", "en")]
    public void A_city_of_the_world_that_is_no_capital_is_a_meetings_place(string text, string language)
    {
        var meeting = Assert.Single(Facts.Of(text, "2025-03-10", language).Meetings);
        Assert.Equal(("Frankfurt", "DE"), (meeting.City, meeting.Country));
    }

    [Theory]
    [InlineData("CAIRO (AP) — Egypt's President Abdel Fattah el-Sissi declined an invitation to meet Israeli Prime Minister Benjamin Netanyahu at the summit, officials said.", "en")]
    [InlineData("الدوحة - قنا: يلتقي معالي رئيس مجلس الوزراء وزير الخارجية الشيخ محمد بن عبدالرحمن آل ثاني غداً وزير الخارجية البريطاني ديفيد لامي في لندن.", "ar")]
    public void A_declined_invitation_and_a_meeting_tomorrow_did_not_happen(string text, string language) =>
        Assert.Empty(Facts.Of(text, "2025-11-12", language).Meetings);

    [Theory]
    [InlineData("ومن المتوقع أن يلتقي وزير الخارجية الأردني أيمن الصفدي نظيره المصري بدر عبد العاطي في القاهرة الاثنين.")]
    [InlineData("ودعا الرئيس المصري عبد الفتاح السيسي الرئيس التركي رجب طيب أردوغان إلى زيارة القاهرة.")]
    [InlineData("ووجه أمير قطر الشيخ تميم بن حمد دعوة إلى رئيس الوزراء الماليزي أنور إبراهيم لزيارة الدوحة.")]
    public void An_expected_meeting_and_a_visit_someone_is_invited_to_did_not_happen(string text) =>
        Assert.Empty(Facts.Of(text, "2025-11-12").Meetings);

    [Theory]
    [InlineData("ودعا الرئيس المصري عبد الفتاح السيسي خلال لقائه الرئيس التركي رجب طيب أردوغان في القاهرة إلى وقف الحرب.")]
    [InlineData("ودعا الرئيس المصري عبد الفتاح السيسي ، لدى لقائه الرئيس التركي رجب طيب أردوغان في القاهرة ، إلى وقف الحرب.")]
    public void What_a_leader_called_for_at_a_meeting_leaves_the_meeting(string text) =>
        Assert.Single(Facts.Of(text, "2025-11-12").Meetings);

    [Fact]
    public void A_present_verb_with_next_week_after_it_is_planned_and_makes_no_visit_of_the_meeting_before() =>
        Assert.Equal(MeetingKind.Meeting, Assert.Single(Facts.Of("التقى وزير الخارجية الأردني أيمن الصفدي أمس في عمان نظيره المصري بدر عبد العاطي. " +
            "ويزور الصفدي دمشق الأسبوع المقبل.", "2025-10-20").Meetings).Kind);

    [Fact]
    public void A_meeting_in_the_present_next_week_did_not_happen() =>
        Assert.Empty(Facts.Of("يلتقي وزير الخارجية الأردني أيمن الصفدي نظيره المصري بدر عبد العاطي في القاهرة الأسبوع المقبل.", "2025-10-20").Meetings);

    [Fact]
    public void In_English_a_present_verb_with_next_week_after_it_is_planned_and_makes_no_visit_of_the_meeting_before()
    {
        Assert.Equal(MeetingKind.Meeting, Assert.Single(Facts.Of("Jordanian Foreign Minister Ayman Safadi met Egyptian Foreign Minister Badr Abdelatty in Amman on Sunday. " +
            "Safadi visits Damascus next week.", "2025-10-20", "en").Meetings).Kind);
        Assert.Empty(Facts.Of("Jordanian Foreign Minister Ayman Safadi meets Egyptian Foreign Minister Badr Abdelatty in Cairo next week.", "2025-10-20", "en").Meetings);
    }

    [Fact]
    public void In_English_a_past_meeting_before_next_months_summit_happened() =>
        Assert.Single(Facts.Of("Jordanian Foreign Minister Ayman Safadi met Egyptian Foreign Minister Badr Abdelatty in Cairo on Sunday to prepare for the summit next month.",
            "2025-10-20", "en").Meetings);

    [Fact]
    public void A_past_meeting_that_prepared_next_weeks_one_happened() =>
        Assert.Single(Facts.Of("التقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري بدر عبد العاطي في القاهرة وبحثا التحضير لاجتماع الأسبوع المقبل.", "2025-10-20").Meetings);

    [Fact]
    public void The_place_of_another_days_encounter_is_that_ones_and_unnamed_officials_of_a_state_are_its_delegation()
    {
        var facts = Facts.Of("BEIRUT (Reuters) - U.S. envoy Tom Barrack met Lebanese President Joseph Aoun on Monday, a day after he met Israeli officials in Jerusalem.", "2025-08-26", "en");
        Assert.Equal(["Beirut", "Jerusalem"], facts.Meetings.Select(m => m.City));
        Assert.Equal(["IL"], facts.Meetings[1].DelegationCountries);
    }

    [Fact]
    public void After_a_dateline_with_its_agency_the_verb_still_opens_the_sentence_and_a_later_honorific_pronoun_is_its_subject()
    {
        var facts = Facts.Of("المنامة - بنا: التقى جلالة الملك حمد بن عيسى آل خليفة، في قصر الصخير اليوم، رئيس الوزراء العراقي محمد شياع السوداني. وفي لقاء منفصل، استقبل جلالته وزير الخارجية الأردني أيمن الصفدي.", "2025-05-05");
        Assert.Equal(2, facts.Meetings.Count);
        Assert.All(facts.Meetings, m => Assert.Equal(2, m.Participants.Count));
    }

    [Fact]
    public void A_visitors_talks_with_two_hosts_the_same_day_are_two_meetings_though_his_delegation_is_in_both()
    {
        var facts = Facts.Of("بغداد - استقبل رئيس أركان الجيش الفريق أول الركن عبد الأمير يار الله اليوم قائد القيادة المركزية الأمريكية الجنرال مايكل كوريلا والوفد المرافق له. "
            + "وحضر اللقاء السفيرة الأمريكية لدى العراق ألينا رومانوسكي. ومن جانبه، التقى كوريلا في اليوم نفسه رئيس الوزراء محمد شياع السوداني.", "2025-04-10");
        Assert.Equal(2, facts.Meetings.Count);
        var sudani = facts.Persons.Single(p => p.Name == "محمد شياع السوداني").Id;
        Assert.Equal(2, facts.Meetings.Single(m => m.Participants.Contains(sudani)).Participants.Count);
        Assert.All(facts.Meetings, m => Assert.Equal(["US"], m.DelegationCountries));
    }

    [Fact]
    public void A_delegations_head_named_by_surname_takes_his_state_and_whom_he_then_meets_is_not_of_it()
    {
        var facts = Facts.Of("AMMAN - Jordanian Prime Minister Jafar Hassan welcomed Lebanese Prime Minister Nawaf Salam on Tuesday. "
            + "Salam, who arrived in Amman at the head of a ministerial delegation, held talks with Foreign Minister Ayman Safadi on Wednesday.", "2025-08-27", "en");
        Assert.All(facts.Meetings, m => Assert.Equal(["LB"], m.DelegationCountries));
        Assert.Equal(["JO"], facts.Persons.Single(p => p.Name == "Ayman Safadi").Countries);
    }

    [Theory]
    [InlineData("Foreign Minister Ayman Safadi travelled to Beirut in July, where he met President Joseph Aoun.", "en")]
    [InlineData("توجه وزير الخارجية أيمن الصفدي إلى بيروت في تموز الماضي، حيث التقى الرئيس اللبناني جوزيف عون.", "ar")]
    public void Where_a_trip_went_is_the_place_of_the_encounter_after_where_and_the_traveller_met(string text, string language)
    {
        var meeting = Assert.Single(Facts.Of(text, "2025-08-27", language).Meetings);
        Assert.Equal(("Beirut", "2025-07"), (meeting.City, meeting.Date.ToString()));
        Assert.Equal(2, meeting.Participants.Count);
    }

    [Fact]
    public void An_encounter_weeks_before_without_a_comma_is_not_the_one_just_reported()
    {
        var facts = Facts.Of("Lebanese Foreign Minister Youssef Rajji met his Jordanian counterpart Ayman Safadi in Amman on Tuesday. "
            + "The visit comes weeks after Safadi travelled to Beirut in July, where he met President Joseph Aoun.", "2025-08-27", "en");
        Assert.Equal(2, facts.Meetings.Count);
        Assert.All(facts.Meetings, m => Assert.Equal(2, m.Participants.Count));
    }

    [Fact]
    public void Who_attends_a_reception_in_the_presence_of_makes_it_no_more_the_same_as_his_own_talks()
    {
        var facts = Facts.Of("الرباط - أجرى وزير الشؤون الخارجية ناصر بوريطة اليوم بالرباط مباحثات مع نظيره الموريتاني محمد سالم ولد مرزوك. "
            + "وكان ولد مرزوك قد استقبل من طرف رئيس الحكومة عزيز أخنوش، بحضور بوريطة.", "2025-10-14");
        Assert.Equal(2, facts.Meetings.Count);
        Assert.Equal([2, 3], facts.Meetings.Select(m => m.Participants.Count).Order());
    }

    [Theory]
    [InlineData("ar", "المنامة - استقبل ولي العهد الأمير سلمان بن حمد آل خليفة اليوم وزير الخارجية الأمريكي ماركو روبيو. وفي وقت سابق، عقد وزير الخارجية عبداللطيف الزياني وروبيو جلسة مباحثات. وكان روبيو قد وصل إلى البلاد مساء أمس الاثنين.")]
    [InlineData("en", "RIYADH - Crown Prince Mohammed bin Salman received Chinese Foreign Minister Wang Yi on Tuesday. Earlier, Wang Yi met Foreign Minister Prince Faisal bin Farhan.")]
    public void Talks_said_to_come_earlier_are_of_the_day_of_the_encounter_reported_before(string language, string text)
    {
        var facts = Facts.Of(text, "2025-04-22", language);
        Assert.Equal(2, facts.Meetings.Count);
        Assert.All(facts.Meetings, m => Assert.Equal("2025-04-22", m.Date.ToString()));
    }

    [Fact]
    public void A_visitors_arrival_from_another_capital_with_his_delegation_is_part_of_his_encounters()
    {
        var facts = Facts.Of("المنامة - استقبل ولي العهد الأمير سلمان بن حمد آل خليفة اليوم وزير الخارجية الأمريكي ماركو روبيو والوفد المرافق له. "
            + "وكان وزير الخارجية الأمريكي قد وصل إلى البلاد مساء أمس الاثنين قادماً من الرياض.", "2025-04-22");
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(("Manama", "BH"), (meeting.City, meeting.Country));
    }

    [Fact]
    public void An_encounter_the_source_does_not_date_has_no_date()
    {
        var facts = Facts.Of("BAGHDAD - Iraqi Prime Minister Mohammed Shia al-Sudani received Iranian Foreign Minister Abbas Araghchi on Tuesday. "
            + "Araghchi also met Kurdistan Region President Nechirvan Barzani in Irbil, state media said, without saying when.", "2025-06-24", "en");
        Assert.Equal(2, facts.Meetings.Count);
        Assert.Null(facts.Meetings[1].Date);
    }

    [Fact]
    public void Who_a_passive_verb_with_its_agent_says_was_welcomed_took_part()
    {
        var facts = Facts.Of("ABU DHABI - Syrian President Ahmed al-Sharaa arrived in Abu Dhabi on Tuesday. "
            + "He was welcomed at the airport by Sheikh Abdullah bin Zayed, Deputy Prime Minister and Minister of Foreign Affairs.", "2025-05-28", "en");
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(2, meeting.Participants.Count);
    }

    [Fact]
    public void His_guest_is_the_head_of_the_visiting_delegation()
    {
        var facts = Facts.Of("الجزائر – استقبل رئيس الجمهورية عبد المجيد تبون اليوم رئيس مجلس النواب الأردني أحمد الصفدي الذي يقوم بزيارة رسمية على رأس وفد برلماني. "
            + "وكان رئيس المجلس الشعبي الوطني إبراهيم بوغالي قد أجرى أمس مع ضيفه محادثات موسعة.", "2025-10-21");
        var ids = facts.Persons.Where(p => p.Name is "أحمد الصفدي" or "إبراهيم بوغالي").Select(p => p.Id).Order().ToList();
        Assert.Contains(facts.Meetings, m => m.Participants.Order().SequenceEqual(ids) && m.Date.ToString() == "2025-10-20");
    }

    [Fact]
    public void A_counterpart_named_by_his_state_alone_is_the_one_person_of_that_state_with_a_post()
    {
        var facts = Facts.Of("القاهرة – استقبل رئيس مجلس الوزراء مصطفى مدبولي اليوم وزير الخارجية الصيني وانغ يي. "
            + "وكان وزير الخارجية بدر عبد العاطي قد عقد مع نظيره الصيني جلسة مباحثات أمس الاثنين.", "2025-06-17");
        var ids = facts.Persons.Where(p => p.Name is "وانغ يي" or "بدر عبد العاطي").Select(p => p.Id).Order().ToList();
        Assert.Contains(facts.Meetings, m => m.Participants.Order().SequenceEqual(ids) && m.Date.ToString() == "2025-06-16");
    }

    [Fact]
    public void The_meeting_which_someone_attended_is_the_one_reported_before()
    {
        var facts = Facts.Of("عمّان – التقى الملك عبدالله الثاني اليوم رئيس الوزراء العراقي محمد شياع السوداني. "
            + "وأكد جلالته، خلال اللقاء الذي حضره سمو الأمير الحسين بن عبدالله الثاني ولي العهد، حرص الأردن على التعاون مع العراق.", "2025-03-25");
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(3, meeting.Participants.Count);
    }

    [Fact]
    public void A_date_in_an_aside_about_the_subject_dates_the_aside_not_the_call()
    {
        var call = Assert.Single(Facts.Of("French President Emmanuel Macron, who visited Beirut last week, spoke by phone with Lebanese President Joseph Aoun on Monday.", "2025-01-21", "en").Meetings);
        Assert.Equal((MeetingKind.Call, "2025-01-20"), (call.Kind, call.Date.ToString()));
    }

    [Fact]
    public void A_trip_set_off_by_commas_after_the_verbs_subject_is_when_the_encounters_took_place()
    {
        var facts = Facts.Of("بغداد – كما التقى عراقجي، خلال زيارته إلى بغداد، رئيس الجمهورية عبد اللطيف جمال رشيد، "
            + "ورئيس مجلس النواب محمود المشهداني، كلاً على حدة.", "2025-09-16");
        var visitor = Assert.Single(facts.Persons, p => p.Name == "عراقجي").Id;
        Assert.Equal(2, facts.Meetings.Count);
        Assert.All(facts.Meetings, m => Assert.Equal(2, m.Participants.Count));
        Assert.All(facts.Meetings, m => Assert.Contains(visitor, m.Participants));
    }

    [Fact]
    public void During_his_receiving_someone_the_possessor_is_the_host_and_the_one_named_after_the_guest()
    {
        var facts = Facts.Of("وأكد وزير الخارجية بدر البوسعيدي خلال استقباله اليوم سفير أوزبكستان عليشير عبد الرحمنوف أهمية التعاون.", "2025-03-10");
        Assert.Equal(2, Assert.Single(facts.Meetings).Participants.Count);
    }

    [Theory]
    [InlineData("مسقط في 10 مارس /العُمانية/ تلقى السلطان رسالة خطية. واستقبل وزير الخارجية بدر البوسعيدي اليوم سفير أوزبكستان عليشير عبد الرحمنوف.", "Muscat")]
    [InlineData("عمّان 14 تموز (بترا)- أكد الوزير أهمية التعاون. والتقى وزير الداخلية مازن الفراية اليوم سفير اليابان أوسامو ناكاموتو.", "Amman")]
    public void A_place_that_opens_the_text_before_its_date_is_the_dateline(string text, string city)
    {
        var meeting = Assert.Single(Facts.Of(text, "2025-03-10").Meetings);
        Assert.Equal(city, meeting.City);
    }

    [Fact]
    public void A_date_in_an_aside_about_the_subject_does_not_date_an_encounter_the_clause_gives_no_date()
    {
        var facts = Facts.Of("Turkish Foreign Minister Hakan Fidan met Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad on Sunday. "
            + "Fidan, who arrived late on Saturday, also met Foreign Minister Fuad Hussein.", "2025-01-26", "en");
        var hussein = Assert.Single(facts.Persons, p => p.Name == "Fuad Hussein").Id;
        Assert.Equal("2025-01-26", Assert.Single(facts.Meetings, m => m.Participants.Contains(hussein)).Date?.ToString());
    }

    [Fact]
    public void Who_mediated_the_talks_reported_before_took_part_in_them()
    {
        var facts = Facts.Of("Israeli Strategic Affairs Minister Ron Dermer held talks in Paris on Friday with Syrian Foreign Minister Asaad al-Shaibani. "
            + "The talks were mediated by U.S. envoy Tom Barrack.", "2025-10-07", "en");
        Assert.Equal(3, Assert.Single(facts.Meetings).Participants.Count);
    }

    [Fact]
    public void Those_met_one_after_the_other_are_met_apart()
    {
        var facts = Facts.Of("بيروت- وصل المبعوث الأميركي توماس باراك إلى بيروت أمس الاثنين، والتقى الرئيس اللبناني جوزيف عون في قصر بعبدا، "
            + "ثم رئيس الحكومة نواف سلام في السراي الحكومي.", "2025-08-19");
        Assert.Equal(2, facts.Meetings.Count);
        Assert.All(facts.Meetings, m => Assert.Equal(2, m.Participants.Count));
    }

    [Fact]
    public void A_report_that_names_no_day_tells_of_the_day_it_is_published()
    {
        var meeting = Assert.Single(Facts.Of("الدوحة /قنا/ اجتمع الشيخ محمد بن عبدالرحمن آل ثاني رئيس مجلس الوزراء، مع بدر عبد العاطي وزير الخارجية المصري.", "2025-04-15").Meetings);
        Assert.Equal("2025-04-15", meeting.Date?.ToString());
    }

    [Fact]
    public void A_date_a_few_words_after_since_is_the_start_of_something_else()
    {
        var facts = Facts.Of("French President Emmanuel Macron received Joseph Aoun at the Elysee Palace on Friday. "
            + "Aoun, on his first visit to Europe since his election in January, also met Prime Minister Francois Bayrou.", "2025-03-28", "en");
        var bayrou = Assert.Single(facts.Persons, p => p.Name == "Francois Bayrou").Id;
        Assert.Equal("2025-03-28", Assert.Single(facts.Meetings, m => m.Participants.Contains(bayrou)).Date?.ToString());
    }

    [Fact]
    public void An_aside_about_the_visit_that_runs_to_the_sentences_end_reports_no_encounter_of_its_own()
    {
        var facts = Facts.Of("موسكو - أجرى وزير الخارجية الروسي سيرغي لافروف، يوم الخميس، محادثات في موسكو مع نظيره السوري أسعد حسن الشيباني، "
            + "الذي يزور روسيا على رأس وفد يضم وزير الدفاع مرهف أبو قصرة.", "2025-07-31");
        var shaibani = Assert.Single(facts.Persons, p => p.Name == "أسعد حسن الشيباني").Id;
        Assert.Contains(shaibani, Assert.Single(facts.Meetings).Participants);
    }
}
