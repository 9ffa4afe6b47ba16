using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>Articles written for these tests (not the evaluation files): what each rule must find in ordinary news.</summary>
public class ArticleExtractorTests
{
    [Fact]
    public void Title_with_nationality_adjective_gives_person_office_and_country()
    {
        var facts = Facts.Of("التقى وزير الخارجية الأردني أيمن الصفدي، أمس الثلاثاء في القاهرة، وزير الخارجية المصري بدر عبد العاطي.");
        Assert.Equal(["أيمن الصفدي", "بدر عبد العاطي"], facts.Persons.Select(p => p.Name));
        Assert.Contains(facts.Offices, o => o.Title == "وزير الخارجية" && o.Country == "JO");
        Assert.Contains(facts.Offices, o => o.Title == "وزير الخارجية" && o.Country == "EG");
        Assert.Equal(["JO", "EG"], facts.Countries.Order().Reverse());
    }

    [Fact]
    public void A_city_that_is_no_capital_names_its_state_only_as_a_meetings_place()
    {
        var passing = Facts.Of("Chinese Foreign Minister Wang Yi met his Japanese counterpart in Beijing on Monday. They praised the consensus reached in Busan last month.", "2025-11-03", "en");
        Assert.Equal(["CN", "JP"], passing.Countries.Order(StringComparer.Ordinal));
        var met = Facts.Of("واستقبل وزير الخارجية الأردني أيمن الصفدي في جدة اليوم الاثنين وزير الخارجية المصري بدر عبد العاطي.", "2025-11-03");
        Assert.Equal(("Jeddah", "SA"), (Assert.Single(met.Meetings).City, Assert.Single(met.Meetings).Country));
        Assert.Contains("SA", met.Countries);
    }

    [Fact]
    public void The_name_Ali_after_a_title_is_a_name_and_the_preposition_is_not()
    {
        var facts = Facts.Of("استقبل وزير النقل العماني علي الخطيب في مسقط أمس وزير الدفاع العراقي خالد الخطيب والوفد المرافق له.");
        Assert.Equal(["علي الخطيب", "خالد الخطيب"], facts.Persons.Select(p => p.Name));
        Assert.All(facts.Persons, p => Assert.Empty(p.Aliases));
        Assert.Empty(Facts.Of("أكد وزير الخارجية على أهمية التعاون بين البلدين.").Persons);
    }

    [Theory]
    [InlineData("UN General Assembly")]
    [InlineData("army's General Command")]
    [InlineData("General Secretariat of the Arab League")]
    public void An_institution_named_after_a_rank_word_is_not_a_person(string institution)
    {
        var facts = Facts.Of($"NEW YORK, Sept 24 – Saudi Foreign Minister Prince Faisal bin Farhan met Egyptian Foreign Minister Badr Abdelatty on Tuesday on the sidelines of the {institution}.", "2025-09-24", "en");
        Assert.Equal(["Faisal bin Farhan", "Badr Abdelatty"], facts.Persons.Select(p => p.Name));
        Assert.Equal(2, Assert.Single(facts.Meetings).Participants.Count);
    }

    [Theory]
    [InlineData("Prime Minister Mohammed Shia al-Sudani met Iraqi Shiite cleric Moqtada al-Sadr in Najaf on Monday.", "Moqtada al-Sadr", "IQ")]
    [InlineData("Foreign Minister Badr Abdelatty said Egyptian activist Alaa Abd el-Fattah was freed on Monday.", "Alaa Abd el-Fattah", "EG")]
    public void A_full_name_after_a_profession_is_a_persons_of_the_demonym_before_it(string text, string name, string state)
    {
        var facts = Facts.Of(text, "2025-11-24", "en");
        var person = Assert.Single(facts.Persons, p => p.Name == name);
        Assert.Equal([state], person.Countries);
        Assert.DoesNotContain(facts.Offices, o => o.Person == person.Id);
    }

    [Fact]
    public void An_ambassador_of_a_state_to_the_kingdom_set_off_by_a_comma_is_that_states()
    {
        var facts = Facts.Of("Deputy Foreign Minister Waleed Al-Khuraiji received the Ambassador of Italy to the Kingdom, Carlo Baldocci, in Riyadh on Monday.", "2025-11-24", "en");
        Assert.Equal(["IT"], Assert.Single(facts.Persons, p => p.Name == "Carlo Baldocci").Countries);
        Assert.Single(facts.Meetings);
    }

    [Theory]
    [InlineData("Yemen's Presidential Leadership Council Chairman Rashad Al-Alimi met US Ambassador to Yemen Steven Fagin in Riyadh on Wednesday.", "Chairman of the Presidential Leadership Council", "YE")]
    [InlineData("Sovereignty Council Chairman Abdel Fattah al-Burhan met the UN envoy in Port Sudan on Wednesday.", "Chairman of the Sovereignty Council", "SD")]
    public void A_councils_chairman_named_after_the_council_holds_its_whole_title(string text, string title, string state) =>
        Assert.Contains((title, state), Facts.Of(text, "2025-11-26", "en").Offices.Select(o => (o.TitleEn, o.Country)));

    [Fact]
    public void A_chinese_family_name_then_also_and_a_party_post_set_off_by_commas_is_his_post_of_no_state()
    {
        var facts = Facts.Of("Chinese Foreign Minister Wang Yi held talks with Egyptian Foreign Minister Badr Abdelatty in Beijing on Friday. " +
            "Wang, also a member of the Political Bureau of the Communist Party of China Central Committee, said China supports Egypt.", "2025-11-28", "en");
        var wang = Assert.Single(facts.Persons, p => p.Name == "Wang Yi");
        Assert.Equal(["CN"], wang.Countries);
        Assert.Null(Assert.Single(facts.Offices, o => o.Person == wang.Id && o.TitleEn is { } title && title.StartsWith("Member of the Political Bureau", StringComparison.Ordinal)).Country);
    }

    [Fact]
    public void A_foreign_affairs_adviser_is_of_the_state_whose_possessive_comes_before() =>
        Assert.Equal(("Foreign Affairs Adviser", "PK"), Facts.Of("The minister met Pakistan's Foreign Affairs Adviser Tariq Fatemi in Riyadh on Monday.", "2025-11-24", "en").Offices.Select(o => (o.TitleEn, o.Country)).Single());

    [Fact]
    public void A_general_is_still_a_rank_before_a_name() =>
        Assert.Equal(["Michael Kurilla"], Facts.Of("US Central Command chief General Michael Kurilla met Iraqi officials in Baghdad on Monday.", "2024-03-12", "en").Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وقال المدرب إن الفريق الأحمر قدم عرضا طيبا رغم الخسارة.")]
    [InlineData("وأكد المتحدث الرسمي ارتكاب أخطاء فادحة في إدارة الأزمة.")]
    [InlineData("وأكد أن لدى الرئيس الأميركي عزما أكيدا على التعامل مع الأزمة.")]
    public void A_title_or_rank_before_ordinary_words_introduces_no_name(string text) =>
        Assert.Empty(Facts.Of(text).Persons);

    [Theory]
    [InlineData("وقال المدرب جوزيه مورينيو إن الفريق قدم عرضا طيبا.", "جوزيه مورينيو")]
    [InlineData("وقاد الفريق أول عبد الفتاح البرهان الاجتماع.", "عبد الفتاح البرهان")]
    [InlineData("وقال المدرب فيرغسون إن الفريق قدم عرضا طيبا.", "فيرغسون")]
    public void A_title_or_rank_before_a_name_still_introduces_it(string text, string name) =>
        Assert.Contains(name, Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("استقبل الوزير أيمن الصفدي اليوم سفير الصين لدى الأردن تشن تشوان دونغ.", "تشن تشوان دونغ")]
    [InlineData("وأجرى رئيس الوزراء البلغاري سيرغي ستانيشيف محادثات في صوفيا.", "سيرغي ستانيشيف")]
    [InlineData("ويرتقب أن تصل نائبة رئيس الحكومة الإسبانية ماريا تيريزا فرنانديس دي لافيغا إلى الرباط.", "ماريا تيريزا فرنانديس دي لافيغا")]
    [InlineData("وتعتبر المنطقة معقلا لمؤيدي رئيس الوزراء المخلوع تاكسين شيناواترا .", "تاكسين شيناواترا")]
    [InlineData("وقال المتحدث إن المستشارة الألمانية أنغيلا ميركل سيلتقيان في برلين.", "أنغيلا ميركل")]
    [InlineData("والتقى الوزير في نيويورك وزيرة خارجية أستراليا بيني وونغ.", "بيني وونغ")]
    [InlineData("وقال وزير الخارجية النرويجي إسبن بارث إيدي إن بلاده تدعم حل الدولتين.", "إسبن بارث إيدي")]
    [InlineData("وبحث رئيس الوزراء في اتصال هاتفي مع وزير الخارجية النرويجي إسبن بارث إيدي، الترتيبات لمؤتمر المانحين.", "إسبن بارث إيدي")]
    [InlineData("واستقبل الرئيس وزير خارجية مملكة النرويج إسبن بارث إيدي والوفد المرافق له.", "إسبن بارث إيدي")]
    [InlineData("واستقبل الوزير في جدة اليوم وزير الدولة للشؤون الخارجية في جمهورية الهند كيرتي فاردان سينغ.", "كيرتي فاردان سينغ")]
    [InlineData("وتسلم الوزير اليوم نسخة من أوراق اعتماد السيد جان باتيست فافر سفيرا لجمهورية فرنسا لدى دولة قطر.", "جان باتيست فافر")]
    public void A_foreign_name_after_a_post_is_whole_though_the_dictionary_knows_some_of_its_words(string text, string name)
    {
        var person = Assert.Single(Facts.Of(text).Persons, p => p.Name.Contains(name.Split(' ')[^1], StringComparison.Ordinal));
        Assert.Equal(name, person.Name);
    }

    [Theory]
    [InlineData("وقال السيناتور إن نظام صدام حسين هو الخطر الأكبر على المنطقة.", "صدام حسين")]
    [InlineData("وتأهل الثنائي الأسترالي وودبريدج مع زميله الباهامي نولز إلى الدور النهائي.", "نولز")]
    public void A_name_neither_opens_with_a_nisba_nor_closes_with_a_pronoun(string text, string name)
    {
        var person = Assert.Single(Facts.Of(text).Persons, p => p.Name.Contains(name.Split(' ')[^1], StringComparison.Ordinal));
        Assert.Equal(name, person.Name);
    }

    [Theory]
    [InlineData("ar", "استقبل ولي العهد الأمير محمد بن سلمان رئيس وزراء باكستان شهباز شريف، وحضر الاستقبال من الجانب السعودي وزير الدولة الدكتور مساعد بن محمد العيبان، ومن الجانب الباكستاني وزير الخارجية محمد إسحاق دار.", "إسحاق", "PK")]
    [InlineData("ar", "استقبل ولي العهد الأمير محمد بن سلمان رئيس وزراء باكستان شهباز شريف، وحضر الاستقبال من الجانب السعودي وزير الدولة الدكتور مساعد بن محمد العيبان، ومن الجانب الباكستاني وزير الخارجية محمد إسحاق دار.", "العيبان", "SA")]
    [InlineData("en", "President Sheikh Mohamed bin Zayed received Indian Prime Minister Narendra Modi. On the Indian side, External Affairs Minister Subrahmanyam Jaishankar attended.", "Jaishankar", "IN")]
    public void Who_is_named_after_a_side_serves_that_sides_state(string language, string text, string name, string country)
    {
        var facts = Facts.Of(text, "2025-10-12", language);
        Assert.Equal([country], Assert.Single(facts.Persons, p => p.Name.Contains(name, StringComparison.Ordinal)).Countries);
    }

    [Theory]
    [InlineData("The meeting was attended by Dr. Sultan bin Ahmed Al Jaber, Minister of Industry and Advanced Technology.", "Sultan bin Ahmed Al Jaber")]
    [InlineData("Sheikh Sultan bin Zayed Al Nahyan attended the ceremony.", "Sultan bin Zayed Al Nahyan")]
    public void In_English_a_title_that_is_also_a_given_name_is_the_name_before_a_lineage(string text, string name) =>
        Assert.Equal([name], Facts.Of(text, "2025-12-01", "en").Persons.Select(p => p.Name));

    [Theory]
    [InlineData("Tayyip Erdogan", "TR")]
    [InlineData("Bashar Assad", "SY")]
    [InlineData("Ayman al-Safadi", "JO")]
    [InlineData("Abdel Fattah al-Sissi", "EG")]
    [InlineData("Ahmad al-Sharaa", "SY")]
    [InlineData("Mohammed bin Zayed", "AE")]
    public void In_English_a_listed_figure_spelt_another_way_serves_the_listed_state(string name, string state)
    {
        var person = Assert.Single(Facts.Of($"The talks were held in Geneva on Monday, where Dr. {name} met the mediators.", "2025-01-20", "en").Persons);
        Assert.Equal((name, state), (person.Name, Assert.Single(person.Countries)));
    }

    [Theory]
    [InlineData("Ali Abdullah")]
    [InlineData("Sultan bin Ahmed Al Jaber")]
    public void In_English_a_name_that_only_begins_like_a_listed_figures_gets_no_state_from_it(string name) =>
        Assert.Empty(Assert.Single(Facts.Of($"The talks were held in Geneva on Monday, where Dr. {name} met the mediators.", "2025-01-20", "en").Persons).Countries);

    [Fact]
    public void In_English_a_portfolio_before_minister_makes_one_title_and_the_demonym_before_it_gives_the_state()
    {
        var facts = Facts.Of("Sultan Haitham bin Tarik received Indian External Affairs Minister Subrahmanyam Jaishankar in Muscat.", "2025-12-01", "en");
        var minister = Assert.Single(facts.Persons, p => p.Name == "Subrahmanyam Jaishankar");
        Assert.Equal(["IN"], minister.Countries);
        Assert.Equal("External Affairs Minister", Assert.Single(facts.Offices, o => o.Person == minister.Id).TitleEn);
    }

    [Theory]
    [InlineData("وقام معالي السيد بدر بن حمد البوسعيدي وزير الخارجية بنقل الرسائل بين الجانبين.", "وزير الخارجية", "OM")]
    [InlineData("وقال الناطق الرسمي باسم الحكومة الفلسطينية جمال نزال إن الحكومة ستجتمع غدا.", "الناطق الرسمي باسم الحكومة الفلسطينية", "PS")]
    [InlineData("وأكد وزير الدولة بوزارة الخارجية القطرية محمد الخليفي أن الاتصالات مستمرة.", "وزير الدولة بوزارة الخارجية القطرية", "QA")]
    public void A_post_goes_on_after_a_preposition_only_into_an_institution_and_its_nationality_gives_the_state(string text, string title, string country)
    {
        var office = Assert.Single(Facts.Of(text).Offices);
        Assert.Equal((title, country), (office.Title, office.Country));
    }

    [Fact]
    public void A_national_security_adviser_is_one_post_whether_the_security_is_national_or_of_the_nation()
    {
        var office = Assert.Single(Facts.Of("وحضر اللقاء مستشار الأمن القومي الأمريكي مايك والتز.").Offices);
        Assert.Equal(("National Security Adviser", "US"), (office.TitleEn, office.Country));
    }

    [Theory]
    [InlineData("NEW YORK (AP) — Jordan's King Abdullah II met French President Emmanuel Macron at the United Nations on Thursday. Crown Prince Hussein attended the meeting.")]
    [InlineData("AMMAN - Jordan's King Abdullah II received French President Emmanuel Macron on Sunday. The king was accompanied by Crown Prince Hussein.")]
    public void A_royal_at_a_monarchs_meeting_is_of_the_monarchs_house_and_never_of_a_republic_he_visits(string text) =>
        Assert.Equal(["JO"], Assert.Single(Facts.Of(text, "2025-09-26", "en").Persons, p => p.Name == "Hussein").Countries);

    [Theory]
    [InlineData("كما التقى سموه في وقت لاحق المبعوث الأممي إلى سوريا غير بيدرسن.")]
    [InlineData("كما التقى سموه في وقت لاحق المبعوث الأممي إلى سوريا غير بيدرسون.")]
    public void A_listed_figure_is_found_under_each_usual_arabic_spelling_though_his_given_name_spells_a_function_word(string text) =>
        Assert.Equal("Geir Pedersen", Assert.Single(Facts.Of(text).Persons).NameEn);

    [Fact]
    public void A_foreign_ministry_spokesperson_of_no_stated_state_speaks_for_the_lead_foreign_minister()
    {
        var facts = Facts.Of("نيويورك - التقى وزير الخارجية المصري بدر عبد العاطي، يوم الاثنين في نيويورك، كلاً من وزير خارجية اليونان جورجوس جيرابيتريتيس، " +
            "ووزيرة خارجية أستراليا بيني وونغ، على هامش أعمال الجمعية العامة للأمم المتحدة في نيويورك.\n" +
            "وصرح السفير تميم خلاف المتحدث الرسمي باسم وزارة الخارجية بأن اللقاءات تناولت تطورات الأوضاع في قطاع غزة.", "2025-09-23");
        Assert.Equal(["EG"], Assert.Single(facts.Persons, p => p.Name == "تميم خلاف").Countries);
    }

    [Fact]
    public void After_an_ambassadors_post_with_its_state_and_host_the_next_words_are_the_name_even_when_they_are_words()
    {
        var facts = Facts.Of("وفي سياق آخر، استقبل السوداني في بغداد السفيرة البريطانية لدى العراق عرفان صديق.");
        Assert.Equal(["GB"], Assert.Single(facts.Persons, p => p.Name == "عرفان صديق").Countries);
        // Without a state the post may go on with ordinary words: «سفير الدولة لدى المغرب مرحبا جلالته».
        Assert.DoesNotContain(Facts.Of("وقال سفير الدولة لدى المغرب مرحبا جلالته بسموه إن الزيارة تاريخية.").Persons, p => p.Name.Contains("مرحبا", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وحده الرئيس شيراك خالف الإجماع الأوروبي في تلك القمة.", "شيراك")]
    [InlineData("ورد النائب على تصريحات الرئيس طالباني مستغربا توقيتها.", "طالباني")]
    [InlineData("وأعلن الرئيس بوش حالة الطوارئ في الولاية بعد الإعصار.", "بوش")]
    [InlineData("وقال المسؤول إن الرئيس لحود رفض المقترح .", "لحود")]
    public void A_listed_figures_surname_alone_after_a_title_ends_the_name_before_an_ordinary_word(string text, string name) =>
        Assert.Contains(name, Facts.Of(text).Persons.Select(p => p.Name));

    [Fact]
    public void A_member_of_parliament_received_at_home_is_of_the_hosts_state_not_of_the_foreigners_received_before()
    {
        var facts = Facts.Of("بيروت - الوكالة الوطنية للإعلام\n\nاستقبل رئيس مجلس النواب نبيه بري في عين التينة، بعد ظهر اليوم، نائبة المبعوث الأميركي إلى الشرق الأوسط مورغان أورتاغوس، في حضور السفير الأميركي ميشال عيسى.\n\nكما استقبل بري النائب فيصل كرامي.", "2025-11-28");
        Assert.Equal(["LB"], Assert.Single(facts.Persons, p => p.Name == "فيصل كرامي").Countries);
    }

    [Theory]
    [InlineData("Iraqi Prime Minister Mohammed Shia al-Sudani on Sunday received Iranian Foreign Minister Abbas Araqchi, who said Tehran would work with the new government.", "en")]
    [InlineData("استقبل رئيس الوزراء العراقي محمد شياع السوداني اليوم وزير الخارجية الإيراني عباس عراقجي، وقالت طهران إنها ستتعاون مع الحكومة الجديدة.", "ar")]
    public void A_capital_that_is_the_subject_of_a_verb_stands_for_its_government_not_for_the_place(string text, string language) =>
        Assert.Null(Assert.Single(Facts.Of(text, "2025-11-30", language).Meetings).City);

    [Theory]
    [InlineData("استقبل رئيس حكومة إقليم كوردستان مسرور بارزاني السفير الأمريكي الجديد لدى العراق جوشوا هاريس.", "جوشوا هاريس", "Ambassador")]
    [InlineData("استقبل رئيس حكومة إقليم كوردستان مسرور بارزاني القنصل العام الأمريكي الجديد في أربيل ويندي غرين.", "ويندي غرين", "Consul General")]
    public void A_new_envoy_after_his_nationality_holds_the_post_of_that_state(string text, string name, string title)
    {
        var facts = Facts.Of(text, "2025-11-29");
        var envoy = Assert.Single(facts.Persons, p => p.Name == name);
        Assert.Equal((title, "US"), facts.Offices.Where(o => o.Person == envoy.Id).Select(o => (o.TitleEn, o.Country)).Single());
    }

    [Fact]
    public void A_senior_adviser_of_a_president_holds_that_post_not_the_presidents() =>
        Assert.Equal([("Senior Adviser", "US")], Facts.Of("التقى رئيس الوزراء كامل إدريس كبير مستشاري الرئيس الأمريكي للشؤون الأفريقية مسعد بولس.", "2025-11-30")
            .Offices.Where(o => o.TitleEn != "Prime Minister").Select(o => (o.TitleEn, o.Country)));

    [Fact]
    public void What_talks_are_about_in_a_place_leaves_them_in_the_place_of_the_visit()
    {
        var facts = Facts.Of("MANAMA — Saudi Foreign Minister Prince Faisal bin Farhan met with Iranian Foreign Minister Abbas Araghchi on the sidelines of the 21st Manama Dialogue in Bahrain on Saturday.\n\n" +
            "Prince Faisal also held talks with British Foreign Secretary Yvette Cooper on regional developments and the situation in Gaza.", "2025-11-01", "en");
        Assert.Equal(["Manama", "Manama"], facts.Meetings.Select(m => m.City));
    }

    [Theory]
    [InlineData("التقى وزير التخطيط محمد تميم، اليوم، وفدا من صندوق النقد الدولي برئاسة المدير الإقليمي جهاد أزعور.", "جهاد أزعور")]
    [InlineData("الرياض - سبأ\n\nالتقى عضو مجلس القيادة الرئاسي عبدالرحمن المحرمي، اليوم، وفدا من البنك الدولي برئاسة المدير الإقليمي لدائرة الشرق الأوسط ستيفان غيمبيرت.", "ستيفان غيمبيرت")]
    public void The_regional_director_heading_an_organisations_delegation_holds_its_post_of_no_state_wherever_the_agency_reports(string text, string name)
    {
        var facts = Facts.Of(text, "2025-11-30");
        var head = Assert.Single(facts.Persons, p => p.Name == name);
        Assert.Empty(head.Countries);
        Assert.Equal(("Regional Director", (string?)null), facts.Offices.Where(o => o.Person == head.Id).Select(o => (o.TitleEn, o.Country)).Single());
    }

    [Fact]
    public void A_holder_set_off_by_a_comma_after_his_post_keeps_an_ordinary_last_word_at_the_sentences_end() =>
        Assert.Equal(["راشيد الطالبي العلمي"], Facts.Of("وكان الضيف قد أجرى لقاء مع رئيس مجلس النواب، السيد راشيد الطالبي العلمي.").Persons.Select(p => p.Name));

    [Fact]
    public void A_surname_opening_with_waw_that_the_tagger_reads_to_the_name_is_the_names()
    {
        var facts = Facts.Of("وشارك في اللقاء وزير العدل عبد اللطيف وهبي.");
        Assert.Equal("Minister of Justice", Assert.Single(facts.Offices, o => o.Person == Assert.Single(facts.Persons, p => p.Name == "عبد اللطيف وهبي").Id).TitleEn);
        // «و» before a given name is still a second person's.
        Assert.Equal(2, Facts.Of("وشارك في اللقاء وزير العدل عبد اللطيف وهشام.").Persons.Count);
    }

    [Fact]
    public void The_subject_of_a_verb_of_saying_keeps_its_waw_and_its_final_ya() =>
        Assert.Equal(["وهبي"], Facts.Of("وقال وهبي إن القانون سيصدر قريبا.").Persons.Select(p => p.Name));

    [Fact]
    public void A_titled_name_the_rules_end_before_a_verb_is_not_cut_where_the_tagger_ends() =>
        Assert.Equal(["إسماعيل عمر جيله"], Facts.Of("وسلمه رسالة من الرئيس إسماعيل عمر جيله تتناول العلاقات الثنائية.").Persons.Select(p => p.Name));

    [Theory]
    [InlineData("ويؤكد دويسنبرغ ذلك.", "دويسنبرغ")]
    [InlineData("ويقول ستودهام ذلك صراحة.", "ستودهام")]
    [InlineData("ويرى ماسوكا ذلك ممكنا.", "ماسوكا")]
    public void A_word_no_dictionary_knows_after_a_verb_of_saying_in_the_present_is_its_speaker(string text, string name) =>
        Assert.Equal(name, Assert.Single(Facts.Of(text).Persons).Name);

    [Theory]
    [InlineData("بحث دويسنبرغ ( 66 عاما ) امس ان هناك صفقة.", "دويسنبرغ")]
    [InlineData("وأضاف أن سالا ( 33 عاما ) أصيب في الحادث.", "سالا")]
    public void The_word_before_an_age_in_brackets_is_a_name(string text, string name) =>
        Assert.Equal(name, Assert.Single(Facts.Of(text).Persons).Name);

    [Theory]
    [InlineData("وافتتح الفنان التشكيلي حسني معرضه في القاهرة.", "حسني")]
    [InlineData("وحضرت النجمة السينمائية سكارليت جوهانسون العرض الأول.", "سكارليت جوهانسون")]
    [InlineData("وقال القيادي بحماس إسماعيل رضوان إن الخلاف انتهى.", "إسماعيل رضوان")]
    public void A_word_qualifying_a_profession_before_the_name_is_not_the_names(string text, string name) =>
        Assert.Equal(name, Assert.Single(Facts.Of(text).Persons).Name);

    [Fact]
    public void A_word_of_the_dictionary_before_ould_is_no_names_start()
    {
        Assert.Equal(["سلفادور دالي"], Facts.Of("وفي بداياته ولد سلفادور دالي في إقليم كتالونيا.").Persons.Select(p => p.Name));
        Assert.Equal(["محمد ولد الغزواني"], Facts.Of("واستقبل الرئيس محمد ولد الغزواني الوفد.").Persons.Select(p => p.Name));
    }

    [Theory]
    [InlineData("وسدد البديل وليد بني ياسين بالشباك هدفا ثانيا.", "وليد بني ياسين")]
    [InlineData("وقال رئيس الوزراء الياباني شينزو آبيه في المؤتمر إن الاتفاق قريب.", "شينزو آبيه")]
    [InlineData("ونقلت الوكالة عن رائد الفضاء الروسي فينوجرادوف القول إن المهمة نجحت.", "فينوجرادوف")]
    [InlineData("وافتتح حسني معرضه في القاهرة، ويعد عمرو عمله الأشهر.", "حسني|عمرو")]
    [InlineData("وكان خالد شيخ محمد المولود في الكويت قد اعتقل عام 2003.", "خالد شيخ محمد")]
    [InlineData("وقال الكاتب غونتر غراس الحائز على جائزة نوبل إن الحرب خطأ.", "غونتر غراس")]
    [InlineData("وأصيب فارس البالغ من العمر 78 عاما بمرض في السجن.", "فارس")]
    public void A_name_ends_before_a_noun_behind_a_preposition_or_with_a_pronoun_and_before_born_aged_or_as_saying(string text, string names) =>
        Assert.Equal(names.Split('|').Order(StringComparer.Ordinal), Facts.Of(text).Persons.Select(p => p.Name).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("وتوقع أن يخوض خالد حرب طويلة مع خصومه.", "خالد")]
    [InlineData("وقال سمير حرب وزير الاتصالات إن الخطة جاهزة.", "سمير حرب")]
    [InlineData("وأكد تميم خلاف إن الوزيرين بحثا الملف.", "تميم خلاف")]
    public void After_a_given_name_an_ordinary_noun_with_its_adjective_is_no_part_of_the_name(string text, string name) =>
        Assert.Equal(name, Assert.Single(Facts.Of(text).Persons).Name);

    [Theory]
    [InlineData("وانتقد الكربولي الحكومة بشدة في مؤتمر صحفي.", "الكربولي")]
    [InlineData("واعتقلت القوات أحد حراس المشهداني صباح اليوم.", "المشهداني")]
    [InlineData("وكان النفطي قد أجرى جلسة عمل مع نظيره المصري.", "النفطي")]
    public void A_family_name_shaped_as_a_nisba_alone_after_a_verb_or_a_noun_it_possesses_is_a_person(string text, string name) =>
        Assert.Equal(name, Assert.Single(Facts.Of(text).Persons).Name);

    [Theory]
    [InlineData("ودعا الحزب إلى التخلي عن السلاح.")]
    [InlineData("وأعلن المغني البريطاني إلغاء الحفل.")]
    [InlineData("وتأهل الفريق بعد دور فرعي أول وصعد بكل الفرعي الثالث.")]
    [InlineData("وانتقد البرلماني المستقل أداء الحكومة.")]
    [InlineData("وطالب الحقوقي البارز بالإفراج عن المعتقلين.")]
    public void A_nisba_qualified_by_a_nationality_or_an_ordinal_or_a_verbal_noun_or_listed_as_a_word_is_no_family_name(string text) =>
        Assert.Empty(Facts.Of(text).Persons);

    [Fact]
    public void A_surname_that_is_also_a_given_name_does_not_run_on_into_the_word_after_it()
    {
        var person = Assert.Single(Facts.Of("استقبل رئيس مجلس الأعيان فيصل حسان اليوم السفير الياباني. وأكد حسان حرص المجلس على تعزيز العلاقات.").Persons);
        Assert.Equal(("فيصل حسان", "حسان"), (person.Name, Assert.Single(person.Aliases)));
    }

    [Theory]
    [InlineData("واستقبل الوزير الأول سيفي غريب، اليوم، وفدا من رجال الأعمال.", "سيفي غريب")]
    [InlineData("أجرى الوزير مباحثات مع وزير خارجية جمهورية غامبيا سيلا ماري دانو، الذي يزور البلاد.", "سيلا ماري دانو")]
    [InlineData("واستقبل الرئيس وزير خارجية جمهورية غامبيا سيرين مودو نجي، الذي يزور البلاد.", "سيرين مودو نجي")]
    public void After_a_post_a_given_name_shaped_like_a_verb_opens_the_name_before_words_training_never_saw(string text, string name) =>
        Assert.Contains(name, Facts.Of(text).Persons.Select(p => p.Name));

    [Fact]
    public void An_ambassadors_host_with_a_glued_preposition_closes_his_post_before_his_name()
    {
        var facts = Facts.Of("والتقى الوزير اليوم سفير دولة الكويت بعمان عبد الله بن ناصر الشمري.");
        var person = Assert.Single(facts.Persons);
        Assert.Equal(("عبد الله بن ناصر الشمري", "KW"), (person.Name, Assert.Single(facts.Offices, o => o.Person == person.Id).Country));
    }

    [Fact]
    public void A_two_word_nationality_after_a_post_is_the_posts_state_and_not_the_holders_name()
    {
        var facts = Facts.Of("واستقبل الرئيس الجنوب أفريقي سيريل رامافوزا وفدا من رجال الأعمال.");
        var person = Assert.Single(facts.Persons);
        Assert.Equal("سيريل رامافوزا", person.Name);
        var office = Assert.Single(facts.Offices, o => o.Person == person.Id);
        Assert.Equal(("President", "ZA"), (office.TitleEn, office.Country));
    }

    [Fact]
    public void A_korean_ambassadors_name_of_short_syllables_runs_on_over_one_spelt_like_a_function_word()
    {
        var facts = Facts.Of("والتقى الوزير، أمس الاثنين، السفير الكوري لي كي جونغ، وبحثا فرص زيادة الصادرات.");
        var person = Assert.Single(facts.Persons);
        Assert.Equal("لي كي جونغ", person.Name);
        var office = Assert.Single(facts.Offices, o => o.Person == person.Id);
        Assert.Equal(("Ambassador", "KR"), (office.TitleEn, office.Country));
    }

    [Fact]
    public void A_given_name_added_for_the_rules_opens_a_ministers_name() =>
        Assert.Equal(["زينة طوقان"], Facts.Of("واستقبلت وزيرة التخطيط والتعاون الدولي زينة طوقان، اليوم الثلاثاء، وفدا من البنك الدولي.").Persons.Select(p => p.Name));

    [Fact]
    public void A_word_that_can_only_be_a_name_before_bin_opens_a_name_in_english()
    {
        var facts = Facts.Of("MUSCAT — Qais bin Mohammed Al Yousef, Minister of Commerce, Industry and Investment Promotion, received the delegation on Tuesday.");
        Assert.Equal(["Qais bin Mohammed Al Yousef"], facts.Persons.Select(p => p.Name));
    }

    [Fact]
    public void A_royal_named_in_full_and_then_by_his_given_name_alone_is_one_person_in_both_meetings()
    {
        var facts = Facts.Of("Chinese Vice President Han Zheng met Bahraini Crown Prince Salman bin Hamad Al Khalifa in Beijing on Wednesday. Later in the day, Chinese Premier Li Qiang held talks with Salman at the Great Hall of the People.", "2025-11-19");
        Assert.Equal(["Han Zheng", "Li Qiang", "Salman bin Hamad Al Khalifa"], facts.Persons.Select(p => p.Name).Order(StringComparer.Ordinal));
        var salman = facts.Persons.Single(p => p.Name == "Salman bin Hamad Al Khalifa").Id;
        Assert.Equal(2, facts.Meetings.Count(m => m.Participants.Contains(salman)));
    }

    [Fact]
    public void A_bare_ambassador_before_a_name_with_a_post_after_it_is_a_courtesy_rank()
    {
        var facts = Facts.Of("The meeting was attended by Ambassador Dr Mohammed Abdulrahman Alhaddad, Undersecretary for Political Affairs at the Foreign Ministry.");
        Assert.Equal(["Undersecretary for Political Affairs"], facts.Offices.Select(o => o.TitleEn));
    }

    [Theory]
    [InlineData("وأجرى الوزير مباحثات مع المفوض السامي للأمم المتحدة لحقوق الإنسان فولكر تورك، وبحثا أوضاع المدنيين.", "فولكر تورك", "UN High Commissioner for Human Rights")]
    [InlineData("والتقى الوزير المفوض السامي لشؤون اللاجئين فيليبو غراندي.", "فيليبو غراندي", "High Commissioner for Refugees")]
    [InlineData("وأجرى الوزير مباحثات مع المفوض السامي لحقوق الإنسان فولكر تورك في جنيف.", "فولكر تورك", "High Commissioner for Human Rights")]
    public void A_un_high_commissioners_field_is_his_title_and_a_surname_shaped_like_a_verb_is_his_name(string text, string name, string title)
    {
        var facts = Facts.Of(text);
        var person = Assert.Single(facts.Persons);
        Assert.Equal(name, person.Name);
        var office = Assert.Single(facts.Offices, o => o.Person == person.Id);
        Assert.Equal((title, (string?)null), (office.TitleEn, office.Country));
    }

    [Fact]
    public void The_words_between_a_results_lines_dash_and_a_state_are_the_competitors_name()
    {
        var results = Facts.Of("وجاءت نتائج المرحلة كالتالي:\n1 - سوسا إسبانيا ميتسوبيشي 40 دقيقة\n2 - ماسوكا اليابان ميتسوبيشي 41 دقيقة\n3 - استيف بوجول إسبانيا 42 دقيقة");
        Assert.Equal(["استيف بوجول", "سوسا", "ماسوكا"], results.Persons.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Empty(Facts.Of("وجرى اللقاء - بمشاركة مصر والأردن - في القاهرة.").Persons);
    }

    [Fact]
    public void The_words_between_a_results_lines_state_and_the_time_are_the_competitors_make_and_no_person()
    {
        var results = Facts.Of("وجاءت نتائج المرحلة كالتالي:\n1 - ستيفان بيترانسيل فرنسا ميني كوبر 41د 20ث\n2 - كارلوس ساينز إسبانيا ميتسوبيشي لانسر 42د 5ث\n3 - ناصر العطية قطر سوزوكي جيمني 43د 2ث");
        Assert.Equal(["ستيفان بيترانسيل", "كارلوس ساينز", "ناصر العطية"], results.Persons.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unknown_word_before_ala_and_a_named_nationals_name_is_the_winners()
    {
        Assert.Equal(["أوجورودف", "ناصر غانم"], Facts.Of("ومن نتائج الدور الثاني: أوجورودف على القطري ناصر غانم 6 / 2 و6 / 3.").Persons.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["رافاييل نادال"], Facts.Of("وتفوق اللاعب على الإسباني رافاييل نادال في المباراة.").Persons.Select(p => p.Name));
    }

    [Theory]
    [InlineData("وشارك في الدورة لاعبون من الكويت ( 12 عاما ) فقط.")]
    [InlineData("ويقول مراقبون إن الحل قريب.")]
    public void An_age_after_a_state_or_a_verb_of_saying_before_an_ordinary_word_names_no_one(string text) =>
        Assert.Empty(Facts.Of(text).Persons);

    [Theory]
    [InlineData("وقالت شارلوت مطر إن الوضع خطير.", "شارلوت مطر")]
    [InlineData("ودعت جوديث نصر إلى الهدوء.", "جوديث نصر")]
    [InlineData("وأعلنت بيفرلي حداد استقالتها.", "بيفرلي حداد")]
    public void A_western_given_name_before_a_surname_that_is_also_a_word_opens_the_name(string text, string name) =>
        Assert.Equal(name, Assert.Single(Facts.Of(text).Persons).Name);

    [Theory]
    [InlineData("ماكرون يهاتف بن سلمان ويبحثان التطورات في المنطقة", "بن سلمان|ماكرون")]
    [InlineData("أردوغان يهاتف بوتين ويبحثان الأزمة", "أردوغان|بوتين")]
    [InlineData("الشرع يهنئ ترامب بفوزه في الانتخابات", "الشرع|ترامب")]
    [InlineData("بايدن يهاتف بن زايد ويبحثان الأوضاع في المنطقة", "بايدن|بن زايد")]
    [InlineData("شولتس يهاتف بن سلمان ويناقشان أسعار النفط", "بن سلمان|شولتس")]
    public void A_headlines_verb_between_names_is_no_part_of_either(string headline, string names) =>
        Assert.Equal(names.Split('|'), Facts.Of(headline).Persons.Select(p => p.Name).Order());

    [Theory]
    [InlineData("ميقاتي يلتقي هوكشتاين في بيروت", "ميقاتي|هوكشتاين", "Beirut")]
    [InlineData("السيسي وبن زايد يبحثان في القاهرة العلاقات الثنائية", "السيسي|بن زايد", "Cairo")]
    public void A_listed_figures_surname_that_is_also_a_word_opening_a_headline_before_its_verb_is_the_figure(string headline, string names, string city)
    {
        var facts = Facts.Of(headline);
        Assert.Equal(names.Split('|').Order(), facts.Persons.Select(p => p.Name).Order());
        Assert.Equal(city, Assert.Single(facts.Meetings).City);
    }

    [Theory]
    [InlineData("لقاء يجمع السيسي وعبدالله الثاني في العقبة", "السيسي", "EG")]
    [InlineData("قاليباف يصل إلى بيروت ويلتقي بري", "بري", "LB")]
    public void A_listed_figures_surname_that_is_also_a_word_after_a_meetings_verb_or_beside_a_name_is_the_figure(string text, string name, string state)
    {
        var facts = Facts.Of(text);
        Assert.Equal([state], Assert.Single(facts.Persons, p => p.Name == name).Countries);
        Assert.Equal(2, Assert.Single(facts.Meetings).Participants.Count);
    }

    [Fact]
    public void A_listed_figures_surname_that_is_also_a_word_opening_a_sentence_before_no_verb_is_the_word() =>
        Assert.Empty(Facts.Of("عون المحتاجين واجب على الجميع").Persons);

    [Fact]
    public void A_given_name_does_not_take_a_verb_the_dictionary_lacks_as_its_surname() =>
        Assert.Equal("عباس", Assert.Single(Facts.Of("عباس يهاتف أمير قطر").Persons).Name);

    [Theory]
    [InlineData("بن فرحان يبحث مع روبيو هاتفيا تطورات المنطقة", "بن فرحان", "SA")]
    [InlineData("وقال بن زايد إن العلاقات بين البلدين متينة.", "بن زايد", "AE")]
    [InlineData("بوتين يستقبل الشرع في الكرملين", "الشرع", "SY")] // Ahmed and Farouk al-Sharaa
    [InlineData("عون يستقبل أورتاغوس في بعبدا", "عون", "LB")] // Michel and Joseph Aoun
    public void A_lineage_or_surname_alone_serves_the_state_of_the_listed_figures_whose_names_end_with_it(string text, string name, string state) =>
        Assert.Equal([state], Assert.Single(Facts.Of(text).Persons, p => p.Name == name).Countries);

    [Theory]
    [InlineData("Aoun meets Ortagus in Baalbek", "Aoun", "LB")] // Michel and Joseph Aoun
    [InlineData("Bush met Blair at Camp David.", "Bush", "US")] // George H. W. and George W. Bush
    public void In_English_a_surname_listed_figures_share_names_a_person_of_their_state(string text, string name, string state) =>
        Assert.Equal([state], Assert.Single(Facts.Of(text, "2025-05-01", "en").Persons, p => p.Name == name).Countries);

    [Fact]
    public void In_English_a_shared_surname_after_one_bearers_full_name_is_that_person() =>
        Assert.Equal(["Joseph Aoun", "Morgan Ortagus"], Facts.Of("Lebanese President Joseph Aoun met US envoy Morgan Ortagus in Baabda on Monday. Aoun said the talks were constructive.", "2025-05-01", "en").Persons.Select(p => p.Name));

    [Fact]
    public void A_given_name_that_spells_a_place_only_with_a_proclitic_is_the_name()
    {
        // «كلاوس» reads as «ك» («like») and «لاوس» (Laos) too.
        var facts = Facts.Of("وقال رئيس البلدية كلاوس هارتمان إن المدينة تستعد لاستقبال المهرجان.");
        Assert.Equal("كلاوس هارتمان", Assert.Single(facts.Persons).Name);
        Assert.Empty(facts.Countries);
    }

    [Theory]
    [InlineData("وحضر الحفل الأمير مولاي رشيد شقيق العاهل المغربي.", "مولاي رشيد")]
    [InlineData("واستقبل الرئيس الأمير فيصل بن سلمان نجل العاهل السعودي.", "فيصل بن سلمان")]
    public void A_kinship_word_after_a_name_ends_it(string text, string name) =>
        Assert.Contains(name, Facts.Of(text).Persons.Select(p => p.Name));

    [Fact]
    public void The_kin_of_a_leader_of_a_stated_nation_shares_his_state() =>
        Assert.Equal(["MA"], Assert.Single(Facts.Of("وحضر الحفل الأمير مولاي رشيد شقيق العاهل المغربي.").Persons).Countries);

    [Theory]
    [InlineData("وقال كوفالسكي إن المفاوضات ستستأنف الأسبوع المقبل.", "كوفالسكي")]
    [InlineData("وأضاف غرينبرغ أن الوفد سيعود إلى واشنطن.", "غرينبرغ")]
    [InlineData("وقالت الوزارة إن المفاوضات ستستأنف.", null)]
    [InlineData("وقال مصدر دبلوماسي إن المفاوضات ستستأنف.", null)]
    [InlineData("وحذر بارتوشيفسكي من عواقب القرار على المنطقة.", "بارتوشيفسكي")]
    [InlineData("كما انتقد ماكوفسكي قرار الحكومة.", "ماكوفسكي")]
    [InlineData("ووقع الطرفان الاتفاقية في القاهرة.", null)]
    public void A_word_no_dictionary_knows_right_after_a_verb_of_saying_or_an_opening_verb_is_its_subject(string text, string? name) =>
        Assert.Equal(name is null ? [] : [name], Facts.Of(text).Persons.Select(p => p.Name));

    [Fact]
    public void After_an_honorific_a_title_word_before_a_lineage_is_the_given_name()
    {
        var facts = Facts.Of("استقبل رئيس مجلس الأمة في مكتبه اليوم سفير المملكة العربية السعودية لدى البلاد الأمير سلطان بن سعد بن خالد آل سعود.");
        var envoy = Assert.Single(facts.Persons);
        Assert.Equal(("سلطان بن سعد بن خالد آل سعود", "SA"), (envoy.Name, Assert.Single(envoy.Countries)));
    }

    [Theory]
    [InlineData("الكويت - كونا\nاستقبل رئيس مجلس الأمة أحمد عبدالعزيز السعدون في مكتبه اليوم سفير اليابان لدى البلاد موكاي كينئيتشي.", "أحمد عبدالعزيز السعدون", "KW")]
    [InlineData("الكويت - كونا\nاستقبل محافظ العاصمة الشيخ عبدالله سالم العلي في مكتبه اليوم سفير اليابان لدى البلاد موكاي كينئيتشي.", "عبدالله سالم العلي", "KW")]
    public void A_speaker_or_governor_who_receives_a_foreigner_at_home_is_of_the_home_state(string text, string name, string state) =>
        Assert.Equal([state], Assert.Single(Facts.Of(text, "2025-06-03").Persons, p => p.Name == name).Countries);

    [Theory]
    [InlineData("التقى رئيس هيئة الأركان المشتركة اللواء الركن يوسف الحنيطي في عمان اليوم قائد القوات البرية الفرنسية.", "يوسف الحنيطي", "Chairman of the Joint Chiefs of Staff")]
    [InlineData("واستقبل رئيس أركان حرب القوات المسلحة الفريق أحمد خليفة قائد القيادة المركزية.", "أحمد خليفة", "Chief of Staff of the Armed Forces")]
    [InlineData("والتقى رئيس المخابرات العامة اللواء حسن رشاد الوفد في القاهرة.", "حسن رشاد", "Director of General Intelligence")]
    public void The_armys_and_intelligence_chiefs_posts_have_their_english_names(string text, string name, string english)
    {
        var facts = Facts.Of(text);
        var person = Assert.Single(facts.Persons, p => p.Name == name);
        Assert.Equal(english, Assert.Single(facts.Offices, o => o.Person == person.Id).TitleEn);
    }

    [Fact]
    public void An_adjective_of_a_post_goes_before_its_noun_in_english() =>
        Assert.Equal("Spokesperson of Armed Forces", Assert.Single(Facts.Of("وقال الناطق الرسمي باسم القوات المسلحة العقيد أحمد علي إن الوضع مستقر.").Offices).TitleEn);

    [Fact]
    public void A_rank_with_a_nationality_of_its_own_after_a_post_is_the_next_persons()
    {
        var facts = Facts.Of("واستقبل الرئيس السوداني في الخرطوم أمس السفير الأمريكي جون غودفري.");
        var envoy = Assert.Single(facts.Persons);
        Assert.Equal(["US"], envoy.Countries);
        Assert.Equal("Ambassador", Assert.Single(facts.Offices).TitleEn);
        var direct = Facts.Of("واستقبل الرئيس السوداني السفيرة الأمريكية ألينا رومانوسكي.");
        Assert.Equal(["US"], Assert.Single(direct.Persons).Countries);
    }

    [Theory]
    [InlineData("استقبل أمير البلاد سفير جمهورية الصين الشعبية لدى الكويت تشانغ جيانوي بمناسبة انتهاء فترة عمله.", "تشانغ جيانوي", "سفير جمهورية الصين الشعبية لدى الكويت")]
    [InlineData("التقى الوزير سفير جمهورية الكونغو الديمقراطية لدى مصر جان بيير موكامبا.", "جان بيير موكامبا", "سفير جمهورية الكونغو الديمقراطية لدى مصر")]
    [InlineData("واستقبل ولي العهد اليوم سفير دولة قطر لدى البلاد الشيخ سعود بن عبدالرحمن آل ثاني.", "سعود بن عبدالرحمن آل ثاني", "سفير دولة قطر لدى البلاد")]
    public void A_states_official_name_with_its_adjectives_is_the_states_not_a_name(string text, string name, string title)
    {
        var facts = Facts.Of(text);
        var person = Assert.Single(facts.Persons, p => p.Name == name);
        var office = Assert.Single(facts.Offices, o => o.Person == person.Id);
        Assert.Equal(title, office.Title);
        Assert.Equal(office.Country, Assert.Single(person.Countries));
    }

    [Theory]
    [InlineData("وقالت صحيفة جون أفريك إن الرئيس سيزور باريس.")]
    [InlineData("وأعلنت شركة جنرال موتورز أرباحها أمس.")]
    [InlineData("وتبرعت مؤسسة محمد بن راشد ببناء مدرسة جديدة.")]
    [InlineData("وفاز فريق مانشستر يونايتد على ضيفه.")]
    public void A_name_after_an_institution_word_names_the_institution(string text) =>
        Assert.Empty(Facts.Of(text).Persons);

    [Theory]
    [InlineData("وتغلب أولمبيك خريبكة على ضيفه بهدفين أمس.")]
    [InlineData("ونقلت نيويورك تايمز عن مسؤولين قولهم إن المحادثات تعثرت.")]
    [InlineData("وقال ماكس فيرستابن سائق ريد بول ريسينغ إن السباق كان صعبا.", "ماكس فيرستابن")]
    [InlineData("وقال أحمد سعيد لجوردان تايمز إن الفريق فاز.", "أحمد سعيد")]
    public void A_name_that_carries_an_organisations_word_names_the_organisation(string text, params string[] persons) =>
        Assert.Equal(persons, Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وحذر الرئيس الروسي فلاديمير بوتين الشركات التي لا تحترم تراخيصها.", "فلاديمير بوتين")]
    [InlineData("وهنأ رئيس النادي خالد عبد الرحيم بفوز الفريق بالكأس.", "خالد عبد الرحيم")]
    [InlineData("وقال المتحدث الرسمي تميم خلاف إن الوزير سيصل غدا.", "تميم خلاف")]
    public void A_name_does_not_end_on_a_word_training_saw_only_outside_names_yet_keeps_a_surname_that_is_a_word(string text, string name) =>
        Assert.Equal([name], Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وأحيا اللبنانيون ذكرى اغتيال الرئيس الشهيد رفيق الحريري.", "رفيق الحريري")]
    [InlineData("وقال الرئيس الراحل ياسر عرفات إن السلام ممكن.", "ياسر عرفات")]
    public void What_is_said_of_the_dead_is_not_part_of_the_name(string text, string name) =>
        Assert.Equal([name], Facts.Of(text).Persons.Select(p => p.Name));

    [Fact]
    public void A_profession_with_a_nationality_gives_the_person_a_country_and_no_office()
    {
        var facts = Facts.Of("وقال الصحفي الأمريكي توماس فريدمان إن الحرب ستطول.");
        var person = Assert.Single(facts.Persons);
        Assert.Equal("توماس فريدمان", person.Name);
        Assert.Equal(["US"], person.Countries);
        Assert.Empty(facts.Offices);
    }

    [Fact]
    public void A_listed_figure_whose_surname_is_a_demonym_keeps_it_and_gives_no_country()
    {
        var facts = Facts.Of("وصل رئيس الوزراء العراقي محمد شياع السوداني إلى طهران في زيارة رسمية.");
        Assert.Equal("محمد شياع السوداني", Assert.Single(facts.Persons).Name);
        Assert.DoesNotContain("SD", facts.Countries);
    }

    [Fact]
    public void In_English_a_listed_figures_name_needs_no_title_and_the_meeting_is_found()
    {
        var facts = Facts.Of("Jordanian Foreign Minister Ayman Safadi met Badr Abdelatty in Amman on Monday.", "2025-01-01", "en");
        Assert.Equal(["Ayman Safadi", "Badr Abdelatty"], facts.Persons.Select(p => p.Name));
        Assert.Equal(["EG"], facts.Persons[1].Countries);
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(("Amman", "2024-12-30"), (meeting.City, meeting.Date?.ToString()));
    }

    [Theory]
    [InlineData("Jordanian Foreign Minister Ayman Safadi met his Omani counterpart Sayyid Badr Hamad Albusaidi in Muscat.", "Badr Hamad Albusaidi", "OM")]
    [InlineData("Egyptian President Abdel Fattah el-Sisi received his Cypriot counterpart Nikos Christodoulides in Cairo.", "Nikos Christodoulides", "CY")]
    public void In_English_a_counterpart_is_named_next_and_the_demonym_before_it_is_theirs(string text, string name, string country)
    {
        var facts = Facts.Of(text, "2025-01-01", "en");
        var counterpart = facts.Persons.Single(p => p.Name == name);
        Assert.Equal([country], counterpart.Countries);
        Assert.Contains(counterpart.Id, Assert.Single(facts.Meetings).Participants);
    }

    [Fact]
    public void A_woman_minister_is_found_with_her_office_and_the_meeting()
    {
        var facts = Facts.Of("استقبل الرئيس التونسي قيس سعيد بقصر قرطاج وزيرة الخارجية الليبية نجلاء المنقوش.");
        Assert.Equal(["قيس سعيد", "نجلاء المنقوش"], facts.Persons.Select(p => p.Name));
        Assert.Contains(facts.Offices, o => o.Title == "وزيرة الخارجية" && o.Country == "LY");
        Assert.Equal(2, Assert.Single(facts.Meetings).Participants.Count);
    }

    [Theory]
    [InlineData("وأكد المتحدث طاهر النونو أن الوفد سيعود إلى القاهرة.", "طاهر النونو", "Taher Al-Nounou")]
    [InlineData("وأوضح الخبير مدحت نافع أن الأسعار سترتفع.", "مدحت نافع", "Medhat Nafa")]
    [InlineData("وقال قصي الخولي إن المبادرة لم تنجح.", "قصي الخولي", "Qusay Al-Khouli")]
    [InlineData("وأضاف مجتبى أماني أن طهران ترحب بالحوار.", "مجتبى أماني", "Mojtaba Amani")]
    [InlineData("قال الكاتب طلعت رميح إن الحكومة أخطأت في تقدير الموقف.", "طلعت رميح", "Talaat Ramih")]
    public void A_common_given_name_opens_a_name_and_has_its_usual_English_spelling(string text, string name, string english)
    {
        var person = Assert.Single(Facts.Of(text).Persons, p => p.Name.Contains(name.Split(' ')[^1], StringComparison.Ordinal));
        Assert.Equal(name, person.Name);
        Assert.Equal(english, person.NameEn);
    }

    [Fact]
    public void An_article_with_tatweel_dashes_is_extracted_and_its_names_found()
    {
        var facts = Facts.Of("الخرطوم ـ أكد وزير الخارجية السوداني علي الصادق ـ في تصريحات أمس ـ أن السودان يقبل بالتسوية.");
        Assert.Equal("علي الصادق", Assert.Single(facts.Persons).Name);
        Assert.Equal(("وزير الخارجية", "SD"), (Assert.Single(facts.Offices).Title, Assert.Single(facts.Offices).Country));
    }

    [Fact]
    public void A_compound_surname_is_mentioned_whole_and_the_divine_name_alone_is_nobody()
    {
        var person = Assert.Single(Facts.Of("والتقى الرئيس محمد فضل الله بالوفد، وقال فضل الله إن اللقاء مثمر، وتوكلنا على الله.").Persons);
        Assert.Equal(("محمد فضل الله", "Mohammed Fadlallah"), (person.Name, person.NameEn));
        Assert.Equal(["فضل الله"], person.Aliases);
    }

    [Theory]
    [InlineData("التقى الملك عبد الله الثاني الرئيس المصري عبد الفتاح السيسي في العقبة.", "عبد الله الثاني")]
    [InlineData("استقبل العاهل الأردني الملك عبدالله الثاني في عمان الرئيس المصري عبد الفتاح السيسي.", "عبدالله الثاني")]
    public void A_kings_regnal_number_is_part_of_his_name_however_the_given_name_is_spaced(string text, string name)
    {
        var facts = Facts.Of(text);
        var king = facts.Persons.Single(p => p.Countries.SequenceEqual(["JO"]));
        Assert.Equal((name, "Abdullah II"), (king.Name, king.NameEn));
        Assert.Contains(king.Id, Assert.Single(facts.Meetings).Participants);
    }

    [Theory]
    [InlineData("استقبل الرئيس اللبناني جوزاف عون البابا لاون الرابع عشر في قصر بعبدا أمس الأحد.", "لاون الرابع عشر", "Leo XIV", "ar")]
    [InlineData("التقى الرئيس المصري عبد الفتاح السيسي البابا تواضروس الثاني في القاهرة.", "تواضروس الثاني", "Tawadros II", "ar")]
    [InlineData("Turkish President Recep Tayyip Erdogan received Pope Leo XIV in Ankara on Thursday.", "Leo XIV", "Leo XIV", "en")]
    public void A_pope_is_named_with_his_number_holds_no_state_and_meets_his_host(string text, string name, string english, string language)
    {
        var facts = Facts.Of(text, "2025-12-01", language);
        var pope = facts.Persons.Single(p => p.Name == name);
        Assert.Equal(english, pope.NameEn);
        Assert.Empty(pope.Countries);
        Assert.Contains(facts.Offices, o => o.Person == pope.Id && o.TitleEn == "Pope" && o.Country is null);
        Assert.Contains(pope.Id, Assert.Single(facts.Meetings).Participants);
    }

    [Theory]
    [InlineData("التقى ماكرون بن سلمان في الرياض.", "ماكرون", "بن سلمان")]
    [InlineData("واستقبل بايدن بن زايد في البيت الأبيض.", "بايدن", "بن زايد")]
    public void A_foreign_figures_surname_before_bin_is_one_person_and_the_lineage_another(string text, string figure, string lineage)
    {
        var facts = Facts.Of(text);
        Assert.Equal(new[] { figure, lineage }.Order(StringComparer.Ordinal), facts.Persons.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(2, Assert.Single(facts.Meetings).Participants.Count);
    }

    [Fact]
    public void A_listed_public_figures_full_name_is_a_name_with_no_title_before_it()
    {
        var person = Assert.Single(Facts.Of("وقالت أورسولا فون دير لاين إن الاتحاد سيدعم لبنان، وأضافت فون دير لاين أن الدعم مستمر.").Persons);
        Assert.Equal("أورسولا فون دير لاين", person.Name);
        Assert.Equal("Ursula von der Leyen", person.NameEn);
        Assert.Contains("فون دير لاين", person.Aliases);
    }

    [Theory]
    [InlineData("وأكدت فون دير لاين أن الاتحاد سيدعم لبنان.", "فون دير لاين")]
    [InlineData("وقال دي ميستورا إن المحادثات مستمرة.", "دي ميستورا")]
    public void A_European_surname_keeps_its_particles(string text, string name) =>
        Assert.Equal([name], Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وقال كورت لنا التفاصيل فيما بعد.", "كورت")]
    [InlineData("ورأى جوزيه لإيقاف خطورتهم المتناهية ضرورة.", "جوزيه")]
    [InlineData("وقال أحمد سعيد إن الفريق فاز.", "أحمد سعيد")]
    public void A_name_that_opens_with_a_given_name_ends_before_ordinary_words(string text, string name) =>
        Assert.Equal([name], Facts.Of(text).Persons.Select(p => p.Name));

    [Fact]
    public void A_lineage_word_after_and_opens_the_next_name() =>
        Assert.Equal(["عمرو موسى", "بن عيسى"], Facts.Of("والتقى عمرو موسى وبن عيسى في الدوحة.").Persons.Select(p => p.Name));

    [Theory]
    [InlineData("ووصف ساركوزي الاجتماع بأنه مثمر.")]
    [InlineData("وقال مصدر مقرب لساركوزي إن الزيارة ستتم.")]
    public void A_public_figures_surname_that_is_no_word_names_the_figure(string text)
    {
        var person = Assert.Single(Facts.Of(text).Persons);
        Assert.Equal("ساركوزي", person.Name);
        Assert.Equal("Sarkozy", person.NameEn);
    }

    [Fact]
    public void A_public_figures_surname_that_is_also_a_word_is_left_to_the_tagger() =>
        Assert.Empty(Facts.Of("وطلب الجيش عون الأهالي في البحث عن المفقودين.").Persons);

    [Theory]
    [InlineData("وأكد أيمن الصفدي أهمية التعاون.", "ar", "JO")]
    [InlineData("وقال ساركوزي إن الاتفاق مهم.", "ar", "FR")]
    [InlineData("Officials said Ayman Safadi will travel on Monday.", "en", "JO")]
    public void A_public_figure_the_text_gives_no_state_serves_the_state_the_gazetteer_knows(string text, string language, string state) =>
        Assert.Equal([state], Assert.Single(Facts.Of(text, "2025-01-01", language).Persons).Countries);

    [Theory]
    [InlineData("وقال النائب محمد الصفدي إن الحكومة ستجتمع غدا. وأضاف الصفدي أن الأزمة طويلة.", "ar")]
    [InlineData("Lawmaker Mohammad Safadi said the cabinet would meet. Safadi added that the crisis was long.", "en")]
    public void Another_person_with_a_public_figures_surname_does_not_take_the_figures_state(string text, string language) =>
        Assert.Empty(Assert.Single(Facts.Of(text, "2025-01-01", language).Persons).Countries);

    [Theory]
    [InlineData("التقى رئيس مجلس السيادة الانتقالي السوداني عبد الفتاح البرهان في بورتسودان المبعوث الأممي رمطان لعمامرة.", "ar", "رمطان لعمامرة")]
    [InlineData("UN envoy Geir Pedersen met Syrian President Ahmed al-Sharaa in Damascus.", "en", "Geir Pedersen")]
    public void A_United_Nations_envoy_serves_no_state(string text, string language, string envoy)
    {
        var facts = Facts.Of(text, "2025-06-15", language);
        var person = facts.Persons.Single(p => p.Name == envoy);
        Assert.Empty(person.Countries);
        Assert.Null(facts.Offices.Single(o => o.Person == person.Id).Country);
    }

    [Fact]
    public void A_public_figures_office_without_a_stated_state_is_of_the_figures_state()
    {
        var facts = Facts.Of("واستقبل الملك سلمان بن عبدالعزيز في قصر اليمامة وفدا رسميا.");
        Assert.Equal("SA", Assert.Single(facts.Offices).Country);
    }

    [Fact]
    public void A_public_figure_in_a_post_of_an_organisation_stays_without_a_state()
    {
        var facts = Facts.Of("وقال الأمين العام لجامعة الدول العربية أحمد أبو الغيط إن القمة ستعقد في موعدها.");
        Assert.Empty(Assert.Single(facts.Persons).Countries);
        Assert.Null(Assert.Single(facts.Offices).Country);
    }

    [Theory]
    [InlineData("وكان خالد الحربي يشغل منصب وزير المالية حتى العام الماضي.", "خالد الحربي", "وزير المالية")]
    [InlineData("وتولى سامي النعيمي منصب رئيس الوزراء في عام 2010.", "سامي النعيمي", "رئيس الوزراء")]
    public void A_post_someone_is_said_to_hold_is_theirs(string text, string name, string title)
    {
        var facts = Facts.Of(text);
        var person = Assert.Single(facts.Persons);
        Assert.Equal(name, person.Name);
        Assert.Equal((person.Id, title), Assert.Single(facts.Offices.Select(o => (o.Person, o.Title))));
    }

    [Fact]
    public void A_title_merely_near_a_person_is_not_theirs() =>
        Assert.Empty(Facts.Of("وقال خالد الحربي إن وزير المالية سيزور الرياض.").Offices);

    [Theory]
    [InlineData("التقى وزير الخارجية والهجرة وشؤون المصريين بالخارج الدكتور بدر عبد العاطي نظيره الأردني.")]
    [InlineData("التقى وزير الخارجية والهجرة وشؤون المصريين بالخارج بدر عبد العاطي نظيره الأردني.")]
    public void A_ministry_of_its_own_nationals_affairs_is_one_title_that_names_its_state(string text)
    {
        var facts = Facts.Of(text);
        Assert.Equal("بدر عبد العاطي", Assert.Single(facts.Persons).Name);
        var office = Assert.Single(facts.Offices);
        Assert.Equal(("وزير الخارجية والهجرة وشؤون المصريين بالخارج", "EG"), (office.Title, office.Country));
    }

    [Theory]
    [InlineData("التقى رئيس مجلس السيادة الانتقالي السوداني الفريق أول ركن عبد الفتاح البرهان المبعوث.")]
    [InlineData("التقى رئيس مجلس السيادة الانتقالي عبد الفتاح البرهان المبعوث.")]
    public void An_adjective_and_a_nationality_between_a_post_and_the_name_keep_the_post(string text)
    {
        var office = Assert.Single(Facts.Of(text).Offices);
        Assert.Equal(("رئيس مجلس السيادة", "SD"), (office.Title, office.Country));
    }

    [Theory]
    [InlineData("وقال مدير إدارة التعاون الدولي في وزارة الخارجية القطرية فلاح الدوسري إن الوضع جيد.", "International Cooperation")]
    [InlineData("وقال وزير الدفاع الوطني الجزائري محمد عبد الله إن الجيش جاهز.", "National Defense")]
    public void An_adjective_after_its_noun_in_Arabic_comes_before_it_in_the_English_title(string text, string words) =>
        Assert.Contains(words, Assert.Single(Facts.Of(text).Offices).TitleEn);

    [Theory]
    [InlineData("وحضر المقابلة وكيل وزارة الخارجية للشؤون السياسية خليفة الحارثي.", "Undersecretary of the Ministry of Foreign Affairs for Political Affairs")]
    [InlineData("وقال مساعد وزير الخارجية للشؤون العربية خليفة الحارثي إن الوضع جيد.", "Assistant Minister of Foreign Affairs for Arab Affairs")]
    public void The_affairs_a_post_is_for_follow_its_complement_in_English(string text, string titleEn) =>
        Assert.Equal(titleEn, Assert.Single(Facts.Of(text).Offices).TitleEn);

    [Theory]
    [InlineData("التقت وزيرة الدولة للتعاون الدولي الإماراتية ريم الهاشمي في أبوظبي وزير الخارجية الأردني أيمن الصفدي.",
        "وزيرة الدولة للتعاون الدولي", "Minister of State for International Cooperation", "AE")]
    [InlineData("والتقى وزير الدولة للشؤون الخارجية السعودي عادل الجبير في الرياض نظيره.",
        "وزير الدولة للشؤون الخارجية", "Minister of State for Foreign Affairs", "SA")]
    [InlineData("وقال المتحدث باسم الرئاسة المصرية أحمد فهمي إن الرئيس استقبل الوفد.", "المتحدث باسم الرئاسة المصرية", "Spokesperson of Presidency", "EG")]
    public void A_nationality_after_a_posts_complement_is_the_complements_only_when_its_gender_agrees(string text, string title, string titleEn, string country)
    {
        var office = Facts.Of(text).Offices.First();
        Assert.Equal((title, titleEn, country), (office.Title, office.TitleEn, office.Country));
    }

    [Fact]
    public void A_post_right_after_a_name_with_no_name_after_it_is_that_persons()
    {
        var facts = Facts.Of("استقبل حضرة صاحب السمو الشيخ مشعل الأحمد الجابر الصباح أمير البلاد حفظه الله ورعاه بقصر بيان صباح اليوم سمو الشيخ صباح خالد الحمد الصباح ولي العهد.");
        Assert.Equal(["أمير البلاد", "ولي العهد"], facts.Offices.Select(o => o.Title));
        Assert.Equal(facts.Persons.Select(p => p.Id), facts.Offices.Select(o => o.Person));
        Assert.Equal("KW", facts.Offices[0].Country);
    }

    [Theory]
    [InlineData("تلقى السلطان رسالة خطية من فخامة الرئيس قاسم جومارت توكاييف رئيس جمهورية كازاخستان.", "قاسم جومارت توكاييف", "KZ")]
    [InlineData("تلقى السلطان رسالة خطية من شوكت ميرضيائيف رئيس جمهورية أوزبكستان.", "شوكت ميرضيائيف", "UZ")]
    public void A_post_naming_its_state_right_after_a_name_is_that_persons(string text, string name, string state)
    {
        var facts = Facts.Of(text);
        var person = Assert.Single(facts.Persons, p => p.Name == name);
        Assert.Equal([state], person.Countries);
        Assert.Equal(state, Assert.Single(facts.Offices, o => o.Person == person.Id).Country);
    }

    [Theory]
    [InlineData("وحضر الاستقبال القائم بالأعمال في سفارة الولايات المتحدة لدى المملكة أليسون ديلوورث.", "أليسون ديلوورث", "US")]
    [InlineData("وحضر اللقاء القائم بالأعمال بسفارة مصر لدى لبنان أحمد فهمي.", "أحمد فهمي", "EG")]
    public void The_embassy_a_post_is_in_belongs_to_the_post_and_gives_its_state(string text, string name, string state)
    {
        var facts = Facts.Of(text);
        var person = Assert.Single(facts.Persons, p => p.Name == name);
        Assert.Equal(state, Assert.Single(facts.Offices, o => o.Person == person.Id).Country);
    }

    [Theory]
    [InlineData("سلّم رسالة خطية من خادم الحرمين الشريفين الملك سلمان بن عبد العزيز إلى المرشد.", "سلمان بن عبد العزيز", "SA")]
    [InlineData("وجاءت الأولويات إثر الزيارات الميدانية التي قام بها جلالة الملك عبد الله الثاني في المحافظات.", "عبد الله الثاني", "JO")]
    public void A_listed_figure_is_known_whether_abd_is_written_apart_or_joined(string text, string name, string state) =>
        Assert.Equal([state], Assert.Single(Facts.Of(text).Persons, p => p.Name == name).Countries);

    [Fact]
    public void The_chief_of_the_general_staff_is_one_post_and_the_name_after_his_rank_holds_it()
    {
        var facts = Facts.Of("والتقى الأمير خالد خلال الزيارة رئيس الأركان العامة للقوات المسلحة الإيرانية اللواء محمد باقري.");
        var bagheri = Assert.Single(facts.Persons, p => p.Name == "محمد باقري");
        var office = Assert.Single(facts.Offices);
        Assert.Equal((bagheri.Id, "IR"), (office.Person, office.Country));
        Assert.StartsWith("Chief of the General Staff", office.TitleEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_senator_holds_an_office_and_his_surnames_particle_stays_in_his_name()
    {
        var facts = Facts.Of("استقبل الرئيس محمود عباس اليوم في رام الله وفداً من الكونغرس الأميركي برئاسة السيناتور كريس فان هولين.", "2025-06-03");
        var senator = Assert.Single(facts.Persons, p => p.Name == "كريس فان هولين");
        Assert.Equal("Senator", Assert.Single(facts.Offices, o => o.Person == senator.Id).TitleEn);
    }

    [Fact]
    public void The_second_of_two_counterparts_named_by_his_nationality_holds_the_same_post()
    {
        var facts = Facts.Of("بحث وزير الخارجية التركي هاكان فيدان، الأحد، في اتصالين هاتفيين منفصلين مع نظيريه السعودي فيصل بن فرحان، "
            + "والمصري بدر عبد العاطي، آخر التطورات في قطاع غزة.", "2025-03-02");
        var abdelatty = Assert.Single(facts.Persons, p => p.Name == "بدر عبد العاطي");
        Assert.Equal("EG", Assert.Single(facts.Offices, o => o.Person == abdelatty.Id).Country);
    }

    [Fact]
    public void A_name_whose_lineage_goes_on_where_a_listed_figures_does_not_is_another_man()
    {
        var facts = Facts.Of("Lebanese President Joseph Aoun, who arrived in Riyadh on Sunday, was welcomed at King Khalid International Airport "
            + "by Riyadh Deputy Governor Prince Mohammed bin Abdulrahman bin Abdulaziz.", "2025-03-04", "en");
        Assert.DoesNotContain("QA", Assert.Single(facts.Persons, p => p.Name == "Mohammed bin Abdulrahman bin Abdulaziz").Countries);
    }

    [Theory]
    [InlineData("The head of the UN nuclear watchdog, Rafael Grossi, met Iran's Foreign Minister Abbas Araghchi in Tehran on Wednesday.", "Rafael Grossi", null)]
    [InlineData("Grossi also held talks with the head of Iran's Atomic Energy Organisation, Mohammad Eslami, state media reported.", "Mohammad Eslami", "IR")]
    public void The_head_of_a_body_named_before_his_name_set_off_by_commas_holds_that_post(string text, string name, string? country)
    {
        var facts = Facts.Of(text, "2024-11-14", "en");
        var person = Assert.Single(facts.Persons, p => p.Name == name);
        var office = Assert.Single(facts.Offices, o => o.Person == person.Id);
        Assert.StartsWith("Head of", office.TitleEn, StringComparison.Ordinal);
        Assert.Equal(country, office.Country);
    }

    [Fact]
    public void A_full_name_joined_by_and_to_a_name_just_found_is_a_person_but_not_the_words_before_a_title()
    {
        Assert.Contains(Facts.Of("They met Hakan Fidan and Yasar Guler on Monday.", "2025-10-12", "en").Persons, p => p.Name == "Yasar Guler");
        Assert.DoesNotContain(Facts.Of("He met National Security Adviser Mike Waltz and Middle East envoy Steve Witkoff.", "2025-02-11", "en").Persons,
            p => p.Name == "Middle East");
    }

    [Fact]
    public void Everyone_listed_after_accompanied_by_is_of_the_travellers_state()
    {
        var facts = Facts.Of("ANKARA, Turkey - Syrian President Ahmed al-Sharaa held talks with Turkish President Recep Tayyip Erdogan in Ankara on Saturday. "
            + "Sharaa was accompanied by Foreign Minister Asaad al-Shaibani and Defense Minister Murhaf Abu Qasra, who also met Turkish officials. "
            + "Turkey and Turkish officials welcomed the visit to Turkey.", "2025-10-12", "en");
        Assert.Equal(["SY"], Assert.Single(facts.Persons, p => p.Name == "Murhaf Abu Qasra").Countries);
    }

    [Fact]
    public void A_name_set_off_by_a_comma_before_a_lower_case_post_with_a_possessive_state_is_read_without_failing()
    {
        var facts = Facts.Of("Iraqi Prime Minister Mohammed Shia al-Sudani received on Monday Ali Larijani, the secretary of Iran’s Supreme National Security Council, "
            + "who arrived in Baghdad.", "2025-08-12", "en");
        Assert.Contains(facts.Persons, p => p.Name == "Ali Larijani");
    }

    [Fact]
    public void A_post_in_apposition_may_be_of_a_body_a_state_owns()
    {
        var facts = Facts.Of("Iraqi Prime Minister Mohammed Shia al-Sudani received on Monday Ali Larijani, the secretary of Iran’s Supreme National Security Council, "
            + "who arrived in Baghdad.", "2025-08-12", "en");
        var larijani = Assert.Single(facts.Persons, p => p.Name == "Ali Larijani");
        var office = Assert.Single(facts.Offices, o => o.Person == larijani.Id);
        // The state goes in the office's country; the English title says "the" in its place, as Arabic titles drop the nisba.
        Assert.Equal(("Secretary of the Supreme National Security Council", "IR"), (office.TitleEn, office.Country));
    }

    [Fact]
    public void A_headlines_capitalised_verb_is_no_part_of_a_name()
    {
        var facts = Facts.Of("Iraq’s Sudani Receives Iranian Security Chief Larijani in Baghdad\n\nThe two discussed security.", "2025-08-12", "en");
        Assert.DoesNotContain(facts.Persons, p => p.Name.Contains("Receives", StringComparison.Ordinal));
    }

    [Fact]
    public void An_English_counterpart_named_by_his_state_alone_is_the_one_of_that_state_with_the_same_post()
    {
        var facts = Facts.Of("Manama: King Hamad bin Isa Al Khalifa received Egyptian Foreign Minister Dr Badr Abdelatty on Sunday. "
            + "Dr Abdelatty conveyed the greetings of President Abdel Fattah El Sisi. Egypt and Egyptian officials welcomed the visit. "
            + "Earlier, Foreign Minister Dr Abdullatif bin Rashid Al Zayani held talks with his Egyptian counterpart at the ministry.", "2025-02-10", "en");
        var zayani = Assert.Single(facts.Persons, p => p.Name == "Abdullatif bin Rashid Al Zayani");
        var abdelatty = Assert.Single(facts.Persons, p => p.Name == "Badr Abdelatty").Id;
        Assert.Contains(facts.Meetings, m => m.Participants.Order().SequenceEqual(new[] { abdelatty, zayani.Id }.Order()));
        // The listed "Abdullatif Al Zayani", his father's name between.
        Assert.Equal(["BH"], zayani.Countries);
    }

    [Fact]
    public void A_minister_of_state_written_without_the_article_and_a_states_official_name_are_known()
    {
        var facts = Facts.Of("أبوظبي - استقبل الشيخ عبدالله بن زايد آل نهيان وزير الخارجية اليوم جيورجوس جيرابيتريتيس وزير خارجية الجمهورية الهيلينية. "
            + "حضر اللقاء معالي خليفة شاهين المرر وزير دولة.", "2025-09-15");
        Assert.Equal("GR", Assert.Single(facts.Offices, o => o.Title == "وزير خارجية الجمهورية الهيلينية").Country);
        Assert.Equal("Minister of State", Assert.Single(facts.Offices, o => o.Title == "وزير دولة").TitleEn);
        Assert.Contains("KR", Facts.Of("زار الوفد جمهورية كوريا أمس.").Countries);
    }

    [Fact]
    public void Posts_after_the_next_name_of_a_list_are_his()
    {
        var facts = Facts.Of("تلقى بدر عبد العاطي اتصالين هاتفيين من أيمن الصفدي نائب رئيس الوزراء الأردني، وفؤاد حسين نائب رئيس مجلس الوزراء وزير الخارجية العراقي.", "2025-05-05");
        var hussein = Assert.Single(facts.Persons, p => p.Name == "فؤاد حسين");
        Assert.Equal(2, facts.Offices.Count(o => o.Person == hussein.Id && o.Country == "IQ"));
    }

    [Fact]
    public void A_chinese_name_is_mentioned_again_by_its_first_word()
    {
        var facts = Facts.Of("بكين 23 يونيو 2025 (شينخوا) أجرى وزير الخارجية وانغ يي، "
            + "اتصالا هاتفيا اليوم مع وزير الخارجية الإيراني عباس عراقجي. وقال وانغ إن الصين تدين انتهاك سيادة إيران.", "2025-06-23");
        Assert.Equal("وانغ يي", Assert.Single(facts.Persons, p => p.Name.StartsWith("وانغ", StringComparison.Ordinal)).Name);
    }

    [Fact]
    public void English_posts_in_apposition_may_be_listed_with_commas()
    {
        var facts = Facts.Of("Sheikh Mohammed bin Rashid, Vice President, Prime Minister and Ruler of Dubai, received Lebanese Prime Minister Nawaf Salam "
            + "at Zabeel Palace on Monday.", "2025-12-01", "en");
        var ruler = Assert.Single(facts.Persons, p => p.Name == "Mohammed bin Rashid");
        Assert.Equal(3, facts.Offices.Count(o => o.Person == ruler.Id));
    }

    [Fact]
    public void A_post_after_a_name_that_introduces_another_name_is_the_other_persons()
    {
        var facts = Facts.Of("والتقى الرئيس عبد الفتاح السيسي وزير الخارجية الأردني أيمن الصفدي في القاهرة.");
        Assert.Equal(["EG", "JO"], facts.Offices.Select(o => o.Country));
        Assert.Equal(facts.Persons.Select(p => p.Id), facts.Offices.Select(o => o.Person));
    }

    [Theory]
    [InlineData("وقال ولي العهد الكويتي الشيخ صباح خالد الحمد الصباح إن الكويت تدعم لبنان.", new[] { "صباح خالد الحمد الصباح" })]
    [InlineData("وقال الوزير صباح اليوم إن الاتفاق مهم.", new string[0])]
    public void A_given_name_that_is_also_a_function_word_opens_a_name_after_an_honorific(string text, string[] names) =>
        Assert.Equal(names, Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("بعث الملك سلمان بن عبدالعزيز برقية تهنئة للرئيس اللبناني جوزيف عون بمناسبة انتخابه.", "الرئيس")]
    [InlineData("ووجه الرئيس دعوة للأمين العام للأمم المتحدة أنطونيو غوتيريش لزيارة البلاد.", "الأمين العام للأمم المتحدة")]
    public void A_title_after_the_preposition_li_keeps_its_article(string text, string title) =>
        Assert.Contains(title, Facts.Of(text).Offices.Select(o => o.Title));

    [Theory]
    [InlineData("والتقى المرشد الإيراني علي خامنئي الوفد.", "Supreme Leader", "IR")]
    [InlineData("وقال المرشد العام لجماعة الإخوان المسلمين محمد بديع إن الجماعة سلمية.", "General Guide", null)]
    public void Irans_leader_and_the_Brotherhoods_guide_have_their_own_titles(string text, string titleEn, string? country)
    {
        var office = Assert.Single(Facts.Of(text).Offices);
        Assert.Equal((titleEn, country), (office.TitleEn, office.Country));
    }

    [Fact]
    public void An_envoys_title_goes_on_after_its_state_with_where_the_envoy_is_sent()
    {
        var facts = Facts.Of("وحضر الاجتماع سفير الولايات المتحدة لدى تركيا المبعوث الأمريكي الخاص إلى سوريا توماس باراك، إلى جانب ممثلين.");
        Assert.Equal("توماس باراك", Assert.Single(facts.Persons).Name);
        Assert.Equal(
            [("سفير الولايات المتحدة لدى تركيا", "US"), ("المبعوث الخاص إلى سوريا", "US")],
            facts.Offices.Select(o => (o.Title, o.Country)));
        Assert.Equal("Special Envoy to Syria", facts.Offices[1].TitleEn);
    }

    [Theory]
    [InlineData("والتقى المبعوث الأمريكي الخاص إلى الشرق الأوسط ستيف ويتكوف الرئيس.", new[] { "ستيف ويتكوف" })]
    [InlineData("وقال جون وليامز إن الفريق فاز.", new[] { "جون وليامز" })]
    [InlineData("والتقى محمد وسلمان في الرياض.", new[] { "محمد", "سلمان" })]
    public void A_surname_that_opens_with_waw_after_a_given_name_is_not_a_second_person(string text, string[] names) =>
        Assert.Equal(names, Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وفاز بطل كوت ديفوار على ضيفه.", "CI")]
    [InlineData("وقال المدرب الإيفواري إن فريقه جاهز.", "CI")]
    [InlineData("وزار وفد من تايلند العاصمة.", "TH")]
    [InlineData("واندلعت اشتباكات في شرق جمهورية الكونغو الديمقراطية.", "CD")]
    public void States_are_found_under_the_names_the_Arabic_press_also_uses(string text, string code) =>
        Assert.Equal([code], Facts.Of(text).Countries);

    [Theory]
    [InlineData("وذلك إثر اتصال هاتفي تلقاه من الأمير محمد بن سلمان هنأه فيه بانتخابه.", "محمد بن سلمان")]
    [InlineData("واستقبل الشيخ محمد بن راشد آل مكتوم الوفد.", "محمد بن راشد آل مكتوم")]
    public void After_a_lineage_only_a_family_name_goes_on(string text, string name) =>
        Assert.Equal([name], Facts.Of(text).Persons.Select(p => p.Name));

    [Fact]
    public void Meeting_has_participants_date_and_city()
    {
        var facts = Facts.Of("التقى وزير الخارجية الأردني أيمن الصفدي، أمس الثلاثاء في القاهرة، وزير الخارجية المصري بدر عبد العاطي.");
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(MeetingKind.Meeting, meeting.Kind);
        Assert.Equal(2, meeting.Participants.Count);
        Assert.Equal("2025-03-11", meeting.Date.ToString());
        Assert.Equal("Cairo", meeting.City);
        Assert.Equal("EG", meeting.Country);
    }

    [Fact]
    public void Ranks_and_honorifics_are_not_part_of_the_name()
    {
        var facts = Facts.Of("وضم الوفد قائد مجموعة الإنقاذ العقيد ركن سالم عبد الله النعيمي، والدكتور ماجد الحربي.");
        Assert.Contains(facts.Persons, p => p.Name == "سالم عبد الله النعيمي");
        Assert.Contains(facts.Persons, p => p.Name == "ماجد الحربي");
        Assert.Contains(facts.Offices, o => o.Title == "قائد مجموعة الإنقاذ");
    }

    [Fact]
    public void Surname_alone_later_is_an_alias_of_the_same_person()
    {
        var facts = Facts.Of("استقبل الرئيس اللبناني جوزيف عون وفدا قطريا. وقال عون إن التعاون مهم.");
        var person = Assert.Single(facts.Persons);
        Assert.Contains("عون", person.Aliases);
        Assert.Equal(["LB"], person.Countries);
    }

    [Theory]
    [InlineData("وقال فيدان إن أنقرة تدعم الحوار.")]
    [InlineData("وأكد فيدان في مؤتمر صحفي أن بلاده تدعم الاستقرار.")]
    public void A_public_figures_surname_that_opens_with_a_proclitic_letter_keeps_it(string text)
    {
        var person = Assert.Single(Facts.Of(text).Persons);
        Assert.Equal("فيدان", person.Name);
        Assert.Equal("Fidan", person.NameEn);
    }

    [Theory]
    [InlineData("وحضر المقابلة الشيخ محمد عبدالله المبارك الصباح.", "محمد عبدالله المبارك الصباح")]
    [InlineData("استقبل سمو ولي العهد الشيخ صباح خالد الحمد المبارك الصباح حفظه الله بقصر بيان اليوم.", "صباح خالد الحمد المبارك الصباح")]
    public void A_name_that_closes_with_a_ruling_family_is_kept_whole(string text, string name)
    {
        // «المبارك» ("the blessed") and «الصباح» ("the morning") are ordinary words too; the family closes the name, also
        // past the four words a name otherwise runs to.
        var person = Assert.Single(Facts.Of(text).Persons);
        Assert.Equal(name, person.Name);
        Assert.Equal(["KW"], person.Countries);
    }

    [Fact]
    public void A_compound_name_word_in_two_words_counts_as_one()
    {
        var facts = Facts.Of("استقبل رئيس أركان الجيش العراقي الفريق أول الركن عبد الأمير رشيد يار الله قائد القيادة المركزية الأمريكية الجنرال مايكل كوريلا.");
        Assert.Contains(facts.Persons, p => p.Name == "عبد الأمير رشيد يار الله");
        Assert.DoesNotContain(facts.Persons, p => p.Name == "الله");
    }

    [Theory]
    [InlineData("وفي وقت لاحق، التقى نائب رئيس الوزراء وزير الخارجية الكويتي عبدالله اليحيا نظيره التركي هاكان فيدان في أنقرة.", "ar", "هاكان فيدان", "وزير الخارجية", "TR")]
    [InlineData("Lebanese Prime Minister Nawaf Salam met his Jordanian counterpart Jafar Hassan in Amman on Tuesday.", "en", "Jafar Hassan", "Prime Minister", "JO")]
    public void A_counterpart_without_a_post_of_his_own_holds_the_same_post_in_his_state(string text, string language, string name, string title, string country)
    {
        var facts = Facts.Of(text, "2025-08-27", language);
        var counterpart = facts.Persons.Single(p => p.Name == name).Id;
        var office = Assert.Single(facts.Offices, o => o.Person == counterpart);
        Assert.Equal((title, country), (office.Title, office.Country));
    }

    [Fact]
    public void Officials_listed_by_their_posts_one_after_the_other_serve_one_government()
    {
        var facts = Facts.Of("أنقرة - استقبل الرئيس التركي رجب طيب أردوغان اليوم رئيس الوزراء العراقي محمد شياع السوداني. "
            + "وحضر اللقاء وزير الخارجية العراقي فؤاد حسين ووزير النفط حيان عبد الغني.");
        var minister = facts.Persons.Single(p => p.Name == "حيان عبد الغني");
        Assert.Equal(["IQ"], minister.Countries);
        Assert.Equal("IQ", Assert.Single(facts.Offices, o => o.Person == minister.Id).Country);
    }

    [Fact]
    public void A_counterpart_with_a_post_of_his_own_keeps_only_that()
    {
        var facts = Facts.Of("التقى وزير الخارجية الأردني أيمن الصفدي نظيره وزير الخارجية السوري أسعد الشيباني في عمّان.");
        var shaibani = facts.Persons.Single(p => p.Name == "أسعد الشيباني").Id;
        Assert.Equal([("وزير الخارجية", "SY")], facts.Offices.Where(o => o.Person == shaibani).Select(o => (o.Title, o.Country)));
    }

    [Fact]
    public void Posts_joined_by_and_with_no_name_after_them_are_two_peoples()
    {
        var facts = Facts.Of("العليمي يلتقي السفير الأمريكي والمبعوث الأممي في الرياض\n\nالرياض - التقى رئيس مجلس القيادة الرئاسي رشاد العليمي اليوم "
            + "السفير الأمريكي لدى اليمن ستيفن فاغن. كما استقبل العليمي المبعوث الأممي إلى اليمن هانس غروندبرغ.", "2025-02-26");
        var fagin = facts.Persons.Single(p => p.Name == "ستيفن فاغن").Id;
        Assert.Equal(["Ambassador"], facts.Offices.Where(o => o.Person == fagin).Select(o => o.TitleEn));
    }

    [Fact]
    public void A_listed_figure_named_with_his_fathers_name_between_is_of_his_state()
    {
        var person = Assert.Single(Facts.Of("وترأس الدكتور رشاد محمد العليمي اجتماعاً لهيئة التشاور والمصالحة.").Persons);
        Assert.Equal(["YE"], person.Countries);
    }

    [Fact]
    public void A_complete_english_title_of_a_state_is_that_states_post()
    {
        var facts = Facts.Of("The Amir received a phone call from President of the Islamic Republic of Iran HE Dr Masoud Pezeshkian.", "2025-07-22", "en");
        var office = Assert.Single(facts.Offices);
        Assert.Equal(("President", "IR"), (office.TitleEn, office.Country));
    }

    [Theory]
    [InlineData("المنسقة الخاصة للأمم المتحدة في لبنان جينين هينيس بلاسخارت")]
    [InlineData("المنسق الخاص للأمم المتحدة في لبنان يان كوبيش")]
    [InlineData("ممثل المفوضية السامية للأمم المتحدة لشؤون اللاجئين في لبنان إيفو فرايسن")]
    public void Where_an_organisations_officer_serves_is_part_of_the_title_and_no_state_of_the_post(string officer)
    {
        var facts = Facts.Of("كما استقبل رئيس مجلس النواب نبيه بري " + officer + ".");
        var office = Assert.Single(facts.Offices, o => o.Title.EndsWith("في لبنان", StringComparison.Ordinal));
        Assert.Null(office.Country);
    }

    [Fact]
    public void The_dateline_after_a_headline_counts_for_the_state_the_article_is_about()
    {
        var facts = Facts.Of("سمو الأمير يستقبل ضيف البلاد\n\nالكويت – استقبل أمير البلاد الشيخ مشعل الأحمد الجابر الصباح اليوم رئيس جمهورية إندونيسيا برابوو سوبيانتو. "
            + "من جهة أخرى، تلقى وزير الخارجية عبدالله علي اليحيا اتصالاً هاتفياً من نظيره الإيراني عباس عراقجي.", "2025-12-02");
        var yahya = facts.Persons.Single(p => p.Name == "عبدالله علي اليحيا");
        Assert.Equal(["KW"], yahya.Countries);
        var araghchi = facts.Persons.Single(p => p.Name == "عباس عراقجي").Id;
        Assert.Equal(("وزير الخارجية", "IR"), facts.Offices.Where(o => o.Person == araghchi).Select(o => (o.Title, o.Country)).Single());
    }

    [Theory]
    [InlineData("The meeting was attended by Sheikh Tahnoun bin Zayed, Deputy Ruler of Abu Dhabi.", "AE")]
    [InlineData("He met Hassan Abdullah, Governor of the Central Bank of Egypt.", "EG")]
    public void An_english_post_of_a_state_or_its_city_is_that_states(string text, string country) =>
        Assert.Equal(country, Assert.Single(Facts.Of(text, "2025-05-28", "en").Offices).Country);

    [Fact]
    public void An_envoy_to_a_state_is_not_of_that_state() =>
        Assert.Null(Assert.Single(Facts.Of("He met Special Envoy for Syria Geir Pedersen.", "2025-05-28", "en").Offices).Country);

    [Fact]
    public void A_people_in_the_plural_refers_to_its_state() =>
        Assert.Equal(["US", "PS"], Facts.Of("Washington pushed a plan to move Palestinians out of Gaza.", "2025-02-13", "en").Countries);

    [Fact]
    public void A_foreign_given_name_shaped_like_a_verb_after_a_post_opens_the_name()
    {
        var facts = Facts.Of("وشارك وزير الدفاع التركي يشار غولر، أمس الاثنين، في اجتماع وزراء دفاع حلف شمال الأطلسي.");
        Assert.Equal(["يشار غولر"], facts.Persons.Select(p => p.Name));
        // A verb that reports an encounter is still the verb: the minister receives the ambassador.
        var reception = Facts.Of("وزير الخارجية التركي يستقبل ميلانوفيتش.");
        Assert.DoesNotContain(reception.Persons, p => p.Name.StartsWith("يستقبل", StringComparison.Ordinal));
    }

    [Fact]
    public void The_gulf_cooperation_councils_secretary_general_serves_no_state()
    {
        var facts = Facts.Of("RIYADH - Saudi Foreign Minister Prince Faisal bin Farhan met Gulf Cooperation Council Secretary-General Jasem Albudaiwi in Riyadh on Tuesday.", "2025-08-05", "en");
        var albudaiwi = facts.Persons.Single(p => p.Name == "Jasem Albudaiwi");
        Assert.Empty(albudaiwi.Countries);
        Assert.Null(Assert.Single(facts.Offices, o => o.Person == albudaiwi.Id).Country);
    }

    [Fact]
    public void An_organisations_officer_in_lower_case_with_his_name_set_off_by_commas_is_found()
    {
        var facts = Facts.Of("Saudi Minister of State for Foreign Affairs Adel Al-Jubeir met the EU special representative for the Gulf, Luigi Di Maio, in Riyadh on Tuesday.", "2025-08-05", "en");
        var dimaio = facts.Persons.Single(p => p.Name == "Luigi Di Maio");
        Assert.Null(Assert.Single(facts.Offices, o => o.Person == dimaio.Id).Country);
        Assert.Equal(2, Assert.Single(facts.Meetings).Participants.Count);
    }

    [Fact]
    public void Compound_office_is_one_office_per_post()
    {
        var facts = Facts.Of("وصل نائب رئيس الوزراء وزير الخارجية الكويتي سالم الصباح إلى الرياض.");
        Assert.Contains(facts.Offices, o => o.Title == "نائب رئيس الوزراء" && o.Country == "KW");
        Assert.Contains(facts.Offices, o => o.Title == "وزير الخارجية" && o.Country == "KW");
    }

    [Fact]
    public void An_adjective_of_the_first_post_does_not_end_a_compound_office()
    {
        var facts = Facts.Of("التقى رئيس المجلس الرئاسي الانتقالي القائد الأعلى للقوات المسلحة الفريق محمد إدريس ديبي اليوم وزير الخارجية الفرنسي.");
        var deby = Assert.Single(facts.Persons, p => p.Name == "محمد إدريس ديبي");
        Assert.Equal(2, facts.Offices.Count(o => o.Person == deby.Id));

        // «المستشار الحالي للرئيس السريلانكي …»: a post behind «ل» after the adjective is someone else's.
        var adviser = Facts.Of("وكان دانابالا المستشار الحالي للرئيس السريلانكي ماهيندا راجاباكسي.");
        Assert.Contains(adviser.Offices, o => o.Title == "الرئيس" && o.Country == "LK");
    }

    [Theory]
    [InlineData("ومن المقرر أن يلتقي وزير الخارجية العماني بدر البوسعيدي نظيره الإيراني عباس عراقجي غدا في مسقط.", null)]
    [InlineData("ومن المنتظر أن يلتقي وزير الخارجية العماني بدر البوسعيدي نظيره الإيراني عباس عراقجي في مسقط.", null)]
    [InlineData("وخلال الزيارة المزمعة يلتقي وزير الخارجية العماني بدر البوسعيدي نظيره الإيراني عباس عراقجي في مسقط.", null)]
    [InlineData("Omani Foreign Minister Badr Albusaidi is slated to meet his Iranian counterpart Abbas Araghchi in Muscat.", "en")]
    [InlineData("ولم تؤكد الوزارة ما تردد عن لقاء مرتقب بين وزير الخارجية العماني بدر البوسعيدي ونظيره الإيراني عباس عراقجي في مسقط.", null)]
    [InlineData("وتحدثت مصادر عن قمة محتملة بين الرئيس المصري عبد الفتاح السيسي والرئيس التركي رجب طيب أردوغان في أنقرة.", null)]
    [InlineData("Sharaa is due to travel to Doha on Thursday for talks with Qatar's Emir Sheikh Tamim bin Hamad al-Thani.", "en")]
    public void Planned_meeting_is_not_a_meeting(string text, string? language)
    {
        var facts = Facts.Of(text, language: language);
        Assert.Empty(facts.Meetings);
    }

    [Fact]
    public void Phone_call_has_no_place()
    {
        var facts = Facts.Of("تلقى الرئيس السوري أحمد الشرع اتصالا هاتفيا من الرئيس التركي رجب طيب أردوغان يوم الأربعاء.", "2025-01-16");
        var call = Assert.Single(facts.Meetings);
        Assert.Equal(MeetingKind.Call, call.Kind);
        Assert.Null(call.City);
        Assert.Equal("2025-01-15", call.Date.ToString());
    }

    [Fact]
    public void English_article_gives_the_same_kinds_of_facts()
    {
        var facts = Facts.Of("RIYADH, Oct 20 – Saudi Foreign Minister Prince Faisal bin Farhan met Turkish Foreign Minister Hakan Fidan on Saturday.", "2024-10-20", "en");
        Assert.Equal(["Faisal bin Farhan", "Hakan Fidan"], facts.Persons.Select(p => p.Name));
        Assert.Contains(facts.Offices, o => o.TitleEn == "Foreign Minister" && o.Country == "SA");
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal("2024-10-19", meeting.Date.ToString());
        Assert.Equal("Riyadh", meeting.City);
    }

    [Fact]
    public void Text_without_entities_yields_empty_facts()
    {
        var facts = Facts.Of("The weather was mild and markets were calm.", language: "en");
        Assert.Empty(facts.Persons);
        Assert.Empty(facts.Meetings);
    }

    [Theory]
    [InlineData("Lebanese Parliament Speaker Nabih Berri met UN envoy Jeanine Hennis-Plasschaert in Beirut on Wednesday.", "UN Envoy")]
    [InlineData("Lebanese Parliament Speaker Nabih Berri met UN Special Coordinator for Lebanon Jeanine Hennis-Plasschaert in Beirut on Wednesday.",
        "UN Special Coordinator for Lebanon")]
    public void In_English_a_lower_case_or_UN_title_before_a_two_word_name_names_them_and_ends_at_the_state(string text, string titleEn)
    {
        var facts = Facts.Of(text, "2025-03-12", "en");
        var official = facts.Persons.Single(p => p.Name == "Jeanine Hennis-Plasschaert");
        Assert.Empty(official.Countries);
        Assert.Contains(facts.Offices, o => o.Person == official.Id && o.TitleEn == titleEn && o.Country is null);
        Assert.Equal(2, Assert.Single(facts.Meetings).Participants.Count);
    }

    [Fact]
    public void English_titles_in_lower_case_and_after_a_comma_still_name_their_holder()
    {
        var facts = Facts.Of("He was met by Kuwait's ambassador to Saudi Arabia, Sheikh Sabah Nasser Al-Sabah, and by Middle East envoy Steve Witkoff. " +
            "The plan was backed by Egyptian President Abdel Fattah el-Sisi.", "2025-02-12", "en");
        Assert.Contains(facts.Persons, p => p.Name == "Abdel Fattah el-Sisi" && p.Countries.SequenceEqual(["EG"]));
        Assert.Contains(facts.Offices, o => o.Title == "ambassador to Saudi Arabia" && o.Country == "KW");
        Assert.Contains(facts.Persons, p => p.Name == "Steve Witkoff");
    }

    [Fact]
    public void A_hamza_written_inside_a_word_that_a_given_name_lacks_makes_it_no_name()
    {
        // «بأن» ("that") and «بان» (Ban) are one word once normalised.
        var facts = Facts.Of("وصرح المتحدث الرسمي باسم رئاسة الجمهورية بأن الرئيس رحب بضيفه.");
        Assert.Empty(facts.Persons);
        var ban = Facts.Of("وقال الأمين العام السابق للأمم المتحدة بان كي مون إن الحل ممكن.");
        Assert.Contains(ban.Persons, p => p.Name.StartsWith("بان", StringComparison.Ordinal));
    }

    [Fact]
    public void Prime_minister_of_a_named_state_is_prime_minister_in_english()
    {
        var facts = Facts.Of("استقبل الرئيس السيسي رئيس وزراء اليونان كيرياكوس ميتسوتاكيس.");
        var office = Assert.Single(facts.Offices, o => o.Title == "رئيس وزراء اليونان");
        Assert.Equal(("Prime Minister of Greece", "GR"), (office.TitleEn, office.Country));
        var unity = Assert.Single(Facts.Of("التقى رئيس حكومة الوحدة الوطنية الليبية عبد الحميد الدبيبة اليوم السفير البريطاني.").Offices);
        Assert.Equal(("رئيس حكومة الوحدة الوطنية", "Prime Minister", "LY"), (unity.Title, unity.TitleEn, unity.Country));
    }

    [Fact]
    public void A_spaced_abd_counts_as_one_name_word_yet_an_ordinary_word_still_ends_the_name()
    {
        Assert.Contains(Facts.Of("وقال وزير الخارجية الكويتي الشيخ سالم عبد الله الجابر الصباح إن العلاقات متينة.").Persons,
            p => p.Name == "سالم عبد الله الجابر الصباح");
        Assert.Contains(Facts.Of("أدى الرئيس اليمني علي عبد الله صالح اليمين الدستورية أمام البرلمان.").Persons, p => p.Name == "علي عبد الله صالح");
        Assert.DoesNotContain(Facts.Of("وأشاد مدير الاتحاد مصطفى عبد الله بفوز عبد الفتاح بالميدالية.").Persons, p => p.Name.Contains("بفوز", StringComparison.Ordinal));
    }

    [Fact]
    public void An_official_named_without_his_state_who_receives_or_meets_at_home_is_of_the_host_state()
    {
        var host = Facts.Of("الرباط - استقبل رئيس الحكومة عزيز أخنوش اليوم وزير الخارجية الإسباني خوسيه مانويل ألباريس.");
        Assert.Equal(["MA"], Assert.Single(host.Persons, p => p.Name == "عزيز أخنوش").Countries);
        var domestic = Facts.Of("تونس - التقى رئيس الجمهورية قيس سعيد مساء أمس بقصر قرطاج رئيسة الحكومة سارة الزعفراني الزنزري.");
        Assert.Equal(["TN"], Assert.Single(domestic.Persons, p => p.Name == "سارة الزعفراني الزنزري").Countries);

        // A minister on a trip is not the host.
        var visitor = Facts.Of("وصل وزير الدولة للتعاون الدولي محمود علي يوسف مساء أمس إلى الدوحة في زيارة تستغرق أربعة أيام.");
        Assert.Empty(Assert.Single(visitor.Persons, p => p.Name == "محمود علي يوسف").Countries);
    }

    [Fact]
    public void Who_attends_a_reception_with_a_post_of_the_presidency_court_or_intelligence_is_of_the_side_of_the_one_who_received()
    {
        var home = Facts.Of("استقبل رئيس الجمهورية عبد المجيد تبون بالجزائر العاصمة وزير الخارجية الإيطالي أنطونيو تاياني. "
            + "وجرى اللقاء بحضور مدير ديوان رئاسة الجمهورية، بوعلام بوعلام.", "2025-11-18");
        var boualem = Assert.Single(home.Persons, p => p.Name == "بوعلام بوعلام");
        Assert.Equal(["DZ"], boualem.Countries);
        Assert.EndsWith("Presidency", Assert.Single(home.Offices, o => o.Person == boualem.Id).TitleEn, StringComparison.Ordinal);

        var intelligence = Facts.Of("القاهرة - استقبل الرئيس عبد الفتاح السيسي، أمس، المشير خليفة حفتر القائد العام للقوات المسلحة الليبية، "
            + "بحضور اللواء حسن رشاد رئيس المخابرات العامة. وضم الوفد الليبي الفريق أول صدام حفتر. وأكد الرئيس دعم ليبيا.", "2025-06-10");
        Assert.Equal(["EG"], Assert.Single(intelligence.Persons, p => p.Name == "حسن رشاد").Countries);

        var court = Facts.Of("عمّان – التقى جلالة الملك عبدالله الثاني، في قصر الحسينية اليوم الثلاثاء، رئيس الوزراء العراقي محمد شياع السوداني. "
            + "وأكد جلالته حرص الأردن على توسيع التعاون مع العراق. وحضر اللقاء رئيس الوزراء جعفر حسان، ورئيس الديوان الملكي الهاشمي يوسف حسن العيسوي. "
            + "وكان رئيس الوزراء جعفر حسان قد عقد مع نظيره العراقي مباحثات ثنائية أمس.", "2025-03-25");
        Assert.Equal(["JO"], Assert.Single(court.Persons, p => p.Name == "يوسف حسن العيسوي").Countries);

        // The Yemeni presidency sits in Riyadh: its officials are not Saudi, nor are the council's members who attend.
        var member = Facts.Of("العليمي يلتقي المبعوث الأممي في الرياض\n\nالرياض – التقى رئيس مجلس القيادة الرئاسي الدكتور رشاد محمد العليمي، "
            + "اليوم في العاصمة السعودية الرياض، المبعوث الأممي إلى اليمن هانس غروندبرغ، بحضور عضو مجلس القيادة الرئاسي عبدالله العليمي باوزير.", "2025-05-14");
        Assert.Equal(["YE"], Assert.Single(member.Persons, p => p.Name == "عبدالله العليمي باوزير").Countries);
        var away = Facts.Of("الرياض - استقبل رئيس مجلس القيادة الرئاسي رشاد محمد العليمي اليوم في الرياض سفيرة المملكة المتحدة لدى اليمن عبدة شريف. "
            + "حضر اللقاء مدير مكتب رئاسة الجمهورية الدكتور يحيى الشعيبي.", "2025-10-21");
        Assert.Equal(["YE"], Assert.Single(away.Persons, p => p.Name == "يحيى الشعيبي").Countries);
    }

    [Fact]
    public void Who_attends_with_a_host_whose_state_is_not_yet_known_is_not_taken_for_the_guests_side()
    {
        var facts = Facts.Of("سمو وزير الدفاع يستقبل قائد القيادة المركزية الأمريكية\n\nالرياض 2 ربيع الآخر 1447 هـ الموافق 24 سبتمبر 2025 م واس\nاستقبل صاحب السمو الملكي الأمير خالد بن سلمان بن عبدالعزيز وزير الدفاع، في الرياض اليوم، قائد القيادة المركزية الأمريكية الأدميرال براد كوبر.\n\nواستعرض سموه خلال الاستقبال علاقات التعاون السعودية الأمريكية في المجال الدفاعي، وبحثا الجهود المشتركة لتعزيز الأمن والاستقرار في المنطقة.\n\nحضر الاستقبال رئيس هيئة الأركان العامة الفريق الأول الركن فياض بن حامد الرويلي، ومن الجانب الأمريكي القائم بالأعمال في سفارة الولايات المتحدة لدى المملكة أليسون ديلوورث.", "2025-09-24");
        Assert.Equal(["SA"], Assert.Single(facts.Persons, p => p.Name == "فياض بن حامد الرويلي").Countries);
    }

    [Fact]
    public void Who_welcomes_a_visitor_of_another_state_is_of_the_state_visited_though_the_article_is_mostly_about_the_visitors()
    {
        var facts = Facts.Of("رئيس وزراء باكستان يصل إلى الكويت\n\nإسلام آباد – وصل رئيس الوزراء الباكستاني محمد شهباز شريف إلى الكويت مساء اليوم "
            + "في زيارة رسمية، وكان في استقباله في المطار وزير الخارجية عبدالله علي اليحيا.", "2025-11-05");
        Assert.Equal(["KW"], Assert.Single(facts.Persons, p => p.Name == "عبدالله علي اليحيا").Countries);
    }

    [Fact]
    public void A_portfolio_in_construct_with_a_state_is_named_in_English_and_the_state_is_the_offices_country()
    {
        var facts = Facts.Of("التقى وزير خارجية إسبانيا خوسيه مانويل ألباريس في مدريد نائب وزير دفاع اليابان.");
        var office = Assert.Single(facts.Offices, o => o.Title == "وزير خارجية إسبانيا");
        Assert.Equal("Minister of Foreign Affairs", office.TitleEn);
        Assert.Equal("ES", office.Country);
    }

    [Theory]
    [InlineData("وكان في استقباله بالمطار نائب أمير منطقة الرياض الأمير محمد بن عبدالرحمن بن عبدالعزيز.", "نائب أمير منطقة الرياض", "Deputy Emir of Riyadh Region", "SA")]
    [InlineData("واستقبل محافظ محافظة البصرة أسعد العيداني وفدا تركيا.", "محافظ محافظة البصرة", "Governor of Basra Governorate", "IQ")]
    public void A_region_named_by_its_city_completes_a_governors_title_and_gives_its_state(string text, string title, string english, string country)
    {
        var office = Assert.Single(Facts.Of(text).Offices, o => o.Title == title);
        Assert.Equal((english, country), (office.TitleEn, office.Country));
    }

    [Fact]
    public void Affairs_takes_its_noun_before_it_in_English()
    {
        var facts = Facts.Of("واستقبل وزير الخارجية وشؤون المغتربين الأردني أيمن الصفدي وزير الدولة لشؤون الرئاسة.");
        Assert.Contains(facts.Offices, o => o.TitleEn == "Minister of Foreign Affairs and Expatriates Affairs");
    }

    [Theory]
    [InlineData("حضر الاستقبال الأمير تركي بن محمد بن فهد ووزير الدولة الدكتور مساعد بن محمد العيبان.", "تركي بن محمد بن فهد")]
    [InlineData("حضر الاستقبال الأمير تركي بن محمد بن فهد ووزير الدولة الدكتور مساعد بن محمد العيبان.", "مساعد بن محمد العيبان")]
    public void A_word_that_spells_a_nationality_or_a_title_is_a_given_name_before_a_lineage(string text, string name)
    {
        var person = Assert.Single(Facts.Of(text).Persons, p => p.Name == name);
        Assert.DoesNotContain("TR", person.Countries);
    }

    [Fact]
    public void A_council_in_a_title_belongs_to_the_title_and_an_honorific_behind_and_ends_it()
    {
        var facts = Facts.Of("حضر اللقاء عضو مجلس النواب العراقي محمد الكربولي ووزير البيئة والمياه والسيد خالد الحمادي.");
        var member = Assert.Single(facts.Persons, p => p.Name == "محمد الكربولي");
        Assert.Equal("عضو مجلس النواب", Assert.Single(facts.Offices, o => o.Person == member.Id).Title);
        Assert.Equal(["IQ"], member.Countries);
        Assert.DoesNotContain(facts.Offices, o => o.Title.Contains("والسيد", StringComparison.Ordinal));
    }

    // «لأرامكو»: a word behind «ل» names whose post it is; «جلالة الملك»: the office of a ruler named by courtesy and title.
    [Theory]
    [InlineData("وقال الرئيس التنفيذي لأرامكو محمد القحطاني إن المشروع كبير.", "محمد القحطاني", "الرئيس التنفيذي لأرامكو")]
    [InlineData("وحضر اللقاء مدير مكتب جلالة الملك جعفر حسان.", "جعفر حسان", "مدير مكتب جلالة الملك")]
    public void What_stands_between_a_post_and_a_name_may_belong_to_the_post(string text, string name, string title)
    {
        var facts = Facts.Of(text);
        Assert.Equal(name, Assert.Single(facts.Persons).Name);
        Assert.Equal(title, Assert.Single(facts.Offices).Title);
    }

    [Fact]
    public void A_post_followed_by_is_and_a_name_is_that_persons()
    {
        var facts = Facts.Of("ورئيس مجلس إدارة الشركة هو السيد ناصر الطبسي.");
        var person = Assert.Single(facts.Persons);
        Assert.Equal("ناصر الطبسي", person.Name);
        Assert.Single(facts.Offices, o => o.Person == person.Id);
    }

    [Theory]
    [InlineData("وصل وزير الخارجية التركي هاكان فيدان إلى دمشق اليوم، والتقى نظيره سامر الخطيب.", "ar", "سامر الخطيب")]
    [InlineData("Turkish Foreign Minister Hakan Fidan arrived in Damascus on Tuesday and met his counterpart Samer al-Khatib.", "en", "Samer al-Khatib")]
    public void A_counterpart_met_abroad_is_of_the_host_state(string text, string language, string name)
    {
        var facts = Facts.Of(text, "2025-03-18", language);
        Assert.Equal(["SY"], Assert.Single(facts.Persons, p => p.Name == name).Countries);
    }

    [Fact]
    public void A_word_before_a_lineage_opens_a_name_unless_it_is_a_verb()
    {
        Assert.Contains(Facts.Of("وقال المستثمر إن الوليد بن طلال اشترى حصة في الشركة.").Persons, p => p.Name == "الوليد بن طلال");
        Assert.DoesNotContain(Facts.Of("والتقى بن سلمان في الرياض عددا من المستثمرين.").Persons, p => p.Name.StartsWith("والتقى", StringComparison.Ordinal));
    }

    [Fact]
    public void A_listed_figures_name_ends_before_ordinary_words()
    {
        var facts = Facts.Of("بحث ولي العهد السعودي الأمير محمد بن سلمان هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون المستجدات الإقليمية.");
        Assert.Contains(facts.Persons, p => p.Name == "إيمانويل ماكرون");
        Assert.Contains(Facts.Of("استقبل ولي العهد الأمير محمد بن سلمان بن عبدالعزيز آل سعود الرئيس الفرنسي.").Persons, p => p.Name == "محمد بن سلمان بن عبدالعزيز آل سعود");
    }

    [Fact]
    public void A_common_Turkish_given_name_that_is_also_an_Arabic_word_opens_a_name()
    {
        var facts = Facts.Of("بحث وزير الدفاع السوري مرهف أبو قصرة مع رئيس الأركان التركي الفريق أول متين غوراك في أنقرة اليوم التعاون العسكري.", "2025-11-22");
        Assert.Contains(facts.Persons, p => p.Name == "متين غوراك" && p.NameEn == "Metin Ghourak");
        Assert.Single(facts.Meetings);
    }

    [Fact]
    public void Ayatollah_is_an_honorific_not_part_of_the_name()
    {
        var facts = Facts.Of("Iran's Supreme Leader Ayatollah Ali Khamenei received Iraqi Prime Minister Mohammed Shia al-Sudani in Tehran on Saturday.", "2025-11-22", "en");
        Assert.Contains(facts.Persons, p => p.Name == "Ali Khamenei");
    }

    [Fact]
    public void Mauritanias_Ould_joins_a_name_and_was_born_does_not()
    {
        var facts = Facts.Of("نواكشوط - استقبل الرئيس الموريتاني محمد ولد الشيخ الغزواني وزير الخارجية محمد سالم ولد مرزوك.");
        Assert.Contains(facts.Persons, p => p.Name == "محمد ولد الشيخ الغزواني" && p.NameEn == "Mohammed Ould Al-Sheikh Al-Ghazouani");
        Assert.Contains(facts.Persons, p => p.Name == "محمد سالم ولد مرزوك");

        var born = Facts.Of("وكان الكاتب نجيب محفوظ ولد بحي الجمالية، والشاعر أحمد شوقي ولد عام 1868 في القاهرة.");
        Assert.Contains(born.Persons, p => p.Name == "نجيب محفوظ");
        Assert.Contains(born.Persons, p => p.Name == "أحمد شوقي");
    }

    [Fact]
    public void A_kunya_before_a_given_name_belongs_to_the_name()
    {
        var facts = Facts.Of("وأكد ابو خالد الحسيني في بيان أن القافلة وصلت، وشارك في استقبالها أبو يوسف الكردي وقال أبو عبد الله الليبي إنها تحمل أدوية.");
        Assert.Contains(facts.Persons, p => p.Name == "ابو خالد الحسيني" && p.NameEn!.StartsWith("Abu ", StringComparison.Ordinal));
        Assert.Contains(facts.Persons, p => p.Name == "أبو يوسف الكردي");
        // The nisba after a kunya is the name he is known by, not a nationality.
        Assert.Contains(facts.Persons, p => p.Name == "أبو عبد الله الليبي");
    }

    [Theory]
    [InlineData("ونقلت الصحيفة عن أبو خالد العراقي قوله إن المعركة طويلة.", "أبو خالد العراقي")]
    [InlineData("وظهر أبو مصعب السوري في تسجيل مصور.", "أبو مصعب السوري")]
    [InlineData("وقال أبو يوسف الأردني إن الاجتماع انتهى.", "أبو يوسف الأردني")]
    public void A_kunyas_nisba_stays_in_the_name_where_the_tagger_ends_it_before(string text, string name) =>
        Assert.Equal([name], Facts.Of(text).Persons.Select(p => p.Name));

    [Fact]
    public void A_word_opening_with_waw_after_a_lineage_word_is_still_the_name()
    {
        var facts = Facts.Of("وروى الحديث عامر بن أبي وداعة عن أبيه.");
        Assert.Contains(facts.Persons, p => p.Name == "عامر بن أبي وداعة");
    }

    [Fact]
    public void A_profession_and_the_words_that_praise_or_mourn_come_before_a_name_and_are_not_part_of_it()
    {
        var facts = Facts.Of("وعرضت القناة لقاء مع المذيعة الشهيرة منى الشاذلي مساء الأحد، ووضعت الزهور أمام صورة الملكة الراحلة إليزابيث.");
        Assert.Contains(facts.Persons, p => p.Name == "منى الشاذلي");
        Assert.Contains(facts.Persons, p => p.Name == "إليزابيث");

        var twice = Facts.Of("ووصل اللاعب المحلي المخضرم سالم العنزي إلى المعسكر.");
        Assert.Contains(twice.Persons, p => p.Name == "سالم العنزي");

        // Before his post a profession's word is a family name.
        var surname = Facts.Of("وقال ناصر الشاعر نائب رئيس الوزراء إن الحكومة ستجتمع.");
        Assert.Contains(surname.Persons, p => p.Name == "ناصر الشاعر");
    }

    [Fact]
    public void A_name_cut_before_an_ordinary_word_does_not_end_on_the_lineage_word_before_it()
    {
        var facts = Facts.Of("وسجل هدف الفوز حسام غالي ابن النادي في الدقيقة الأخيرة.");
        Assert.Contains(facts.Persons, p => p.Name == "حسام غالي");
    }

    [Theory]
    [InlineData("وأكد المدرب خورخي كالديرون أن الفريق جاهز للمباراة.", "خورخي كالديرون")]
    [InlineData("وقاد ماركوس سيلفا الفريق إلى اللقب.", "ماركوس سيلفا")]
    [InlineData("وانضم اللاعب الألماني مايكل بالاك إلى الفريق.", "مايكل بالاك")]
    [InlineData("ونقل عن يوهان بالاك قوله إن الفريق سيفوز.", "يوهان بالاك")]
    public void A_foreign_surname_spelt_like_a_verb_or_a_preposition_on_a_noun_stays_in_the_name(string text, string name)
    {
        var facts = Facts.Of(text);
        Assert.Equal([name], facts.Persons.Select(p => p.Name));
    }

    [Fact]
    public void A_lone_foreign_surname_ending_like_an_adjective_is_a_name()
    {
        var facts = Facts.Of("وقالت إن أفكار رومانوفسكي أثرت في الباحثين.");
        Assert.Equal(["رومانوفسكي"], facts.Persons.Select(p => p.Name));
    }

    [Fact]
    public void A_lone_surname_in_ya_that_the_dictionary_knows_is_a_name_when_training_saw_it_as_one()
    {
        Assert.Equal(["روني"], Facts.Of("وسجل روني هدف الفوز في الدقيقة الأخيرة.").Persons.Select(p => p.Name));
        Assert.Empty(Facts.Of("وكان الأداء أساسي في الفوز.").Persons);
    }

    [Fact]
    public void A_name_after_a_title_ends_before_a_preposition_glued_to_a_word_where_the_tagger_ends_it()
    {
        var facts = Facts.Of("وكان الرئيس شافيز بتصريح مقتضب قد رحب بالزيارة.");
        Assert.Equal(["شافيز"], facts.Persons.Select(p => p.Name));
    }

    [Theory]
    [InlineData("وقال المفكر الأمريكي نعوم تشومسكي إن الحرب لن تنتهي قريبا.", "Noam")]
    [InlineData("وقال المدرب خورخي سامباولي إن الفريق جاهز.", "Jorge")]
    public void A_foreign_given_name_keeps_its_usual_english_spelling(string text, string given) =>
        Assert.StartsWith(given + " ", Assert.Single(Facts.Of(text).Persons).NameEn, StringComparison.Ordinal);

    [Theory]
    [InlineData("وقال وديع الصافي إن الأغنية اللبنانية بخير.", "وديع الصافي", "Wadih")]
    [InlineData("وحضرت سمية الخشاب حفل الختام في القاهرة.", "سمية الخشاب", "Sumaya")]
    [InlineData("وكتبت فدوى طوقان قصائد كثيرة عن فلسطين.", "فدوى طوقان", "Fadwa")]
    public void A_common_arab_given_name_opens_a_name_whole_with_its_usual_english_spelling(string text, string name, string given)
    {
        var person = Assert.Single(Facts.Of(text).Persons);
        Assert.Equal(name, person.Name);
        Assert.StartsWith(given + " ", person.NameEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وقال مايكل قنديل في مقابلة مع الصحيفة إن الوضع صعب.", "مايكل قنديل")]
    [InlineData("وأشاد الحضور بكلمة عادل فضة في الحفل.", "عادل فضة")]
    [InlineData("وقال بيتر جراح في مقابلة مع الصحيفة إن الوضع صعب.", "بيتر جراح")]
    public void A_given_name_where_the_tagger_stops_takes_the_word_after_it_as_its_surname(string text, string name) =>
        Assert.Equal([name], Facts.Of(text).Persons.Select(p => p.Name));

    [Fact]
    public void A_given_name_after_and_where_the_tagger_stops_takes_the_word_after_it_as_its_surname() =>
        Assert.Contains("طارق مدفع", Facts.Of("وضمت التشكيلة كلا من محسن سعد وخلف سالم وطارق مدفع.").Persons.Select(p => p.Name));

    [Theory]
    [InlineData("ومن بين الضيوف المغنية ماريا كاري وجوليا لويس درايفوس.", "جوليا لويس درايفوس")]
    [InlineData("وأهدى الكاتب روايته الأولى لجورج برنارد شو قبل وفاته.", "جورج برنارد شو")]
    public void A_given_name_before_a_name_after_and_or_to_opens_it(string text, string name) =>
        Assert.Contains(name, Facts.Of(text).Persons.Select(p => p.Name));

    [Fact]
    public void A_name_the_title_parser_read_as_a_later_post_is_the_titles_holder()
    {
        // «أمين» is also "secretary": the rules read «أمين الجميل …» as a second post, the tagger as a name.
        var facts = Facts.Of("وقال رئيس الجمهورية الأسبق أمين الجميل للصحفيين إن الحوار ضروري.");
        Assert.Equal(["أمين الجميل"], facts.Persons.Select(p => p.Name));
        Assert.Equal(["رئيس الجمهورية"], facts.Offices.Select(o => o.Title));
    }

    [Fact]
    public void A_given_name_glued_to_a_preposition_into_an_ordinary_word_opens_no_name() =>
        Assert.Equal(["شوماخر"], Facts.Of("وصوت المجلس لصالح شوماخر في القضية.").Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وقالت سارة تلد أغلب النساء في المستشفيات الحكومية.", "سارة")]
    [InlineData("وأحب محمد وامته الكرم.", "محمد")]
    public void A_given_name_takes_no_verb_nor_word_after_and_as_its_surname(string text, string name) =>
        Assert.Equal([name], Facts.Of(text).Persons.Select(p => p.Name));

    [Fact]
    public void A_nationality_the_tagger_reads_into_a_name_is_the_family_name()
    {
        var facts = Facts.Of("وتحدث الباحث محمد سعيد الكندي عن تاريخ المدينة.");
        Assert.Equal(["محمد سعيد الكندي"], facts.Persons.Select(p => p.Name));
    }

    [Theory]
    [InlineData("وأعلن رجل الأعمال رامي مخلوف تنحيه عن إدارة الشركة.", "رامي مخلوف")]
    [InlineData("ورأى المحلل العسكري فايز الدويري أن الهجوم فشل.", "فايز الدويري")]
    [InlineData("وقال الكابتن محمود الخطيب إن النادي سيعود.", "محمود الخطيب")]
    public void A_profession_and_its_field_introduce_a_name_and_are_not_part_of_it(string text, string name)
    {
        var facts = Facts.Of(text);
        Assert.Equal([name], facts.Persons.Select(p => p.Name));
    }

    [Theory]
    [InlineData("وقال الشمري مدير المستشفى إن الحالات استقرت.", "الشمري", "مدير المستشفى")]
    [InlineData("وقال الحربي رئيس اللجنة إن التقرير جاهز.", "الحربي", "رئيس اللجنة")]
    public void A_speaker_named_by_a_word_of_the_dictionary_before_his_post_is_a_person_who_holds_it(string text, string name, string title)
    {
        var facts = Facts.Of(text);
        var person = Assert.Single(facts.Persons);
        Assert.Equal(name, person.Name);
        Assert.Equal(title, Assert.Single(facts.Offices, o => o.Person == person.Id).Title);
    }

    [Fact]
    public void A_nationality_standing_for_a_person_introduces_his_name_and_gives_him_his_state()
    {
        // The rules alone, without the tagger, which knows many a champion's name by itself.
        var facts = new ArticleExtractor(KnowledgeGraph.Extraction.Gazetteers.Gazetteer.Default, null)
            .Extract(new Article("t", "كما تأهل السويسري ستانيسلاس فافرينكا إلى الدور الثاني.", new DateOnly(2025, 3, 12), "ar"));
        var person = Assert.Single(facts.Persons);
        Assert.Equal(("ستانيسلاس فافرينكا", "CH"), (person.Name, Assert.Single(person.Countries)));
    }

    [Fact]
    public void A_nationality_standing_for_a_person_introduces_two_words_training_never_saw_outside_a_name()
    {
        // The dictionary's affix rules read «مارات» and «كوزلوف» as ordinary words; training never saw either outside a name.
        var person = Assert.Single(Facts.Of("وفي الدور الثاني تغلب الروسي مارات كوزلوف على منافسه بثلاث مجموعات.").Persons);
        Assert.Equal(("مارات كوزلوف", "RU"), (person.Name, Assert.Single(person.Countries)));
    }

    [Theory]
    [InlineData("وتضم القائمة القصيرة الإيطالي أمبرتو إيكو والتشيكي ميلان كونديرا والتركية إليف شافاق.", "ميلان كونديرا")]
    [InlineData("ومن بين المرشحين الكيني نغوغي وا ثيونغو والتشيكي ميلان كونديرا.", "نغوغي وا ثيونغو")]
    [InlineData("وتأهل إلى النهائي الصربي نوفاك ديوكوفيتش والإسباني رافائيل نادال والسويسري روجيه فيدرر.", "نوفاك ديوكوفيتش")]
    public void In_a_list_of_nationals_where_one_name_is_found_each_nationality_is_followed_by_a_name(string text, string name) =>
        Assert.Contains(name, Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("واعتمدت اللجنة القطري عبد الله المناعي والعماني عبد الله بامخالف قرعة الدور الثاني في الكويت", "عبد الله بامخالف")]
    [InlineData("وأشاد الوزير بالتعاون الأردني الوثيق والمصري المتواصل في هذا الملف.", null)]
    public void A_list_of_nationals_names_no_one_without_a_name_found_and_its_last_name_ends_where_the_found_one_does(string text, string? last) =>
        Assert.Equal(last, Facts.Of(text).Persons.Select(p => p.Name).LastOrDefault());

    [Theory]
    [InlineData("وتغلب الرمثا على شباب الحسين بهدفين، فالحسين لم يقدم ما يشفع له في الشوط الثاني.")]
    [InlineData("وخسر الحسين أمام نادي الحسين بهدف دون رد في المباراة التي جرت أمس.")]
    public void A_word_the_text_also_names_as_a_club_names_the_club_alone_too(string text) =>
        Assert.Empty(Facts.Of(text).Persons);

    [Fact]
    public void A_given_name_with_the_article_stays_a_person_where_no_club_bears_it() =>
        Assert.Equal(["الحسين"], Facts.Of("وقال الحسين إن شباب الأردن قادرون على الإنجاز.").Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وقال المتحدث بلعاوي إن الشعب الفلسطيني يريد السلام.")]
    [InlineData("وقد استقبل الوزير أمس السفير بلعاوي في مكتبه.")]
    public void A_name_the_dictionary_reads_only_as_a_preposition_on_a_word_is_no_adjective(string text) =>
        Assert.Equal(["بلعاوي"], Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وقال المسؤول إن هروب بن لادن إلى الجبال كان متوقعا.")]
    [InlineData("واعتقلت الشرطة عددا من مؤيدي بن لادن في المدينة.")]
    public void A_word_before_the_lineage_that_closes_a_listed_figures_name_is_not_his_given_name(string text) =>
        Assert.Equal(["bin Laden"], Facts.Of(text).Persons.Select(p => p.NameEn));

    [Theory]
    [InlineData("وقالت كلاين إن الحكومة ستدرس الأمر.", "كلاين")]
    [InlineData("وفازت الألمانية كلاين شميت بالمرحلة الثالثة من الرالي.", "كلاين شميت")]
    public void A_name_opening_with_kaf_keeps_it_though_the_rest_spells_a_listed_figures_surname(string text, string name) =>
        Assert.Equal([name], Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وقال مدير الموارد البشرية بفولكسفاجن إن الشركة ستوظف ألف عامل.")]
    [InlineData("وأكد المدير الفني لريال مدريد أن الفريق جاهز.")]
    public void A_listed_company_or_club_behind_a_preposition_after_a_post_is_where_it_is_held_not_a_name(string text) =>
        Assert.Empty(Facts.Of(text).Persons);

    [Theory]
    [InlineData("وزار البابا بنديكتوس السادس عشر تركيا، وذلك بعد عشر سنوات من زيارة سلفه.")]
    [InlineData("وافتتح الملك فؤاد الأول الجامعة، وكان الأول في البلاد.")]
    public void A_regnal_number_closing_a_name_is_no_surname_to_find_alone(string text) =>
        Assert.Empty(Assert.Single(Facts.Of(text).Persons).Aliases);

    [Theory]
    [InlineData("الدكتور سعر الدولار قد ارتفع الخميس.")]
    [InlineData("الدكتور السادس قد وصل.")]
    public void Words_training_saw_often_and_never_in_a_name_or_an_ordinal_alone_name_no_one(string text) =>
        Assert.Empty(Facts.Of(text).Persons);

    [Theory]
    [InlineData("ويتوجه الوفد غدا إلى ريو دي جانيرو للمشاركة في القمة.")]
    [InlineData("وفاز اللاعب ببطولات سيدني ولاس فيغاس وميامي.")]
    public void The_end_of_a_places_name_that_opens_before_it_names_no_one(string text) =>
        Assert.Empty(Facts.Of(text).Persons);

    [Fact]
    public void A_name_in_quotes_after_a_book_or_a_channel_is_its_name() =>
        Assert.Empty(Facts.Of("ودخل العداء موسوعة \" غينيس \" للأرقام القياسية.").Persons);

    [Theory]
    [InlineData("ومن أبطال الفيلم توم هانكس وهنري وينكلر وجوليا روبرتس.", "هنري وينكلر")]
    [InlineData("وحضر الحفل بيتر مايلز وجورج ويلكنسون.", "جورج ويلكنسون")]
    public void A_surname_opening_with_waw_after_a_given_name_behind_waw_continues_the_name(string text, string name) =>
        Assert.Contains(name, Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وقال المتحدث باسم الخارجية هو نيد برايس إن الحوار مستمر.", "نيد برايس")]
    [InlineData("وأوضح المفوض السامي هو المسؤول الأول عن الملف.", null)]
    [InlineData("واستقبل الرئيس الصيني هو جينتاو نظيره الروسي في بكين.", "هو جينتاو")]
    public void He_is_between_a_post_and_its_holder_is_no_part_of_the_name_unless_a_listed_figure_opens_there(string text, string? name) =>
        Assert.Equal(name, Facts.Of(text).Persons.Select(p => p.Name).SingleOrDefault());

    [Fact]
    public void The_secretary_general_as_the_egyptian_press_writes_it_is_a_post_that_ends_the_name_before_it()
    {
        var facts = Facts.Of("وحضر الاجتماع اللواء سامي عادل السكرتير العام للمحافظة.");
        var person = Assert.Single(facts.Persons);
        Assert.Equal(("سامي عادل", "Secretary-General"), (person.Name, Assert.Single(facts.Offices).TitleEn));
    }

    [Theory]
    [InlineData("وشارك المهاجم البديل نور الدين البخاري في الشوط الثاني.", "نور الدين البخاري")]
    [InlineData("وسجل اللاعب الشاب المتألق يوسف النصيري هدفين.", "يوسف النصيري")]
    [InlineData("واستقبل الوزير قائد القيادة المركزية الأمريكية الأدميرال براد كوبر.", "براد كوبر")]
    public void A_name_opens_where_the_tagger_opens_it_after_ordinary_words_with_the_article(string text, string name) =>
        Assert.Equal([name], Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وأصيب اثنان من أفراد حماية الكربولي في الهجوم.", "الكربولي")]
    [InlineData("وأعلن عن زيارة المشهداني إلى عمان.", "المشهداني")]
    public void A_lone_family_name_shaped_as_a_nisba_after_a_noun_in_ta_marbuta_is_a_name(string text, string name) =>
        Assert.Equal([name], Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وأحرز البرازيلي فيرنانديني لويس أدريانو هدف التعادل.", "فيرنانديني لويس أدريانو")]
    [InlineData("وتوج الكولومبي خيمينيثو ماريو غوميز بالجائزة.", "خيمينيثو ماريو غوميز")]
    public void After_a_nationality_a_word_no_one_knows_opens_the_name_found_after_it(string text, string name) =>
        Assert.Equal([name], Facts.Of(text).Persons.Select(p => p.Name));

    [Fact]
    public void With_gods_help_is_a_set_phrase_not_a_name() =>
        Assert.Empty(Facts.Of("وختم كلمته قائلا: سنعيد بناء ما تهدم بعون الله.").Persons);

    [Fact]
    public void My_visit_after_a_name_the_tagger_finds_is_no_part_of_it() =>
        Assert.Equal(["أوكامبو"], Facts.Of("أوكامبو زيارتي إلى طهران ستكون قريبا .").Persons.Select(p => p.Name));

    [Fact]
    public void A_son_and_a_daughter_after_a_post_name_no_one() =>
        Assert.Equal(["سامي", "هند"], Facts.Of("وللسفير ابن وابنة ، سامي وهند .").Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وناشد المتظاهرون الرئيس لحود التدخل لوقف الاشتباكات.")]
    [InlineData("وناشد المتظاهرون الرئيس لحود الحكومة التدخل.")]
    public void A_name_right_after_a_title_with_the_article_is_its_holder_not_the_titles_complement(string text)
    {
        var facts = Facts.Of(text);
        Assert.Equal("لحود", Assert.Single(facts.Persons).Name);
        Assert.Equal(("الرئيس", "President"), facts.Offices.Select(o => (o.Title, o.TitleEn)).Single());
    }

    [Theory]
    [InlineData("وأشاد المحاضر بمقدمة ابن خلدون في علم الاجتماع.", "ابن خلدون")]
    [InlineData("وروى ابن بطوطة في كتابه مشاهداته في الهند.", "ابن بطوطة")]
    [InlineData("وقرأ الطلاب شعر ابن زريق البغدادي.", "ابن زريق البغدادي")]
    public void Son_of_before_a_word_no_dictionary_lists_opens_the_name_he_is_known_by(string text, string name) =>
        Assert.Equal([name], Facts.Of(text).Persons.Select(p => p.Name));

    [Fact]
    public void Son_of_before_kin_names_no_one() =>
        Assert.Empty(Facts.Of("وحضر الحفل ابن عم الرئيس وابن شقيقه.").Persons);

    [Fact]
    public void The_queen_is_a_monarchs_title_and_her_regnal_number_is_feminine()
    {
        var facts = Facts.Of("واستقبلت الملكة إليزابيث الثانية رئيس الوزراء في قصر باكنغهام.");
        var queen = Assert.Single(facts.Persons);
        Assert.Equal(("إليزابيث الثانية", "Elizabeth II"), (queen.Name, queen.NameEn));
        Assert.Equal("Queen", Assert.Single(facts.Offices).TitleEn);
    }

    [Theory]
    [InlineData("وتجمع السكان في بيت الملك الذي حكمت زوجته 40 عاما .")]
    [InlineData("وتجمع السكان في بيت الرئيس الذي حكمت المحكمة ببراءته .")]
    public void Who_after_a_title_is_no_adjective_before_a_name(string text) =>
        Assert.Empty(Facts.Of(text).Persons);

    [Theory]
    [InlineData("وتأهل الألماني مايكل والجنوب أفريقي أدامس إلى الدور الثاني .")]
    [InlineData("وخسر الإسباني كارلوس والجنوب إفريقية سارة في الدور الأول .")]
    public void The_first_word_of_a_nationality_of_two_after_and_is_no_name(string text) =>
        Assert.DoesNotContain(Facts.Of(text).Persons, p => p.Name.Contains("الجنوب", StringComparison.Ordinal));

    [Theory]
    [InlineData("وقال محافظ البنك المركزي الفرنسي جان بيير تلاميه ان اليورو قوي .", "جان بيير تلاميه")]
    [InlineData("وأكد المفوض الأوروبي جان بول ترابيه أن المفاوضات مستمرة .", "جان بول ترابيه")]
    public void After_a_post_and_two_given_names_a_surname_shaped_like_a_verb_that_training_never_saw_is_his(string text, string name) =>
        Assert.Equal([name], Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("والتقى الوزير الصيني وانغ يونغ نظيره الياباني أمس.", "وانغ يونغ")]
    [InlineData("وأشاد المدرب بأداء اللاعب بارك يونغ سو في المباراة.", "بارك يونغ سو")]
    public void A_word_the_dictionary_lists_as_no_verb_is_no_headline_verb_inside_a_name(string text, string name) =>
        Assert.Equal([name], Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وعادت الميدالية النحاسية للقطري علي بلال حسن بعد أن دخل ثالثا .", "علي بلال حسن")]
    [InlineData("ويدافع المحامون عن المتهمين وأبرزهم علي حسن الجبوري الملقب بأبي حسن .", "علي حسن الجبوري")]
    public void Ali_spelt_as_the_preposition_opens_the_name_where_the_tagger_opens_it(string text, string name) =>
        Assert.Contains(name, Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وقصفت الطائرات مكتب الشيخ محمد يزبك المسؤول في الحزب .", "محمد يزبك")]
    [InlineData("وزار الوفد منزل الحاج حسن يموت في القرية .", "حسن")]
    public void A_last_word_after_a_given_name_that_only_the_affix_rules_read_as_a_verb_is_a_surname(string text, string name) =>
        Assert.Equal([name], Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وأكد عبدي حسن محمود أن القوات انسحبت من المدينة .", "عبدي حسن محمود")]
    [InlineData("وشارك تيم سيباستيان كمحاور في الندوة .", "تيم سيباستيان")]
    [InlineData("ويأمل مؤيدي بن لادن في الإفراج عنه .", "بن لادن")]
    public void A_word_training_did_not_see_as_ordinary_opens_the_name_where_the_tagger_opens_it(string text, string name) =>
        Assert.Contains(name, Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وزار الوفد مرقد الإمام الكاظم في بغداد .", "الكاظم")]
    [InlineData("وألقى الإمام الأكبر كلمة في المؤتمر .", null)]
    [InlineData("وصلى المؤمنون خلف الإمام الجليل في المسجد .", null)]
    public void An_imam_is_known_by_his_epithet_with_the_article_not_by_words_in_praise(string text, string? name) =>
        Assert.Equal(name, Facts.Of(text).Persons.Select(p => p.Name).SingleOrDefault());

    [Fact]
    public void Assistant_after_a_profession_is_no_part_of_the_name() =>
        Assert.Equal(["محمد علي"], Facts.Of("وقال المدرب المساعد محمد علي إن الفريق جاهز .").Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وفي ذلك العام قاد حذيفة بن اليمان الجيش إلى الشمال .", "حذيفة بن اليمان")]
    [InlineData("وفي ذلك العام قاد عتبة بن ربيعة الجيش إلى الشمال .", "عتبة بن ربيعة")]
    [InlineData("وفي ذلك العام قاد جعدة بن هبيرة الجيش إلى الشمال .", "جعدة بن هبيرة")]
    public void A_name_the_tagger_opens_on_son_of_opens_on_the_word_before_that_is_no_ordinary_one(string text, string name) =>
        Assert.Equal([name], Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("ونجح المهاجم عماد زكي بتسجيل هدف التعادل .", "عماد زكي")]
    [InlineData("وقال المدرب محمود لطفي إن الفريق جاهز .", "محمود لطفي")]
    [InlineData("وقال المدرب محمود بركات إن الفريق جاهز .", "محمود بركات")]
    public void A_preposition_on_an_ordinary_indefinite_noun_ends_the_name(string text, string name) =>
        Assert.Equal([name], Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("ويعتبر الكاتب الهولندي بيتر فاندرخوف يانسن من أبرز المرشحين للجائزة .", "بيتر فاندرخوف يانسن")]
    [InlineData("وفازت الممثلة الإيطالية كلوديا مارتيني تيرا بجائزة أفضل ممثلة .", "كلوديا مارتيني تيرا")]
    [InlineData("وقال مصدر إن المدرب الهولندي بيتر فاندرخوف سيعلن تشكيلته غدا .", "بيتر فاندرخوف")]
    [InlineData("والمدرب الهولندي بيتر فاندرخوف يلتقي اللاعبين غدا .", "بيتر فاندرخوف")]
    public void After_a_foreign_word_a_word_shaped_like_a_verb_that_the_dictionary_does_not_list_is_the_names(string text, string name) =>
        Assert.Equal([name], Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وقتل الإمام علي في الكوفة .", "علي")]
    [InlineData("وأثنى الشيخ على المبادرة .", null)]
    public void Ali_right_after_an_honorific_is_the_name_before_a_function_word_too(string text, string? name) =>
        Assert.Equal(name, Facts.Of(text).Persons.Select(p => p.Name).SingleOrDefault());

    [Fact]
    public void A_word_whose_stem_the_dictionary_knows_behind_a_preposition_does_not_make_ordinary_words_after_a_profession_a_name() =>
        Assert.Empty(Facts.Of("وقدم المدرب الفرنسي نصائح كثيرة بلهجة حازمة .").Persons);

    [Theory]
    [InlineData("وتقدم الملاكم الكوبي راسم دوار بنقاط الحكام .", "راسم دوار")]
    [InlineData("وقدم المدرب الفرنسي نصائح عديدة للاعبين .", null)]
    public void Unseen_words_after_a_profession_and_a_nationality_up_to_a_preposition_are_the_persons_name(string text, string? name) =>
        Assert.Equal(name, Facts.Of(text).Persons.Select(p => p.Name).SingleOrDefault());

    [Fact]
    public void A_first_word_shaped_like_a_verb_that_only_the_affix_rules_know_opens_the_tagged_name() =>
        Assert.Equal(["يوتا كلاوسن"], Facts.Of("وتراجعت حاملة اللقب الألمانية يوتا كلاوسن إلى المركز الخامس .").Persons.Select(p => p.Name));

    [Theory]
    [InlineData("ويعود حازم إمام إلى الملاعب بعد غياب طويل .", "حازم إمام")]
    [InlineData("ووقف أحمد أمام القاضي صامتا .", "أحمد")]
    public void Imam_with_the_hamza_below_is_a_family_name_not_the_preposition_in_front_of(string text, string name) =>
        Assert.Equal([name], Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وتولى الحكم بعده الأمير زيان ابن أخيه حتى سقوط المدينة .", "زيان")]
    [InlineData("وخلفه في الحكم يوسف ابن أخيه عام 1350 .", "يوسف")]
    [InlineData("وبعث رئيس الجمهورية برسالة إلى أخيه الرئيس السنغالي باسيرو ديوماي فاي .", "باسيرو ديوماي فاي")]
    public void Son_of_his_brother_is_a_nephew_not_a_lineage(string text, string name) =>
        Assert.Equal([name], Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وأكد عرفات في رسالته إلى القمة العربية أن الشعب الفلسطيني صامد .", "عرفات")]
    [InlineData("وبث التلفزيون كلمة مسجلة لبن لادن دعا فيها أنصاره إلى القتال .", "بن لادن")]
    [InlineData("وصوت المجلس لصالح القرار بأغلبية كبيرة .", null)]
    [InlineData("وسقطت قذيفة قرب خان يونس جنوبي القطاع .", null)]
    [InlineData("وتستعد القوات لهجوم بري على المدينة .", null)]
    public void A_listed_figures_surname_that_training_saw_in_names_is_the_figure_alone_though_the_dictionary_knows_it(string text, string? name) =>
        Assert.Equal(name, Facts.Of(text).Persons.Select(p => p.Name).SingleOrDefault());

    [Theory]
    [InlineData("ووجه الرئيس الفرنسي دعوة لمحمد بن سلمان لزيارة باريس .")]
    [InlineData("وقدم الوفد درعا تذكارية لمحمد بن سلمان في ختام الزيارة .")]
    public void A_preposition_on_a_given_name_ends_the_name_before_it_and_is_not_part_of_the_next(string text) =>
        Assert.Equal(["محمد بن سلمان"], Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وكان في استقبال الوفد السيد علي الكويتي مدير الإدارة .", "علي الكويتي")]
    [InlineData("وشارك في الندوة الشيخ علي الإماراتي .", "علي الإماراتي")]
    [InlineData("وقال اللاعب المصري محمد صلاح إن الفريق مستعد .", "محمد صلاح")]
    public void After_an_honorific_and_a_given_name_alone_a_nisba_is_the_family_name(string text, string name) =>
        Assert.Equal([name], Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وأين كان المتهم عندما وقع الحادث ؟")]
    [InlineData("وبلغت قيمة الجائزة عشرة ملايين كرونور .")]
    [InlineData("وتراجع اليورو أمام الدولار في تعاملات أمس .")]
    public void Interrogatives_and_currencies_name_no_one(string text) =>
        Assert.Empty(Facts.Of(text).Persons);

    [Fact]
    public void A_name_after_the_word_for_lands_or_a_people_is_a_places_or_a_peoples() =>
        Assert.Empty(Facts.Of("وكانت بلاد فارس تنتج الحرير بكثرة .").Persons);

    [Theory]
    [InlineData("تولى علي الخلافة بعد مقتل عثمان ثم انتقل إلى الكوفة .", new[] { "علي", "عثمان" })]
    [InlineData("وتغلب يونس العيناوي علي الفرنسي سيدريك بيولين وتأهل إلى الدور الثاني .", new[] { "يونس العيناوي", "سيدريك بيولين" })]
    public void In_a_text_that_writes_the_preposition_with_alef_maqsura_Ali_is_the_name(string text, string[] names) =>
        Assert.Equal(names, Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وسجل المهاجم الإنجليزي واين روني هدفين .", new[] { "واين روني" })]
    [InlineData("ولا يوجد خلاف بين واين وكريستيانو .", new[] { "واين", "كريستيانو" })]
    public void A_names_first_letter_waw_stays_where_the_rest_would_be_a_function_word(string text, string[] names) =>
        Assert.Equal(names, Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وذكرت صحيفة إندبندنت أون صنداي اللندنية اليوم أن الحكومة ستستقيل .")]
    [InlineData("ونقلت صحيفة ميل أون صنداي عن مصادر أن الوزير سيستقيل .")]
    public void A_Sunday_newspapers_name_names_no_one(string text) =>
        Assert.Empty(Facts.Of(text).Persons);

    [Theory]
    [InlineData("وأحيا المغني البريطاني روبي ويليامز حفلا في لندن أمس .", new[] { "روبي ويليامز" })]
    [InlineData("والتقى المبعوث هوكشتاين وعون في بيروت .", new[] { "هوكشتاين", "عون" })]
    public void A_listed_surname_that_opens_with_waw_continues_the_name_before_it(string text, string[] names) =>
        Assert.Equal(names, Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("ويظهر في الفيلم الملك \" أوتار موند \" وهو يحارب .", new[] { "أوتار موند" })]
    [InlineData("وكتب الدكتور \" ألريك بانسن \" المقال .", new[] { "ألريك بانسن" })]
    [InlineData("وقال مدير الشركة \" بروتان انترناسيونال \" إن الأرباح زادت .", new string[0])]
    [InlineData("وهنأ الرئيس الأمير \" حفظه الله \" بالعيد .", new string[0])]
    [InlineData("وقالت عن فيلمها الأول \" ليالي دبي \" إنه نجح .", new string[0])]
    public void Words_in_quotation_marks_after_a_complete_title_or_an_honorific_are_a_name(string text, string[] names) =>
        Assert.Equal(names, Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وسجل الهدف اللاعب كريم محمد عبد الجليل في الدقيقة 30 .", new[] { "كريم محمد عبد الجليل" })]
    [InlineData("والمسلسل من تأليف سامي حسن عبد القوي وإخراج هاني إسماعيل .", new[] { "سامي حسن عبد القوي", "هاني إسماعيل" })]
    public void The_word_after_abd_closes_a_name_though_training_saw_it_as_an_ordinary_word(string text, string[] names) =>
        Assert.Equal(names, Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("يليه زميله في فيراري دومنيز باريكيلو برصيد 108 نقاط .", new[] { "دومنيز باريكيلو" })]
    [InlineData("وتحدث مع الوزير ويهاتف أردوغان مساء .", new[] { "أردوغان" })]
    public void An_unknown_word_before_a_tagged_name_is_its_first_name(string text, string[] names) =>
        Assert.Equal(names, Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وثار بركان كيلاويا في هاواي .")]
    [InlineData("وأقيم القداس في كنيسة ماريوس القديمة .")]
    [InlineData("وعرض الفيلم ماتيلدا في المهرجان .")]
    [InlineData("وأدى فيضان كوستي إلى تدمير المنازل .")]
    [InlineData("وعاشت قبائل ماسيلا في الوادي قرونا .")]
    public void A_name_after_a_things_noun_names_the_thing(string text) =>
        Assert.Empty(Facts.Of(text).Persons);

    [Fact]
    public void A_person_may_own_a_film_named_without_the_article() =>
        Assert.Contains("عادل إمام", Facts.Of("وقال إن فيلم عادل إمام الجديد ناجح .").Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وقال الكاردينال ماريوتي إن الكنيسة قلقة .", new[] { "ماريوتي" })]
    [InlineData("وحكمت الإمبراطورة تسيكانو البلاد قرنا .", new[] { "تسيكانو" })]
    [InlineData("ففي عهد الشاه إسماعيل الأول أصبحت المدينة عاصمة .", new[] { "إسماعيل الأول" })]
    public void Peers_clergy_shahs_and_empresses_introduce_their_names(string text, string[] names) =>
        Assert.Equal(names, Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وفي عهد الملك عباس ازدهرت المدينة .", new[] { "عباس" })]
    [InlineData("وقال الفنان رفعت إن العمل ممتع .", new[] { "رفعت" })]
    public void A_past_verb_of_she_ends_a_name_after_a_title(string text, string[] names) =>
        Assert.Equal(names, Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وحضر اللقاء السفير جراح الجراح .", new[] { "جراح الجراح" })]
    [InlineData("وأقام سمو أمير البلاد مأدبة غداء رسمية للضيف .", new string[0])]
    public void Words_training_never_saw_as_ordinary_ones_after_a_courtesy_style_are_a_name(string text, string[] names) =>
        Assert.Equal(names, Facts.Of(text).Persons.Select(p => p.Name));

    [Fact]
    public void A_given_name_read_by_the_rules_only_opens_a_name_the_tagger_ends() =>
        Assert.Equal(["صهيب العبيدي"], Facts.Of("وقال صهيب العبيدي إن الفريق جاهز .").Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وشاركت في المسلسل سلمى وليلى طاهر وغيرهن .")]
    [InlineData("والمسلسل من بطولة رغدة وليلى طاهر .")]
    public void A_given_name_before_a_name_after_waw_is_not_its_first_word(string text)
    {
        var names = Facts.Of(text).Persons.Select(p => p.Name).ToList();
        Assert.Contains("ليلى طاهر", names);
        Assert.DoesNotContain(names, n => n.Contains("وليلى", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وكان المدربان حسام حسن وعادل فازا بالبطولة .")]
    [InlineData("وكان اللاعبون أحمد حسن وعادل فازوا بالبطولة .")]
    public void A_past_verb_of_two_or_more_after_names_is_not_their_last_word(string text) =>
        Assert.Contains("عادل", Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("ورفض المدرب الحديث عن أي اسماء محتملة لخلافة فيرجسون .", "فيرجسون")]
    [InlineData("وقال إن اسماء محتملة لخلافة كابيلو طرحت .", "كابيلو")]
    public void A_given_name_that_is_also_a_word_does_not_open_a_name_the_tagger_finds_after_ordinary_words(string text, string name) =>
        Assert.Equal([name], Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وقال المتحدث باسم وزارة الداخلية زماراي بشاري إن الوضع هادئ .", new[] { "زماراي بشاري" })]
    [InlineData("وقال وزير الصحة زماراي بشاري ، إن المستشفيات جاهزة .", new[] { "زماراي بشاري" })]
    [InlineData("وقال وزير الصحة اليوم إن المستشفيات جاهزة .", new string[0])]
    [InlineData("المتحدث باسم الوزارة زماراي بشاري أعلن أن الهجوم فشل .", new[] { "زماراي بشاري" })]
    public void Two_words_training_never_saw_as_ordinary_between_a_post_and_the_clauses_end_are_its_holders_name(string text, string[] names) =>
        Assert.Equal(names, Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وقال المتحدث إن الوضع هادئ .")]
    [InlineData("وكان هادئ الطباع طوال اللقاء .")]
    public void A_word_ending_in_hamza_on_ya_is_no_given_name_it_folds_to(string text) =>
        Assert.Empty(Facts.Of(text).Persons);

    [Fact]
    public void A_word_written_with_tanween_is_no_word_of_a_name() =>
        Assert.DoesNotContain(Facts.Of("وقال السفير زماراي مبتسماً إن العلاقات جيدة .").Persons, p => p.Name.Contains("مبتسماً", StringComparison.Ordinal));

    [Fact]
    public void Latin_letters_spelt_out_are_an_acronym_not_a_name() =>
        Assert.Empty(Facts.Of("وقال المراقب العام في تصريحات لبي بي سي إن الوضع صعب .").Persons);

    [Theory]
    [InlineData("ويعيش الأسد الهندي في غابات الهند .", new string[0])]
    [InlineData("ويعرف باسم الطالباني الاسترالي .", new string[0])]
    [InlineData("والتقى الأسد السفير الروسي .", new[] { "الأسد" })]
    public void A_definite_word_alone_before_a_definite_nationality_is_a_kind_not_a_person(string text, string[] names) =>
        Assert.Equal(names, Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وتقع البلدة على ضفاف نهر الليطاني .", new string[0])]
    [InlineData("وضمت القائمة تامر أبو جبل ومحمود محمود .", new[] { "تامر أبو جبل", "محمود محمود" })]
    public void A_mountain_or_a_river_names_no_one_but_a_mountain_after_abu_is_a_name(string text, string[] names) =>
        Assert.Equal(names, Facts.Of(text).Persons.Select(p => p.Name));

    [Fact]
    public void A_latin_spelling_in_brackets_after_a_name_is_that_persons_english_name_not_a_second_person()
    {
        var person = Assert.Single(Facts.Of("وقال الكاتب سلمان رشدي ( Salman Rushdie ) إن الرواية اكتملت .").Persons);
        Assert.Equal(("سلمان رشدي", "Salman Rushdie"), (person.Name, person.NameEn));
    }

    [Fact]
    public void A_name_found_shorter_than_the_latin_spelling_after_it_runs_on_to_the_brackets()
    {
        var person = Assert.Single(Facts.Of("والتقى وزير الخارجية يوناس غار ستوره ( Jonas Gahr Store ) نظيره المصري في القاهرة .").Persons);
        Assert.Equal(("يوناس غار ستوره", "Jonas Gahr Store"), (person.Name, person.NameEn));
    }

    [Fact]
    public void A_kunya_in_brackets_after_a_full_name_is_an_alias_of_that_person()
    {
        var person = Assert.Single(Facts.Of("والتقى الرئيس محمود عباس ( أبو مازن ) الوفد المصري .").Persons);
        Assert.Equal(("محمود عباس", "أبو مازن"), (person.Name, Assert.Single(person.Aliases)));
    }

    [Fact]
    public void Capitals_in_brackets_are_an_acronym_not_the_english_spelling_of_the_name_before_them() =>
        Assert.Equal("Mohamed ElBaradei", Assert.Single(Facts.Of("وقال مدير الوكالة محمد البرادعي ( IAEA ) إن التفتيش مستمر .").Persons).NameEn);

    [Fact]
    public void A_name_an_arabic_article_writes_in_latin_letters_keeps_its_capitals_in_english() =>
        Assert.Equal("Jose Mourinho", Assert.Single(Facts.Of("وقال المدرب Jose Mourinho إن الفريق جاهز .").Persons).NameEn);

    [Theory]
    [InlineData("أما ماركوني ولد عام 1874 في بولونيا .", new[] { "ماركوني" })]
    [InlineData("أنجب منها ثلاثة أطفال هم فيرجينا ولد عام 1600 ، وفينسيو ولد عام 1606 .", new[] { "فيرجينا", "فينسيو" })]
    [InlineData("وكان الوزير الأول المختار ولد اجاي في نواكشوط .", new[] { "المختار ولد اجاي" })]
    public void Ould_before_a_year_or_a_place_is_was_born_and_ends_the_name_before_it(string text, string[] names) =>
        Assert.Equal(names, Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وكان الملك الحسين طيب الله ثراه قد أمر ببناء المسجد .", "الحسين")]
    [InlineData("وأمر الشيخ زايد رحمه الله ببناء المسجد .", "زايد")]
    public void A_eulogy_after_a_name_is_no_part_of_it(string text, string name) =>
        Assert.Equal([name], Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("ورفض وزير الخارجية اقتراح كرافنتيلو بوقف إطلاق النار .", "كرافنتيلو")]
    [InlineData("والتقى رئيس الوزراء الدكتور كامل إدريس سفير مصر .", "كامل إدريس")]
    public void An_ordinary_word_after_a_title_opens_no_name_the_tagger_finds_after_it_unless_an_honorific_comes_first(string text, string name) =>
        Assert.Equal(name, Assert.Single(Facts.Of(text).Persons).Name);

    [Theory]
    [InlineData("وروى أبو هريرة الحديث .", "أبو هريرة")]
    [InlineData("وأبو عبد الله التركي إمام المسجد .", "أبو عبد الله التركي")]
    public void A_verb_with_waw_opening_the_sentence_opens_no_name_before_a_kunya(string text, string name) =>
        Assert.Equal(name, Assert.Single(Facts.Of(text).Persons).Name);

    [Fact]
    public void Waw_before_a_given_name_opening_the_sentence_is_and_not_a_verb() =>
        Assert.Equal("وليد جنبلاط", Assert.Single(Facts.Of("ووليد جنبلاط زعيم الحزب التقدمي .").Persons).Name);

    [Fact]
    public void A_name_the_tagger_ends_on_abu_goes_on_to_the_kunyas_name() =>
        Assert.Equal(["نبيه بري", "وائل أبو فاعور"], Facts.Of("التقى الرئيس نبيه بري ووائل أبو فاعور .").Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وقال الكاتب خوان دي لا كروز إن الرواية اكتملت .", "خوان دي لا كروز")]
    [InlineData("وقال المندوب الفرنسي جان بيير دو لا فونتين إن المجلس سيجتمع .", "جان بيير دو لا فونتين")]
    public void Two_particles_in_a_row_are_a_foreign_surnames_and_the_name_goes_on_after_them(string text, string name) =>
        Assert.Equal(name, Assert.Single(Facts.Of(text).Persons).Name);

    [Theory]
    [InlineData("ويعتبر كثيرون مالك رضوان بمثابة الأخ الأكبر لهم .", "مالك رضوان")]
    [InlineData("ويعتبر ناخبون فريد طوقان الأوفر حظا .", "فريد طوقان")]
    public void A_plural_of_a_word_before_a_given_name_opens_no_name(string text, string name) =>
        Assert.Equal(name, Assert.Single(Facts.Of(text).Persons).Name);

    [Theory]
    [InlineData("ووصف مراقبون كمال زيدوني بأنه رجل المرحلة .", "كمال زيدوني")]
    [InlineData("ويصف منتقدون عماد قزي بالمتشدد .", "عماد قزي")]
    public void A_given_name_before_a_word_unknown_to_training_and_to_the_dictionarys_entries_opens_a_name(string text, string name) =>
        Assert.Equal(name, Assert.Single(Facts.Of(text).Persons).Name);

    [Theory]
    [InlineData("ومنحه الرئيس وسام الاستحقاق من الدرجة الأولى .")]
    [InlineData("وقلده الملك وسام الشرف .")]
    [InlineData("ومنح الرئيس الفرنسي السفير وسام جوقة الشرف .")]
    public void A_medal_named_after_what_it_honours_is_no_person_named_wisam(string text) =>
        Assert.Empty(Facts.Of(text).Persons);

    [Theory]
    [InlineData("وقال العميد وسام الحسن إن التحقيق مستمر .", "وسام الحسن")]
    [InlineData("والتقى الوزير وسام الخطيب رئيس الوفد .", "وسام الخطيب")]
    public void Wisam_before_a_family_name_is_a_name(string text, string name) =>
        Assert.Equal(name, Assert.Single(Facts.Of(text).Persons).Name);

    [Fact]
    public void A_given_name_that_is_a_word_before_an_ordinary_word_with_the_article_is_that_noun_phrase() =>
        Assert.Empty(Facts.Of("وغنى حبيب الملايين أمام الجمهور .").Persons);

    [Fact]
    public void A_family_name_that_is_an_ordinary_word_after_a_post_stays_the_name() =>
        Assert.Equal("عماد السايح", Assert.Single(Facts.Of("وقال رئيس المفوضية عماد السايح إن الانتخابات ستجرى في موعدها .").Persons).Name);

    [Theory]
    [InlineData("وأشاد الوزير بجمال عبد الناصر ودوره التاريخي .", "جمال عبد الناصر")]
    [InlineData("ونوه الرئيس بمحمد صلاح لاعب ليفربول .", "محمد صلاح")]
    [InlineData("واتصل الوزير لمحمد بن سلمان لتهنئته .", "محمد بن سلمان")]
    [InlineData("والتقى الملك بنتنياهو في عمان .", "نتنياهو")]
    [InlineData("واجتمع الرئيس بلافروف في موسكو .", "لافروف")]
    public void A_name_behind_a_preposition_after_a_post_is_the_verbs_object_not_the_posts_holder(string text, string name)
    {
        var facts = Facts.Of(text);

        Assert.Equal(name, Assert.Single(facts.Persons).Name);
        Assert.Empty(facts.Offices);
    }

    [Fact]
    public void A_given_name_that_opens_with_ba_after_a_post_is_the_holders()
    {
        var facts = Facts.Of("والتقى الرئيس بشار الأسد الوفد .");

        var bashar = Assert.Single(facts.Persons);
        Assert.Equal("بشار الأسد", bashar.Name);
        Assert.Contains(facts.Offices, o => o.Person == bashar.Id && o.Title == "الرئيس");
    }

    [Theory]
    [InlineData("واجتمع رئيس الوزراء بوزير الخارجية التركي هاكان فيدان .")]
    [InlineData("ورحب رئيس الوزراء بالوفد المرافق لوزير الخارجية التركي هاكان فيدان .")]
    [InlineData("وأكد الرئيس لوزير الخارجية التركي هاكان فيدان ضرورة وقف الحرب .")]
    public void A_post_behind_a_preposition_after_a_post_is_the_objects_alone(string text)
    {
        var facts = Facts.Of(text);

        var fidan = Assert.Single(facts.Persons);
        Assert.Equal("هاكان فيدان", fidan.Name);
        var office = Assert.Single(facts.Offices, o => o.Person == fidan.Id);
        Assert.Equal(("وزير الخارجية", "TR"), (office.Title, office.Country));
    }

    [Fact]
    public void A_given_name_whole_keeps_a_first_letter_that_spells_a_proclitic() =>
        Assert.Equal("كريم", Assert.Single(Facts.Of("وتحدث كريم عن تجربته في الإخراج .").Persons).Name);

    [Theory]
    [InlineData("The plan is fair, Grace Mitchell told the conference.", "Grace Mitchell")]
    [InlineData("Helen Clark, a former UN official, said the plan was fair.", "Helen Clark")]
    public void A_common_English_given_name_opens_a_name_without_a_title(string text, string name) =>
        Assert.Equal(name, Assert.Single(Facts.Of(text, "2025-11-26", "en").Persons).Name);

    [Fact]
    public void A_given_name_behind_a_preposition_is_no_complement_of_the_post_before_it()
    {
        var facts = Facts.Of("صرح الدكتور سامي النجار وزير الري لمحمد السعدني نائب رئيس التحرير بأن الأمطار غزيرة .");

        var minister = Assert.Single(facts.Persons, p => p.Name == "سامي النجار");
        Assert.Equal(["وزير الري"], facts.Offices.Where(o => o.Person == minister.Id).Select(o => o.Title));
        Assert.Contains(facts.Persons, p => p.Name == "محمد السعدني");
    }

    [Fact]
    public void An_envoys_principal_behind_a_preposition_stays_in_the_envoys_post() =>
        Assert.Equal("المبعوث الخاص لرئيس الوزراء", Assert.Single(Facts.Of("وقال المبعوث الخاص لرئيس الوزراء البريطاني جون سميث إن المحادثات مستمرة .").Offices).Title);

    [Fact]
    public void A_word_of_praise_after_a_profession_opens_no_name() =>
        Assert.DoesNotContain(Facts.Of("وقال اللاعب المخضرم بلحاج قدور إن الفريق جاهز .").Persons, p => p.Name.StartsWith("المخضرم", StringComparison.Ordinal));

    [Theory]
    [InlineData("وقال الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا إن بلاده ستدعم الاتفاق .", "لويس إيناسيو لولا دا سيلفا")]
    [InlineData("وقال الرئيس البرازيلي لويس لولا دا سيلفا إن بلاده ستدعم الاتفاق .", "لويس لولا دا سيلفا")]
    public void Given_names_before_a_listed_figures_name_are_his(string text, string name)
    {
        var facts = Facts.Of(text);

        var lula = Assert.Single(facts.Persons);
        Assert.Equal(name, lula.Name);
        var office = Assert.Single(facts.Offices, o => o.Person == lula.Id);
        Assert.Equal(("الرئيس", "BR"), (office.Title, office.Country));
    }

    [Theory]
    [InlineData("وقاد المدرب مرزوق الحصة التدريبية أمس .", "مرزوق")]
    [InlineData("وقدم الفنان محمد منير الأغنية الوطنية في الحفل .", "محمد منير")]
    public void A_feminine_noun_and_its_adjective_after_a_name_are_the_sentences_object(string text, string name) =>
        Assert.Equal(name, Assert.Single(Facts.Of(text).Persons).Name);

    [Fact]
    public void A_noun_the_tagger_reads_before_a_given_name_is_no_part_of_the_name() =>
        Assert.Equal("محمد مرسي", Assert.Single(Facts.Of("وتحدث التقرير عن هروب محمد مرسي من السجن عام 2011 .").Persons).Name);

    [Theory]
    [InlineData("ووقع الاتفاقية أنور السادات .")]
    [InlineData("وتولى أنور السادات الحكم عام 1970 .")]
    public void A_family_name_with_the_article_that_training_never_saw_stays_after_the_given_name(string text) =>
        Assert.Equal("أنور السادات", Assert.Single(Facts.Of(text).Persons).Name);

    [Fact]
    public void A_given_name_after_a_listed_figures_whole_name_opens_the_next_persons() =>
        Assert.Equal(["إيمانويل ماكرون", "جان إيف لودريان"], Facts.Of("ووصل إلى بيروت موفد إيمانويل ماكرون جان إيف لودريان .").Persons.Select(p => p.Name).Order());

    [Theory]
    [InlineData("واستقبل الرئيس السفير الأمريكي ماثيو تولر في مكتبه .", "السفير")]
    [InlineData("والتقى الوزير السفير الأمريكي لدى العراق ماثيو تولر في بغداد .", "السفير الأمريكي لدى العراق")]
    [InlineData("واستقبل الرئيس السفير ماثيو تولر في مكتبه .", null)]
    public void The_ambassador_after_a_bare_title_is_the_next_person_not_its_holder(string text, string? title)
    {
        var facts = Facts.Of(text);

        var tueller = Assert.Single(facts.Persons);
        Assert.Equal("ماثيو تولر", tueller.Name);
        Assert.Equal(title is null ? [] : [title], facts.Offices.Where(o => o.Person == tueller.Id).Select(o => o.Title));
    }

    [Fact]
    public void An_indefinite_nationality_opens_no_name() =>
        Assert.Empty(Facts.Of("وصل طاقم أمريكي روسي جديد إلى المحطة الفضائية الدولية .").Persons);

    [Theory]
    [InlineData("واكتشف العلماء أن الباكتيريا ، وليس التوتر ، تسبب المرض .")]
    [InlineData("وقال الباحث إن الفيروسات تختلف عن الباكتيريا .")]
    public void A_loanword_in_ya_with_the_article_names_no_one(string text) =>
        Assert.Empty(Facts.Of(text).Persons);

    [Theory]
    [InlineData("وهنأ ماكرون الشعب الفرنسي بالعيد الوطني .", new[] { "ماكرون" })]
    [InlineData("واتهم غانتس نتنياهو بالفشل في إدارة الحرب .", new[] { "غانتس", "نتنياهو" })]
    [InlineData("وهاجم ترامب بايدن في خطابه أمس .", new[] { "بايدن", "ترامب" })]
    [InlineData("وقال وزير الدفاع آشتون كارتر إن القوات ستبقى .", new[] { "آشتون كارتر" })]
    public void A_listed_figures_surname_alone_is_a_person_as_subject_and_as_object(string text, string[] names) =>
        Assert.Equal(names, Facts.Of(text).Persons.Select(p => p.Name).Order());

    [Fact]
    public void A_word_no_dictionary_knows_after_a_verb_opening_the_sentence_is_its_subject() =>
        Assert.Equal("فيتيل", Assert.Single(Facts.Of("وأنهى فيتيل السباق في المركز الثاني .").Persons).Name);

    [Theory]
    [InlineData("وتابع حوالي40 شخصا المباراة من المدرجات .")]
    [InlineData("واكتسبت كيش شهرة واسعة بين السياح .")]
    public void A_glued_number_or_the_subject_of_a_verb_of_she_is_no_one(string text) =>
        Assert.Empty(Facts.Of(text).Persons);

    [Fact]
    public void A_word_no_dictionary_knows_after_a_verb_opening_a_clause_is_its_subject() =>
        Assert.Equal("تريزيغيه", Assert.Single(Facts.Of("وتعادل الفريقان بعدما سجل تريزيغيه هدفا في الدقيقة الأخيرة .").Persons).Name);

    [Fact]
    public void A_word_with_a_preposition_and_the_article_is_no_subject() =>
        Assert.Empty(Facts.Of("وارتفعت الأسعار فيما يتعلق باليورو .").Persons);

    [Fact]
    public void Two_words_training_never_saw_after_a_verb_of_saying_are_the_speakers_name() =>
        Assert.Equal("أنوش زماني", Assert.Single(Facts.Of("وأضاف أنوش زماني أن الرحلة كانت رائعة .").Persons).Name);

    [Fact]
    public void A_plural_noun_and_its_adjective_after_a_verb_of_saying_are_no_name() =>
        Assert.Empty(Facts.Of("وأضاف مسؤولون أمميون أن الوضع خطير .").Persons);

    [Theory]
    [InlineData("وقال اللاعب طارق السيد إن الفريق جاهز .", new[] { "طارق السيد" })]
    [InlineData("ويضم الفريق طارق السيد وعمرو زكي .", new[] { "طارق السيد", "عمرو زكي" })]
    public void A_courtesy_form_that_no_name_follows_is_the_family_name(string text, string[] names) =>
        Assert.Equal(names, Facts.Of(text).Persons.Select(p => p.Name).Order());

    [Fact]
    public void A_listed_figures_surname_between_that_and_a_verb_is_the_clauses_subject() =>
        Assert.Equal("عون", Assert.Single(Facts.Of("وبحسب البيان ، فإن عون شدد على ضرورة الانسحاب .").Persons).Name);

    [Theory]
    [InlineData("وخسر نوفاك ديوكوفيتش أمام منافسه .", "نوفاك ديوكوفيتش")]
    [InlineData("وأمرت القاضية آنا ديغز تايلور بوقف القرار .", "آنا ديغز تايلور")]
    [InlineData("وقال محللون روس إن العقوبات لم تنجح .", null)]
    public void A_word_only_the_dictionarys_affix_rules_know_between_an_opening_verb_and_a_tagged_name_is_its_first_name(string text, string? name) =>
        Assert.Equal(name, Facts.Of(text).Persons.SingleOrDefault()?.Name);

    [Fact]
    public void A_subject_the_dictionary_reads_as_fa_and_a_verb_is_a_name() =>
        Assert.Equal("فيدرر", Assert.Single(Facts.Of("وأشاد فيدرر بمنافسه .").Persons).Name);

    [Theory]
    [InlineData("وقالت ملالا يوسفزاي إن التعليم حق للجميع .", "ملالا يوسفزاي")]
    [InlineData("وأضاف قائلا إن الوضع صعب .", null)]
    public void After_a_verb_of_saying_an_unseen_word_in_alif_is_a_name_before_one_no_dictionary_knows(string text, string? name) =>
        Assert.Equal(name, Facts.Of(text).Persons.SingleOrDefault()?.Name);

    [Theory]
    [InlineData("وقال رجل الأعمال إيلون ماسك إن الشركة ستتوسع .")]
    [InlineData("وقال الملياردير الأمريكي إيلون ماسك إن الشركة ستتوسع .")]
    public void Two_unseen_words_after_a_profession_and_before_that_are_a_name(string text) =>
        Assert.Equal("إيلون ماسك", Assert.Single(Facts.Of(text).Persons).Name);

    [Theory]
    [InlineData("وقالت عارضة الأزياء نعومي كامبل إنها سعيدة .", "نعومي كامبل")]
    [InlineData("وفازت لمى الخطيب بالجائزة .", "لمى الخطيب")]
    public void Professions_and_given_names_that_are_no_ordinary_word_open_names(string text, string name) =>
        Assert.Equal(name, Assert.Single(Facts.Of(text).Persons).Name);

    [Theory]
    [InlineData("وتألق محمد صلاح ورامي .", new[] { "رامي", "محمد صلاح" })]
    [InlineData("وتألق محمد صلاح وسامي في المباراة .", new[] { "سامي", "محمد صلاح" })]
    [InlineData("وتألق في الدفاع محمد محمود وذيابات", new[] { "ذيابات", "محمد محمود" })]
    [InlineData("وغاب محمد صلاح وزملاؤه عن التدريب .", new[] { "محمد صلاح" })]
    [InlineData("وشكر محمد صلاح والجماهير على الدعم .", new[] { "محمد صلاح" })]
    public void After_a_name_and_a_given_name_or_an_unknown_word_alone_is_the_next_person(string text, string[] names) =>
        Assert.Equal(names, Facts.Of(text).Persons.Select(p => p.Name).Order());

    [Theory]
    [InlineData("وأفاد المصدر بان سامي يركز على الهجوم .", new[] { "سامي" })]
    [InlineData("وأوضح السفير بان الحكومة ستدرس المقترح .", new string[0])]
    [InlineData("ويسمح القرار لأي دولة عضو في الأمم المتحدة بان يقرر وحده متى يتحرك .", new string[0])]
    [InlineData("وقال بان كي مون إن الوضع خطير .", new[] { "بان كي مون" })]
    public void Ban_is_that_without_its_hamza_unless_ki_follows(string text, string[] names) =>
        Assert.Equal(names, Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("حين تبادل أحمد غازي وحاتم بني هاني التمرير حول المنطقة .", new[] { "أحمد غازي", "حاتم بني هاني" })]
    [InlineData("وقال وزير الأوقاف أحمد التوفيق إن الخطبة موحدة .", new[] { "أحمد التوفيق" })]
    [InlineData("وكان في استقباله الدكتور أحمد التوفيق وزير الأوقاف .", new[] { "أحمد التوفيق" })]
    public void A_definite_verbal_noun_after_a_name_is_the_verbs_object_where_the_clause_goes_on(string text, string[] names) =>
        Assert.Equal(names, Facts.Of(text).Persons.Select(p => p.Name).Order());

    [Theory]
    [InlineData("وكان الشيخ حسن القي خطبة الجمعة في المسجد .", "حسن")]
    [InlineData("وكان السيد محمد ألقى كلمة في الحفل .", "محمد")]
    [InlineData("وكان اللاعب سامي التحق بالفريق الموسم الماضي .", "سامي")]
    public void A_past_verb_spelt_as_if_with_the_article_ends_the_name(string text, string name) =>
        Assert.Equal(name, Assert.Single(Facts.Of(text).Persons).Name);

    [Theory]
    [InlineData("وتغلب الروسي مارات سافين على منافسه .", "مارات سافين", "RU")]
    [InlineData("فاز الروسي مارات سافين على منافسه .", "مارات سافين", "RU")]
    [InlineData("عندما سدد البرازيلي كارلوس كوريا كرة قوية .", "كارلوس كوريا", "BR")]
    [InlineData("وسجل الفرنسي لويس ساها الهدف الأول .", "لويس ساها", "FR")]
    public void A_nationality_right_after_the_verb_opening_the_sentence_is_the_named_persons(string text, string name, string country)
    {
        var person = Assert.Single(Facts.Of(text).Persons);
        Assert.Equal(name, person.Name);
        Assert.Equal([country], person.Countries);
    }

    [Theory]
    [InlineData("والتقى رئيس الوزراء الهولندي مارك روته نظيره البلجيكي .", "مارك روته")]
    [InlineData("وأعلنت الرئيسة التشيلية ميشيل باشليه خطة جديدة .", "ميشيل باشليه")]
    [InlineData("وافتتح الفنان حسني معرضه الجديد .", "حسني")]
    [InlineData("وأعلن الرئيس شافيز مواقفه من الأزمة .", "شافيز")]
    [InlineData("واستقبل السلطان قابوس بمكتبه الوزير .", "قابوس")]
    public void A_surname_only_the_dictionarys_affix_rules_read_as_a_noun_with_a_pronoun_stays(string text, string name) =>
        Assert.Equal(name, Assert.Single(Facts.Of(text).Persons).Name);

    [Theory]
    [InlineData("واستقبل الملك وزير الخارجية الإسباني ميغيل أنخيل موراتينوس")]
    [InlineData("واستقبل الملك وزير الخارجية الإسباني ميغيل أنخيل موراتينوس في القصر .")]
    public void A_post_holders_name_is_not_cut_where_the_tagger_reads_the_rest_as_a_name_too(string text) =>
        Assert.Equal("ميغيل أنخيل موراتينوس", Assert.Single(Facts.Of(text).Persons).Name);

    [Theory]
    [InlineData("وأكدت النائبة الأردنية هند الفايز أن الحكومة أخطأت .", "هند الفايز", "JO")]
    [InlineData("وقالت النائبة هند الفايز إن الحكومة أخطأت .", "هند الفايز", null)]
    [InlineData("وقال النائب اللبناني وليد جنبلاط إن الحكومة أخطأت .", "وليد جنبلاط", "LB")]
    public void A_deputy_before_a_nationality_and_a_name_is_a_member_of_parliament(string text, string name, string? country)
    {
        var facts = Facts.Of(text);
        Assert.Equal(name, Assert.Single(facts.Persons).Name);
        var office = Assert.Single(facts.Offices);
        Assert.Equal("Member of Parliament", office.TitleEn);
        Assert.Equal(country, office.Country);
    }

    [Fact]
    public void An_unseen_family_name_after_a_kunya_at_the_texts_end_stays() =>
        Assert.Equal("أبو محمد الجولاني", Assert.Single(Facts.Of("وأعلن أبو محمد الجولاني").Persons).Name);

    [Theory]
    [InlineData("وأفاد فولكر تورك بأن الوضع خطير .", "فولكر تورك", "Volker Türk")]
    [InlineData("ودعا فيليب لازاريني إلى وقف القتال .", "فيليب لازاريني", "Philippe Lazzarini")]
    public void The_united_nations_officials_the_regions_news_names_often_are_listed(string text, string name, string nameEn)
    {
        var person = Assert.Single(Facts.Of(text).Persons);
        Assert.Equal(name, person.Name);
        Assert.Equal(nameEn, person.NameEn);
    }

    [Theory]
    [InlineData("وقال الرئيس التنفيذي لمايكروسوفت ساتيا ناديلا إن الشركة ستتوسع .", "ساتيا ناديلا", "الرئيس التنفيذي لمايكروسوفت")]
    [InlineData("وقال الرئيس التنفيذي لشركة تسلا إيلون ماسك إن الشركة ستتوسع .", "إيلون ماسك", "الرئيس التنفيذي لشركة تسلا")]
    public void The_company_a_chief_executive_serves_is_his_posts_and_his_name_follows_it(string text, string name, string title)
    {
        var facts = Facts.Of(text);
        Assert.Equal(name, Assert.Single(facts.Persons).Name);
        var office = Assert.Single(facts.Offices);
        Assert.Equal(title, office.Title);
        Assert.Null(office.Country);
    }

    [Theory]
    [InlineData("وقال علي الأنصاري أستاذ التاريخ في جامعة القاهرة إن الأزمة طويلة .", "علي الأنصاري")]
    [InlineData("وأضاف علي الكعبي مدرب الفريق أن اللاعبين جاهزون .", "علي الكعبي")]
    public void Ali_after_a_verb_of_saying_that_takes_no_ala_is_the_speaker(string text, string name) =>
        Assert.Equal(name, Assert.Single(Facts.Of(text).Persons).Name);

    [Theory]
    [InlineData("وقال علي هامش المؤتمر إن الأزمة طويلة .")]
    [InlineData("وذكر علي سبيل المثال أن الأزمة طويلة .")]
    [InlineData("وأكد علي الالتزام بالاتفاق .")]
    public void Ala_spelt_as_ali_before_an_ordinary_word_is_the_preposition(string text) =>
        Assert.Empty(Facts.Of(text).Persons);

    [Theory]
    [InlineData("وقال المخرج الإيراني برتوي إن الفيلم جاهز .")]
    [InlineData("وقال المخرج برتوي إن الفيلم جاهز .")]
    public void One_unseen_word_between_a_profession_and_that_is_the_speakers_name(string text) =>
        Assert.Equal("برتوي", Assert.Single(Facts.Of(text).Persons).Name);

    [Theory]
    [InlineData("وقال المخرج حينها إن الفيلم جاهز .")]
    [InlineData("وقال اللاعب أيضا إن الفريق جاهز .")]
    public void An_ordinary_word_between_a_profession_and_that_is_no_name(string text) =>
        Assert.Empty(Facts.Of(text).Persons);

    [Theory]
    [InlineData("والتقى الوزير كلا من خوسيه مانويل باروسو وميغيل أنخيل موراتينوس .", "خوسيه مانويل باروسو", "ميغيل أنخيل موراتينوس")]
    [InlineData("وحضر اللقاء خافيير سولانا وميغيل أنخيل موراتينوس .", "خافيير سولانا", "ميغيل أنخيل موراتينوس")]
    public void A_surname_found_after_a_given_name_joins_it_to_the_name_the_tagger_begins_next(string text, string first, string second) =>
        Assert.Equal([first, second], Facts.Of(text).Persons.Select(p => p.Name).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("وكان رونالدو عانق روني بعد المباراة .", "روني")]
    [InlineData("وحضر الاجتماع بسام شراب وسعيد الفرا .", "سعيد الفرا")]
    public void A_word_of_the_language_or_and_before_the_next_name_keeps_two_names_apart(string text, string second) =>
        Assert.Contains(second, Facts.Of(text).Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وسجل للفائزين الفرنسي أنطوان غريزمان ( 9 ) وخافي غيريرو ( 88 ) .", "أنطوان غريزمان")]
    [InlineData("وسجل هدفي الفريق محمد صلاح ( 10 ) وخافي غيريرو ( 77 من ركلة جزاء ) .", "محمد صلاح")]
    [InlineData("وسجل هدفي الفريق محمد صلاح ( 10 ) والهدفين خافي غيريرو ( 77 ) .", "محمد صلاح")]
    public void Beside_a_scorer_found_before_his_minute_the_words_before_another_minute_are_a_scorer(string text, string first) =>
        Assert.Equal(new[] { first, "خافي غيريرو" }.Order(StringComparer.Ordinal), Facts.Of(text).Persons.Select(p => p.Name).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("وشارك في الندوة سمير حداد ومنيف زريقات ، فيما غاب آخرون .", "منيف زريقات")]
    [InlineData("وحضر العرض نيكول كيدمان ، وكارمن إليكترا ، وتوم هانكس .", "كارمن إليكترا")]
    public void After_a_name_and_an_unseen_word_before_a_word_nobody_knows_is_the_next_persons_name(string text, string name) =>
        Assert.Contains(name, Facts.Of(text).Persons.Select(p => p.Name));

    [Fact]
    public void After_a_post_an_unseen_word_shaped_like_a_verb_before_a_given_name_opens_a_foreign_name() =>
        Assert.Equal("تامي بروس", Assert.Single(Facts.Of("وقالت المتحدثة باسم الخارجية الأمريكية تامي بروس إن واشنطن قلقة .").Persons).Name);

    [Fact]
    public void After_a_post_a_listed_verb_before_a_given_name_stays_a_verb() =>
        Assert.Equal(["محمد بن سلمان"], Facts.Of("الرئيس يهنئ محمد بن سلمان .").Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وقالت الطفلة ريم إنها خائفة .", "ريم")]
    [InlineData("وقالت الطالبة هدى إنها نجحت .", "هدى")]
    public void Who_a_person_is_in_the_story_introduces_a_name_as_a_profession_does(string text, string name) =>
        Assert.Equal(name, Assert.Single(Facts.Of(text).Persons).Name);

    [Fact]
    public void A_prisoners_nationality_before_his_name_is_his() =>
        Assert.Equal(["LB"], Assert.Single(Facts.Of("وقال الأسير اللبناني سمير القنطار إنه صامد .").Persons).Countries);

    [Fact]
    public void An_ordinal_after_a_profession_or_an_honorific_says_which_one_and_the_name_follows_it()
    {
        Assert.Equal("علي بن موسى الرضا", Assert.Single(Facts.Of("وزار الوفد مرقد الإمام الثامن علي بن موسى الرضا .").Persons).Name);
        Assert.DoesNotContain(Facts.Of("وولد الطفل الثاني لأينشتاين عام 1910 .").Persons, p => p.Name.Contains("الثاني", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وقال عالم الآثار زاهي حواس إن المقبرة فرعونية .", "زاهي حواس")]
    [InlineData("وقال العازف نصير شمة إن الحفل ناجح .", "نصير شمة")]
    [InlineData("وقال الراهب بولس إن الدير مفتوح .", "بولس")]
    [InlineData("وفازت السباحة فريدة عثمان بالذهبية .", "فريدة عثمان")]
    public void More_professions_introduce_a_name(string text, string name) =>
        Assert.Equal(name, Assert.Single(Facts.Of(text).Persons).Name);

    [Fact]
    public void A_verbal_noun_with_his_pronoun_closes_a_three_word_name() =>
        Assert.Equal("أسامة الملولي", Assert.Single(Facts.Of("وأعلن اللاعب أسامة الملولي اعتزاله .").Persons).Name);

    [Fact]
    public void Ali_before_a_demonstrative_is_the_preposition_ala() =>
        Assert.Equal("كريستيان", Assert.Single(Facts.Of("وعلق كريستيان علي ذلك بالقول إن الفريق جاهز .").Persons).Name);

    [Theory]
    [InlineData("ونعى الرئيس الفنانة فاتن حمامة .", "فاتن حمامة")]
    [InlineData("واستقبل الوزير اللاعب محمد صلاح .", "محمد صلاح")]
    public void A_profession_after_a_bare_title_introduces_another_person_than_its_holder(string text, string name)
    {
        var facts = Facts.Of(text);
        Assert.Equal(name, Assert.Single(facts.Persons).Name);
        Assert.Empty(facts.Offices);
    }

    [Theory]
    [InlineData("وقال وزير الثقافة الفنان فاروق حسني إن المعرض ناجح .", "فاروق حسني", "وزير الثقافة")]
    [InlineData("وتم نقل الرئيس العراقي الأسير صدام حسين إلى المستشفى .", "صدام حسين", "الرئيس")]
    public void A_profession_after_a_complete_title_or_one_of_a_state_is_its_holders(string text, string name, string title)
    {
        var facts = Facts.Of(text);
        var person = Assert.Single(facts.Persons);
        Assert.Equal(name, person.Name);
        Assert.Equal(title, Assert.Single(facts.Offices, o => o.Person == person.Id).Title);
    }

    [Fact]
    public void A_figures_surname_after_a_title_and_before_an_honorific_is_the_holders_name_not_an_adjective()
    {
        var facts = Facts.Of("واستقبل الرئيس السيسي الشيخ محمد بن زايد .");
        Assert.Equal(["السيسي", "محمد بن زايد"], facts.Persons.Select(p => p.Name).Order(StringComparer.Ordinal));
        var president = Assert.Single(facts.Offices);
        Assert.Equal("السيسي", facts.Persons.Single(p => p.Id == president.Person).Name);
    }

    [Fact]
    public void A_figures_surname_between_two_titles_is_the_first_titles_holder()
    {
        var facts = Facts.Of("واستقبل الرئيس السيسي الملك عبدالله الثاني .");
        Assert.Equal(["السيسي", "عبدالله الثاني"], facts.Persons.Select(p => p.Name).Order(StringComparer.Ordinal));
        var sisi = facts.Persons.Single(p => p.Name == "السيسي");
        Assert.Equal("الرئيس", Assert.Single(facts.Offices, o => o.Person == sisi.Id).Title);
    }

    [Theory]
    [InlineData("وتسير الكرة التونسية بعد الجزيري ، الخنيسي ، الشرميطي ، بوزيان و الدراجي .", "الجزيري|الخنيسي|الشرميطي|بوزيان|الدراجي")]
    [InlineData("ولعب في الوسط محمد صلاح ، مصطفى محمد ، تريزيغيه ، زيزو و فتوح .", "محمد صلاح|مصطفى محمد|تريزيغيه|زيزو|فتوح")]
    [InlineData("ولعب في الوسط محمد صلاح ، مصطفى محمد ، البدلاء و فتوح .", "محمد صلاح|مصطفى محمد|فتوح")]
    [InlineData("ولعب في الوسط محمد صلاح ، مصطفى محمد ، مدافعين و لاعبين .", "محمد صلاح|مصطفى محمد")]
    [InlineData("وتسير الكرة التونسية بعد الجزيري ، الخنيسي ، بوزيان و بقالي .", "الجزيري|الخنيسي|بوزيان|بقالي")]
    [InlineData("وتسير الكرة التونسية بعد الجزيري ، الخنيسي ، الشرميطي و بقالي .", "الجزيري|الخنيسي|الشرميطي|بقالي")]
    public void In_a_list_of_names_parted_by_commas_an_unknown_one_word_item_is_a_name_too(string text, string names) =>
        Assert.Equal(names.Split('|').Order(StringComparer.Ordinal), Facts.Of(text).Persons.Select(p => p.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void A_common_word_that_is_a_given_name_behind_a_preposition_opens_no_name()
    {
        Assert.Empty(Facts.Of("وشكلت لجان المتابعة في كل المحافظات .").Persons);
        Assert.Equal("علي لاريجاني", Assert.Single(Facts.Of("والتقى سولانا وعلي لاريجاني في برلين .").Persons, p => p.Name != "سولانا").Name);
    }

    [Fact]
    public void A_papers_name_in_quotes_turned_the_other_way_is_no_person() =>
        Assert.Empty(Facts.Of("ونشرت مجلة » ماريان « المقابلة كاملة .").Persons);

    [Theory]
    [InlineData("في الدقيقة 60 سجل إيدوين ساندرسون الهدف الثاني .", "إيدوين ساندرسون")]
    [InlineData("وقال إن إيضاحات بنيامين نتنياهو كانت كافية .", "بنيامين نتنياهو")]
    [InlineData("وأكد إيمانه محمد بن سلمان بالمشروع .", "محمد بن سلمان")]
    public void A_word_that_opens_with_hamza_and_ya_before_a_name_is_its_foreign_first_name_unless_the_dictionary_reads_it(string text, string name) =>
        Assert.Equal(name, Assert.Single(Facts.Of(text).Persons).Name);

    [Theory]
    [InlineData("وقال اللاعب الاسكتلندي آندي روبرتسون إن الفريق جاهز .", "آندي روبرتسون")]
    [InlineData("وقال المدرب الإنجليزي غاريث ساوثغيت إن الفريق جاهز .", "غاريث ساوثغيت")]
    public void The_english_and_the_scots_are_british(string text, string name)
    {
        var facts = Facts.Of(text);
        Assert.Equal(["GB"], Assert.Single(facts.Persons, p => p.Name == name).Countries);
        Assert.Equal(["GB"], facts.Countries);
    }

    [Theory]
    [InlineData("كويزون ، الفلبين ( CNN ) - - قالت الشرطة إن الحادث وقع ليلا .")]
    [InlineData("كويزون ، الفلبين ( رويترز ) - قالت الشرطة إن الحادث وقع ليلا .")]
    public void A_datelines_place_before_its_state_and_agency_is_no_person(string text) =>
        Assert.Empty(Facts.Of(text).Persons);

    [Fact]
    public void A_figure_before_a_state_and_an_agency_in_brackets_is_still_a_person() =>
        Assert.Equal(["ماكرون"], Facts.Of("وقال ماكرون ، فرنسا ( رويترز ) إن الاتفاق قريب .").Persons.Select(p => p.Name));

    [Theory]
    [InlineData("وسجل اللاعب سامي الوحدات هدف المباراة ، وفاز الوحدات على الفيصلي ، فيما ودع شباب الوحدات البطولة .", "سامي الوحدات")]
    [InlineData("وتسلم الكاتب جون نوبل جائزة الرواية ، فيما تمنح جوائز نوبل في ديسمبر .", "جون نوبل")]
    public void A_surname_that_names_a_club_or_a_prize_there_is_no_later_mention_of_its_bearer(string text, string name) =>
        Assert.Empty(Assert.Single(Facts.Of(text).Persons, p => p.Name == name).Aliases);

    [Theory]
    [InlineData("واستقبل الرئيس زين العابدين بن علي الوفد . وأكد علي أهمية الزيارة .", "زين العابدين بن علي")]
    [InlineData("واستقبل الشيخ تميم بن حمد آل ثاني الوفد للمرة ثاني مرة .", "تميم بن حمد آل ثاني")]
    public void The_name_after_a_lineage_or_family_word_is_no_surname_to_mention_alone(string text, string name) =>
        Assert.Empty(Assert.Single(Facts.Of(text).Persons, p => p.Name == name).Aliases);

    [Fact]
    public void The_name_after_ould_still_mentions_a_mauritanian_named_in_full() =>
        Assert.Equal(["مرزوك"], Assert.Single(Facts.Of("وبحث الوزير محمد سالم ولد مرزوك الملف . وكان ولد مرزوك قد وصل أمس .").Persons).Aliases);

    [Fact]
    public void A_given_name_that_opens_with_waw_after_a_name_ending_in_a_word_with_waw_closes_the_next_name() =>
        Assert.Equal(["جون سميث", "روبين وارن"], Facts.Of("وأعلن أن العالمين الأستراليين جون سميث وروبين وارن فازا بالجائزة .").Persons.Select(p => p.Name));

    [Fact]
    public void His_saying_after_a_quoted_mans_name_is_no_part_of_it() =>
        Assert.Equal("أفيخاي أدرعي", Assert.Single(Facts.Of("ونقلت الوكالة عن المتحدث باسم الجيش أفيخاي أدرعي قوله إن العملية مستمرة .").Persons).Name);

    [Theory]
    [InlineData("Omani Foreign Minister Badr Albusaidi arrived in Tehran on Saturday. The minister met Iranian President Masoud Pezeshkian.", "Masoud Pezeshkian")]
    // A prime minister is "the premier" or "the prime minister", never "the minister": the minister is the other one.
    [InlineData("Jordanian Prime Minister Jafar Hassan received Omani Foreign Minister Badr Albusaidi in Amman on Sunday. The minister later met King Abdullah II.", "Abdullah II")]
    public void In_English_the_minister_alone_is_the_minister_named_before_and_adds_no_office(string text, string met)
    {
        var facts = Facts.Of(text, "2025-06-02", "en");
        string Id(string name) => Assert.Single(facts.Persons, p => p.Name == name).Id;
        Assert.Contains(facts.Meetings, m => m.Participants.Order().SequenceEqual(new[] { Id("Badr Albusaidi"), Id(met) }.Order()));
        Assert.Equal(["Foreign Minister"], facts.Offices.Where(o => o.Person == Id("Badr Albusaidi")).Select(o => o.TitleEn));
    }

    [Theory]
    [InlineData("والتقى الرئيس السيسي بنتنياهو في القاهرة .", "السيسي", "نتنياهو")]
    [InlineData("والتقى الملك عبدالله الثاني بنتنياهو في عمان .", "عبدالله الثاني", "نتنياهو")]
    [InlineData("واجتمع وزير الخارجية الأردني أيمن الصفدي بلافروف في موسكو .", "أيمن الصفدي", "لافروف")]
    public void A_preposition_on_a_listed_figures_surname_after_a_name_opens_the_verbs_object(string text, string subject, string met)
    {
        var facts = Facts.Of(text);
        Assert.Equal([subject, met], facts.Persons.Select(p => p.Name));
        Assert.Equal(2, Assert.Single(facts.Meetings).Participants.Count);
    }

    [Fact]
    public void A_name_that_opens_with_ka_before_a_listed_surname_stays_whole() =>
        Assert.Equal("يوتا كلاين شميت", Assert.Single(Facts.Of("وقالت الباحثة الألمانية يوتا كلاين شميت إن النتائج مهمة .").Persons).Name);

    [Fact]
    public void In_its_name_closes_a_spokespersons_title_before_the_holders_name() =>
        Assert.Equal(["عبد الرحمن ديناري"], Facts.Of("واعتبر المتحدث باسمها عبد الرحمن ديناري أن هذه المحاولة فاشلة .").Persons.Select(p => p.Name));

    [Theory]
    [InlineData("يقول: كان الأمريكيون مستعدون لسماع ما قلت.")]
    [InlineData("أما على الصعيد الدولي الأميركي عواقبها فتتمثل في أن أميركا تعمل على نحو أفضل.")]
    public void Words_after_a_plural_nationality_or_with_a_clitic_on_an_ordinary_word_are_no_name(string text) =>
        Assert.Empty(Facts.Of(text).Persons);

    [Theory]
    [InlineData("وقال اللاعب الدولي الطاهر الخلفاوي إن الفريق جاهز.", "الطاهر الخلفاوي", "Tahar Al-Khalfaoui")]
    [InlineData("وأكد المدرب الهادي الجريء أن الفريق جاهز.", "الهادي الجريء", "Hedi Al-Jari")]
    public void A_maghrebi_given_name_with_the_article_opens_a_name_before_a_word_of_the_dictionary(string text, string name, string nameEn)
    {
        var person = Assert.Single(Facts.Of(text).Persons);
        Assert.Equal((name, nameEn), (person.Name, person.NameEn));
    }

    [Fact]
    public void Mauritanias_ould_joins_the_words_on_both_sides_into_one_name()
    {
        var facts = Facts.Of("ويتعلق الأمر بكل من المصطفى ولد محمد الحبيب ومحمد البشير ولد المختار.");
        Assert.Equal(["المصطفى ولد محمد الحبيب", "محمد البشير ولد المختار"], facts.Persons.Select(p => p.Name));
    }

    [Fact]
    public void A_foreign_surnames_particle_del_stays_inside_the_name()
    {
        var facts = Facts.Of("وفاز الأرجنتيني خوان مارتين دل بوترو باللقب.");
        Assert.Equal(["خوان مارتين دل بوترو"], facts.Persons.Select(p => p.Name));
    }

    [Fact]
    public void A_hamzated_that_with_a_preposition_ends_the_name_before_it()
    {
        var facts = Facts.Of("وصرح القيادي حسام بدران بأن الحركة ترفض الشروط.");
        Assert.Equal(["حسام بدران"], facts.Persons.Select(p => p.Name));
    }

    [Fact]
    public void Posts_in_apposition_joined_by_and_are_one_office_each()
    {
        var facts = Facts.Of("Modi met Sheikh Abdullah bin Zayed Al Nahyan, Deputy Prime Minister and Minister of Foreign Affairs, and Dubai ruler Sheikh Mohammed bin Rashid Al Maktoum.", "2025-08-18", "en");
        var abdullah = Assert.Single(facts.Persons, p => p.Name == "Abdullah bin Zayed Al Nahyan");
        Assert.Equal(["Deputy Prime Minister", "Minister of Foreign Affairs"], facts.Offices.Where(o => o.Person == abdullah.Id).Select(o => o.TitleEn));
        Assert.Contains(facts.Offices, o => o.TitleEn == "Ruler" && facts.Persons.Single(p => p.Id == o.Person).Name.StartsWith("Mohammed bin Rashid", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("U.N. Secretary-General Antonio Guterres met Lebanese Prime Minister Nawaf Salam on Monday.", "Antonio Guterres", "UN Secretary-General")]
    [InlineData("Arab League Secretary-General Ahmed Aboul Gheit met Syria's President Ahmed al-Sharaa.", "Ahmed Aboul Gheit", "Arab League Secretary-General")]
    [InlineData("European Commission President Ursula von der Leyen met Egyptian President Abdel Fattah el-Sisi in Cairo.", "Ursula von der Leyen", "European Commission President")]
    public void An_international_bodys_hyphenated_title_is_a_post_without_a_state(string text, string name, string title)
    {
        var facts = Facts.Of(text, "2025-06-24", "en");
        var person = Assert.Single(facts.Persons, p => p.Name == name);
        Assert.Empty(person.Countries);
        var office = Assert.Single(facts.Offices, o => o.Person == person.Id);
        Assert.Equal(title, office.TitleEn);
        Assert.Null(office.Country);
    }

    [Fact]
    public void A_states_possessive_post_in_apposition_is_the_persons_and_posts_before_the_next_name_are_not()
    {
        var facts = Facts.Of("Abbas Araghchi, Iran's foreign minister, met Omani Foreign Minister Badr Albusaidi in Muscat on Saturday.", "2025-11-22", "en");
        var araghchi = Assert.Single(facts.Persons, p => p.Name == "Abbas Araghchi");
        var office = Assert.Single(facts.Offices, o => o.Person == araghchi.Id);
        Assert.Equal(("Foreign Minister", "IR"), (office.TitleEn, office.Country));

        var list = Facts.Of("The meeting brought together Egyptian Foreign Minister Sameh Shoukry, Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani and others.", "2025-11-22", "en");
        var shoukry = Assert.Single(list.Persons, p => p.Name == "Sameh Shoukry");
        Assert.Single(list.Offices, o => o.Person == shoukry.Id);
    }

    [Fact]
    public void A_common_western_given_name_opens_an_english_name_without_a_title()
    {
        var facts = Facts.Of("The EU's special representative for the peace process, Christophe Bigot, met Palestinian Prime Minister Mohammad Mustafa in Ramallah on Saturday.", "2025-11-22", "en");
        Assert.Contains(facts.Persons, p => p.Name == "Christophe Bigot");
        Assert.Equal(2, Assert.Single(facts.Meetings).Participants.Count);
    }

    [Fact]
    public void A_post_stated_in_a_who_clause_is_the_persons()
    {
        var facts = Facts.Of("Iraqi Foreign Minister Fuad Hussein, who is also deputy prime minister, met his Turkish counterpart Hakan Fidan in Baghdad on Saturday.", "2025-11-22", "en");
        var hussein = Assert.Single(facts.Persons, p => p.Name == "Fuad Hussein");
        Assert.Equal(["Foreign Minister", "Deputy Prime Minister"], facts.Offices.Where(o => o.Person == hussein.Id).Select(o => o.TitleEn));
    }

    [Fact]
    public void A_title_that_owns_what_follows_is_not_in_apposition()
    {
        var facts = Facts.Of("Iraq's Prime Minister Mohammed Shia al-Sudani received a phone call on Monday from Iranian President Masoud Pezeshkian, the prime minister's office said.", "2025-07-08", "en");
        var pezeshkian = Assert.Single(facts.Persons, p => p.Name == "Masoud Pezeshkian");
        Assert.Equal(["President"], facts.Offices.Where(o => o.Person == pezeshkian.Id).Select(o => o.TitleEn));
    }

    [Fact]
    public void A_listed_figures_surname_after_his_states_possessive_names_him()
    {
        var facts = Facts.Of("Egypt's Sisi and Jordan's Safadi discussed the situation in Gaza by phone on Tuesday.", "2025-11-12", "en");
        Assert.Contains(facts.Persons, p => p.Name == "Abdel Fattah el-Sisi" && p.Countries.SequenceEqual(["EG"]));
        Assert.Contains(facts.Persons, p => p.Name == "Ayman Safadi" && p.Countries.SequenceEqual(["JO"]));
        Assert.Equal(2, Assert.Single(facts.Meetings).Participants.Count);

        // Not a surname the gazetteer gives to someone of another state, nor one two figures share.
        Assert.Empty(Facts.Of("Egypt's Safadi scored twice. Lebanon's Aoun spoke.", "2025-11-12", "en").Persons);
    }

    [Fact]
    public void A_member_of_a_Gulf_ruling_family_serves_its_state_where_the_text_names_none()
    {
        var call = Facts.Of("تلقى الشيخ خالد بن خليفة بن عبد العزيز آل ثاني رئيس مجلس الوزراء وزير الداخلية اتصالا هاتفيا من وزير الخارجية البريطاني.");
        Assert.Equal(["QA"], Assert.Single(call.Persons, p => p.Name.EndsWith("آل ثاني", StringComparison.Ordinal)).Countries);
        Assert.All(call.Offices.Where(o => o.Title == "رئيس مجلس الوزراء"), o => Assert.Equal("QA", o.Country));

        var english = Facts.Of("The meeting was attended by Sheikh Hamdan bin Zayed Al Nahyan and Sheikh Nasser bin Hamad Al Khalifa.", "2025-05-01", "en");
        Assert.Equal(["AE"], Assert.Single(english.Persons, p => p.Name.StartsWith("Hamdan", StringComparison.Ordinal)).Countries);
        Assert.Equal(["BH"], Assert.Single(english.Persons, p => p.Name.StartsWith("Nasser", StringComparison.Ordinal)).Countries);

        // Kuwait writes the family without «آل»; a state the text gives stays.
        var kuwait = Facts.Of("التقى الشيخ أحمد الفهد الصباح في باريس وزير الخارجية الفرنسي جان نويل بارو.");
        Assert.Equal(["KW"], Assert.Single(kuwait.Persons, p => p.Name == "أحمد الفهد الصباح").Countries);
    }

    [Fact]
    public void An_organisations_post_named_with_a_preposition_on_its_article_still_has_no_state()
    {
        var facts = Facts.Of("وقال الأمين العام للجامعة العربية أحمد أبو الغيط إن الوضع خطير. وقال المنسق الخاص للأمم المتحدة توم فليتشر إن الوضع خطير.");
        Assert.All(facts.Persons, p => Assert.Empty(p.Countries));
        Assert.Equal(2, facts.Offices.Count);
        Assert.All(facts.Offices, o => Assert.Null(o.Country));
    }

    [Fact]
    public void Posts_of_the_European_Union_and_the_African_Union_have_no_state_and_their_adjectives_go_before_the_noun()
    {
        var facts = Facts.Of("عمان - استقبل الملك عبدالله الثاني رئيس المجلس الأوروبي أنطونيو كوستا ورئيس مفوضية الاتحاد الأفريقي محمود علي يوسف.");
        var costa = Assert.Single(facts.Offices, o => o.Title == "رئيس المجلس الأوروبي");
        Assert.Null(costa.Country);
        Assert.Equal("Head of European Council", costa.TitleEn);
        Assert.All(facts.Persons.Where(p => p.Name != "عبدالله الثاني"), p => Assert.Empty(p.Countries));

        var moroccan = Facts.Of("التقى وزير الخارجية والتعاون الإفريقي ناصر بوريطة في الرباط نظيره السنغالي.");
        Assert.Contains(moroccan.Offices, o => o.TitleEn == "Minister of Foreign Affairs and African Cooperation");
    }

    [Fact]
    public void An_ambassador_in_a_state_is_an_ambassador_to_it()
    {
        var facts = Facts.Of("بيروت - زار السفير السعودي في لبنان وليد البخاري رئيس الحكومة نواف سلام في السراي الحكومي.");
        var office = Assert.Single(facts.Offices, o => o.Title == "السفير السعودي في لبنان");
        Assert.Equal(("Ambassador", "SA"), (office.TitleEn, office.Country));
        Assert.Equal(["SA"], Assert.Single(facts.Persons, p => p.Name == "وليد البخاري").Countries);
    }

    [Fact]
    public void A_club_a_company_or_a_newspaper_is_no_person()
    {
        Assert.Empty(Facts.Of("وأطلقت روفر طرازا جديدا من سياراتها.").Persons);
        Assert.Empty(Facts.Of("وأطلقت لاند روفر طرازا جديدا من سياراتها.").Persons);
        Assert.Empty(Facts.Of("وفاز بنفيكا على ضيفه بورتو بثلاثة أهداف مقابل هدف، وقالت يديعوت أحرونوت إن الحكومة ستجتمع.").Persons);
        Assert.Equal("ويليام ساليبا", Assert.Single(Facts.Of("وتعاقد أرسنال مع المدافع الفرنسي ويليام ساليبا.").Persons).Name);
    }

    [Theory]
    [InlineData("وضرب الإعصار تشانغسين سواحل فيتنام امس.")]
    [InlineData("وذكر موقع غلوبو أن الطائرة سقطت.")]
    [InlineData("ووصل الإعصار إلى مقاطعة كوانغ نغاي الساحلية.")]
    [InlineData("وقال مسؤول في إقليم كويزون الشرقي إن الأضرار كبيرة.")]
    [InlineData("واصطدمت الطائرة بطائرة صغيرة من نوع ليغاسي فوق الغابة.")]
    [InlineData("وسجل اسمه في موسوعة غينيس للأرقام القياسية.")]
    [InlineData("وأقيمت المباراة على ستاد الملك عبدالله في عمان.")]
    public void A_name_after_a_word_for_a_province_a_storm_a_website_a_make_or_a_stadium_is_no_person(string text) =>
        Assert.Empty(Facts.Of(text).Persons);

    [Fact]
    public void A_team_named_after_its_driver_is_no_person_but_a_presidents_party_or_team_names_the_president()
    {
        Assert.Equal(["رالف شوماخر"], Facts.Of("وحل رالف شوماخر سائق فريق وليامز ثانيا.").Persons.Select(p => p.Name));
        Assert.Equal(["كيمي رايكونن"], Facts.Of("وحل كيمي رايكونن سائق ماكلارين ثالثا.").Persons.Select(p => p.Name));
        var party = Facts.Of("وأعلن حزب الرئيس بشار الأسد فوزه.");
        Assert.Equal("President", Assert.Single(party.Offices, o => o.Person == Assert.Single(party.Persons, p => p.Name == "بشار الأسد").Id).TitleEn);
        var team = Facts.Of("ويضم فريق الرئيس جورج بوش وزيرة الخارجية رايس.");
        Assert.Equal("President", Assert.Single(team.Offices, o => o.Person == Assert.Single(team.Persons, p => p.Name == "جورج بوش").Id).TitleEn);
    }

    [Fact]
    public void An_organisations_acronym_before_an_english_title_makes_the_post_the_organisations()
    {
        var facts = Facts.Of("Iran's Foreign Minister Abbas Araghchi and IAEA chief Rafael Grossi met in Cairo on Tuesday, hosted by Egypt's " +
            "top diplomat Badr Abdelatty.", "2025-09-07", "en");
        Assert.Empty(Assert.Single(facts.Persons, p => p.Name == "Rafael Grossi").Countries);
        var office = Assert.Single(facts.Offices, o => o.Title == "IAEA chief");
        Assert.Null(office.Country);
        // A state's acronym stays a state's.
        Assert.Contains(Facts.Of("US envoy Steve Witkoff met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Doha.", "2025-09-07", "en").Offices,
            o => o.Title == "envoy" && o.Country == "US");
    }

    [Theory]
    [InlineData("Iran's Foreign Minister Abbas Araghchi met International Atomic Energy Agency chief Rafael Grossi in Cairo.", "Rafael Grossi", "International Atomic Energy Agency chief", "International Atomic Energy Agency Chief")]
    [InlineData("Jordan's Foreign Minister Ayman Safadi held a call with EU foreign policy chief Kaja Kallas.", "Kaja Kallas", "EU foreign policy chief", "EU Foreign Policy Chief")]
    public void An_organisations_whole_name_or_portfolio_before_an_english_title_belongs_to_the_post_and_gives_no_state(string text, string name, string title, string english)
    {
        var facts = Facts.Of(text, "2025-10-09", "en");
        var person = Assert.Single(facts.Persons, p => p.Name == name);
        Assert.Empty(person.Countries);
        var office = Assert.Single(facts.Offices, o => o.Person == person.Id);
        Assert.Equal((title, english, (string?)null), (office.Title, office.TitleEn, office.Country));
    }

    [Fact]
    public void A_states_own_body_before_an_english_title_stays_the_states() =>
        Assert.DoesNotContain(Facts.Of("Iran's Atomic Energy Organization chief Mohammad Eslami met the delegation.", "2025-10-09", "en").Offices,
            o => o.Title.Contains("Organization", StringComparison.Ordinal));

    [Fact]
    public void A_post_of_a_party_or_militia_has_no_state()
    {
        var english = Facts.Of("BEIRUT — Hezbollah leader Naim Qassem said on Friday the group would not disarm.", "2025-10-04", "en");
        Assert.Empty(Assert.Single(english.Persons).Countries);
        Assert.Null(Assert.Single(english.Offices).Country);
        var arabic = Facts.Of("وقال سفير طالبان لدى باكستان عبد السلام ضعيف إن الحركة مستعدة للحوار.");
        Assert.Empty(Assert.Single(arabic.Persons).Countries);
    }

    [Fact]
    public void An_epithet_after_a_monarchs_name_is_not_the_name()
    {
        var facts = Facts.Of("مسقط - استقبل حضرة صاحب الجلالة السلطان هيثم بن طارق المعظم، اليوم الاثنين، في قصر البركة العامر، الرئيس الفنلندي.");
        Assert.Equal("هيثم بن طارق", Assert.Single(facts.Persons).Name);
    }

    [Theory]
    [InlineData("وقال وزير الخارجية، السيد أحمد عطاف، في تصريح للصحافة، إن الجزائر ترفض التدخل.", "أحمد عطاف", "وزير الخارجية")]
    [InlineData("واستقبل وزير الداخلية، عبد الوافي لفتيت، أمس سفير فرنسا لدى المغرب.", "عبد الوافي لفتيت", "وزير الداخلية")]
    public void A_name_set_off_by_commas_after_an_arabic_post_is_the_posts_holder(string text, string name, string title)
    {
        var facts = Facts.Of(text);
        var holder = Assert.Single(facts.Persons, p => p.Name == name);
        Assert.Equal(title, Assert.Single(facts.Offices, o => o.Person == holder.Id).Title);
    }

    [Theory]
    [InlineData("استقبل محافظ البصرة أسعد العيداني اليوم وفداً من رجال الأعمال.", "أسعد العيداني", "محافظ البصرة", "Governor of Basra", "IQ")]
    [InlineData("التقى رئيس بلدية باريس برتران دولانويه اليوم رؤساء البلديات العربية.", "برتران دولانويه", "رئيس بلدية باريس", "Mayor of Paris", "FR")]
    [InlineData("التقى المحافظ القنصل العام البريطاني في البصرة ويندي باركر.", "ويندي باركر", "القنصل العام البريطاني في البصرة", "Consul General", "GB")]
    public void A_governors_or_mayors_city_and_a_consuls_seat_belong_to_the_post(string text, string name, string title, string titleEn, string country)
    {
        var facts = Facts.Of(text);
        var holder = Assert.Single(facts.Persons, p => p.Name == name);
        var office = Assert.Single(facts.Offices, o => o.Person == holder.Id);
        Assert.Equal((title, titleEn, country), (office.Title, office.TitleEn, office.Country));
    }

    [Fact]
    public void The_agency_after_a_datelines_place_is_nobody_and_the_dateline_counts_for_the_articles_state()
    {
        var facts = Facts.Of("أربيل - روداو\nالتقى رئيس حكومة الإقليم مسرور بارزاني اليوم القنصل العام الأمريكي في أربيل مارك سترو، " +
            "وبحثا العلاقات بين الإقليم والولايات المتحدة والاستثمارات الأمريكية.\n" +
            "وفي وقت لاحق، استقبل بارزاني وفداً من البنك الدولي برئاسة المدير الإقليمي جان كريستوف كاريه.", "2025-03-13");
        Assert.DoesNotContain(facts.Persons, p => p.Name == "روداو");
        Assert.Equal(["IQ"], Assert.Single(facts.Persons, p => p.Name == "مسرور بارزاني").Countries);
        // The head of the World Bank's delegation serves the bank, not the article's state.
        Assert.Empty(Assert.Single(facts.Persons, p => p.Name == "جان كريستوف كاريه").Countries);
    }

    [Fact]
    public void A_womans_post_is_not_compounded_with_a_mans_and_takes_its_feminine_title()
    {
        var facts = Facts.Of("التقى وزير الخارجية المصري بدر عبد العاطي في القاهرة اليوم المبعوثة الأممية إلى ليبيا هانا تيتيه.", "2025-09-18");
        var envoy = Assert.Single(facts.Persons, p => p.Name == "هانا تيتيه");
        Assert.Equal("UN Envoy to Libya", Assert.Single(facts.Offices, o => o.Person == envoy.Id).TitleEn);
        Assert.Single(facts.Meetings);

        var pair = Facts.Of("واستقبل الوزير المبعوثة الخاصة للأمين العام إلى ليبيا ستيفاني ويليامز.");
        Assert.DoesNotContain(pair.Offices, o => o.TitleEn == "Minister");
        Assert.Equal("Stephanie Williams", Assert.Single(pair.Persons).NameEn);
    }

    [Fact]
    public void In_english_a_portfolio_of_affairs_and_a_field_in_lower_case_belong_to_the_post()
    {
        var facts = Facts.Of("Israeli National Security Minister Tzachi Hanegbi met Jordanian intelligence chief Ahmad Husni in Amman on Sunday.", "2024-02-12", "en");
        var hanegbi = Assert.Single(facts.Persons, p => p.Name == "Tzachi Hanegbi");
        Assert.Equal(["IL"], hanegbi.Countries);
        Assert.Equal("National Security Minister", Assert.Single(facts.Offices, o => o.Person == hanegbi.Id).TitleEn);
        var husni = Assert.Single(facts.Persons, p => p.Name == "Ahmad Husni");
        Assert.Equal(("Intelligence Chief", "JO"), Assert.Single(facts.Offices, o => o.Person == husni.Id) is var o ? (o.TitleEn, o.Country) : default);
    }

    [Fact]
    public void Posts_set_off_by_a_comma_that_close_the_clause_are_the_names()
    {
        var facts = Facts.Of("استقبل جلالة الملك عبدالله الثاني الرئيس القبرصي نيكوس خريستودوليدس، بحضور سمو الأمير الحسين بن عبدالله الثاني، ولي العهد.", "2025-01-29");
        var hussein = Assert.Single(facts.Persons, p => p.Name.StartsWith("الحسين", StringComparison.Ordinal));
        Assert.Equal("ولي العهد", Assert.Single(facts.Offices, o => o.Person == hussein.Id).Title);
        Assert.Equal(["JO"], hussein.Countries);
    }

    [Fact]
    public void In_english_a_listed_figures_surname_alone_names_him_where_the_article_never_does_in_full()
    {
        var facts = Facts.Of("Putin and Erdogan held talks in Sochi on Monday, the Kremlin said.", "2025-05-14", "en");
        Assert.Equal(["Vladimir Putin", "Recep Tayyip Erdogan"], facts.Persons.Select(p => p.NameEn));
        Assert.Equal(2, Assert.Single(facts.Meetings).Participants.Count);

        Assert.Empty(Facts.Of("The Trump administration imposed new sanctions on Tuesday.", "2025-05-14", "en").Persons);
        var named = Facts.Of("Egyptian President Abdel Fattah al-Sisi received the Qatari prime minister on Wednesday. Sisi later spoke to Macron.", "2025-05-14", "en");
        Assert.Single(named.Persons, p => p.Countries.SequenceEqual(["EG"]));
    }

    [Theory]
    [InlineData("وقالت المتحدثة باسم البيت الأبيض كارولين ليفيت إن الاجتماع كان مثمرا.", "كارولين ليفيت", "المتحدثة باسم البيت الأبيض", "US")]
    [InlineData("وقال الناطق باسم الكرملين ديمتري بيسكوف إن الرئيسين اتفقا على مواصلة الحوار.", "ديمتري بيسكوف", "الناطق باسم الكرملين", "RU")]
    public void A_spokesperson_of_a_seat_of_power_speaks_for_its_state(string text, string name, string title, string country)
    {
        var facts = Facts.Of(text);
        var speaker = Assert.Single(facts.Persons, p => p.Name == name);
        Assert.Equal([country], speaker.Countries);
        Assert.Equal(title, Assert.Single(facts.Offices, o => o.Person == speaker.Id).Title);
    }

    [Fact]
    public void The_head_of_an_international_agency_serves_no_state_of_the_article()
    {
        var facts = Facts.Of("القاهرة - أ ش أ\nأجرى وزير الخارجية المصري بدر عبد العاطي اتصالا هاتفيا اليوم مع المدير العام للوكالة الدولية للطاقة الذرية رافائيل جروسي، " +
            "وتناول الاتصال التعاون بين مصر والوكالة.", "2025-08-26");
        var grossi = Assert.Single(facts.Persons, p => p.NameEn == "Rafael Grossi");
        Assert.Empty(grossi.Countries);
        Assert.Null(Assert.Single(facts.Offices, o => o.Person == grossi.Id).Country);
    }

    [Fact]
    public void Posts_after_a_kinship_word_are_the_relatives_and_the_kin_shares_his_state()
    {
        var facts = Facts.Of("والتقى الوزير أمس مستشار البيت الأبيض مسعد بولس، صهر الرئيس الأمريكي، كما التقى نجل الرئيس التركي بلال أردوغان.");
        var bilal = Assert.Single(facts.Persons, p => p.Name == "بلال أردوغان");
        Assert.DoesNotContain(facts.Offices, o => o.Person == bilal.Id);
        Assert.Equal(["TR"], bilal.Countries);
    }

    [Fact]
    public void A_bare_one_word_title_and_then_a_post_are_two_people()
    {
        var facts = Facts.Of("استقبل الرئيس الوزير الأول محمد ولد بلال.");
        var bilal = Assert.Single(facts.Persons);
        Assert.Equal(["الوزير الأول"], facts.Offices.Where(o => o.Person == bilal.Id).Select(o => o.Title));

        // «الرئيس المدير العام» (the Maghreb's chairman and chief executive) is one title, and a complement the English does
        // not know adds no stray "for and".
        var ceo = Facts.Of("وقال خالد عليوة الرئيس المدير العام للقرض العقاري والسياحي إن البنك سيوسع نشاطه.");
        var office = Assert.Single(ceo.Offices);
        Assert.Equal(("الرئيس المدير العام للقرض العقاري والسياحي", "Chairman and Chief Executive"), (office.Title, office.TitleEn));
    }

    [Fact]
    public void An_ambassador_of_no_stated_state_is_not_taken_for_the_articles_own()
    {
        var facts = Facts.Of("بيروت - استقبل الرئيس اللبناني جوزاف عون في قصر بعبدا اليوم السفير حمد سعيد الشامسي سفير الدولة لدى لبنان، " +
            "وبحث معه التعاون بين لبنان والإمارات والأوضاع في لبنان.", "2025-05-28");
        Assert.Empty(Assert.Single(facts.Persons, p => p.Name == "حمد سعيد الشامسي").Countries);
        Assert.Equal("Beirut", Assert.Single(facts.Meetings).City);
    }

    [Fact]
    public void A_courtesy_form_or_profession_before_one_word_no_dictionary_knows_makes_a_name()
    {
        Assert.Equal(["تشيرنوفسكيي"], Facts.Of("وتصدى الحارس تشيرنوفسكيي للكرة ببراعة في الدقيقة الأخيرة.").Persons.Select(p => p.Name));
        Assert.Empty(Facts.Of("وأقيمت للأمير مراسم استقبال رسمية.").Persons);
    }

    [Fact]
    public void A_rulers_emirate_is_his_posts_complement_and_a_time_word_ends_the_posts()
    {
        var facts = Facts.Of("استقبل الشيخ سعود بن صقر القاسمي حاكم إمارة رأس الخيمة اليوم وزير الخارجية الهندي.", "2025-12-03");
        var ruler = Assert.Single(facts.Persons, p => p.Name == "سعود بن صقر القاسمي");
        Assert.Equal(["AE"], ruler.Countries);
        Assert.DoesNotContain(facts.Offices, o => o.Person == ruler.Id && o.Country == "IN");
    }

    [Fact]
    public void Posts_set_off_by_a_comma_and_closed_by_a_dash_are_the_names()
    {
        var facts = Facts.Of("استقبل الأمير محمد بن سلمان بن عبدالعزيز آل سعود، ولي العهد رئيس مجلس الوزراء - حفظه الله - اليوم رئيس وزراء باكستان محمد شهباز شريف.", "2025-09-30");
        var mbs = Assert.Single(facts.Persons, p => p.Name.StartsWith("محمد بن سلمان", StringComparison.Ordinal));
        Assert.Equal(["ولي العهد", "رئيس مجلس الوزراء"], facts.Offices.Where(o => o.Person == mbs.Id).Select(o => o.Title));
    }

    [Fact]
    public void In_english_a_gulf_courtesy_acronym_before_a_title_is_no_organisation()
    {
        var facts = Facts.Of("The meeting was attended by HE Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman Al Thani.", "2025-02-06", "en");
        Assert.Contains(facts.Offices, o => o.TitleEn == "Prime Minister" && o.Country == "QA");
    }

    [Fact]
    public void In_english_a_cabinet_title_only_one_state_uses_gives_its_holders_state()
    {
        var facts = Facts.Of("RIYADH (Reuters) - Saudi Energy Minister Prince Abdulaziz bin Salman met Energy Secretary Chris Wright and Interior Secretary Doug Burgum in Riyadh on Monday.", "2025-05-13", "en");
        Assert.Equal(["US"], Assert.Single(facts.Persons, p => p.Name == "Chris Wright").Countries);
        Assert.Contains(facts.Offices, o => o.TitleEn == "Secretary of the Interior" && o.Country == "US");
    }

    [Theory]
    [InlineData("وشارك في اللقاء الدكتور بدر عبد العاطي، وزير الخارجية والهجرة وشئون المصريين بالخارج.", "بدر عبد العاطي", "وزير الخارجية والهجرة وشئون المصريين بالخارج")]
    public void The_egyptian_spelling_of_affairs_makes_a_whole_post(string text, string name, string title)
    {
        var facts = Facts.Of(text);
        var holder = Assert.Single(facts.Persons, p => p.Name == name);
        Assert.Contains(facts.Offices, o => o.Person == holder.Id && o.Title == title);
    }

    [Theory]
    [InlineData("وزارت الموفدة الأميركية مورغان أورتاغوس رئيس الحكومة في السراي.", "مورغان أورتاغوس", "الموفدة")]
    [InlineData("وأكد الموفد الخاص للرئيس الفلسطيني نبيل عمرو أن الحوار مستمر.", "نبيل عمرو", "الموفد الخاص للرئيس")]
    public void An_envoy_called_mawfad_holds_an_envoys_post_not_his_principals(string text, string name, string title)
    {
        var facts = Facts.Of(text);
        var envoy = Assert.Single(facts.Persons, p => p.Name == name);
        Assert.Equal(title, Assert.Single(facts.Offices, o => o.Person == envoy.Id).Title);
    }

    [Fact]
    public void A_noun_in_the_indefinite_accusative_after_a_name_is_its_object_not_its_last_word()
    {
        Assert.Equal(["عمرو عرفة"], Facts.Of("وأخرج المخرج عمرو عرفة فيلما جديدا عن الحرب.").Persons.Select(p => p.Name));
        Assert.Equal(["لويس فيليبي باريرا"], Facts.Of("وقال المدرب لويس فيليبي باريرا إن الفريق جاهز.").Persons.Select(p => p.Name));
    }

    [Theory]
    [InlineData("وصل وفد من رجال الأعمال من أمريكا اللاتينية إلى الرياض اليوم.", "ar")]
    [InlineData("A business delegation from Latin America arrived in Riyadh on Monday.", "en")]
    public void Latin_America_is_no_state(string text, string language) =>
        Assert.DoesNotContain("US", Facts.Of(text, "2025-02-03", language).Countries);

    [Fact]
    public void English_titles_with_a_body_after_them_keep_it_and_the_name_after_it_is_whole()
    {
        var facts = Facts.Of("Jordan's Head of the General Intelligence Directorate Ahmad Husni met Kuwait's Minister of State at the Ministry of Foreign Affairs Sheikh Jarrah Jaber in Amman on Sunday.", "2025-10-12", "en");
        Assert.Equal(["Ahmad Husni", "Jarrah Jaber"], facts.Persons.Select(p => p.Name));
        Assert.Equal(["Head of the General Intelligence Directorate", "Minister of State at the Ministry of Foreign Affairs"], facts.Offices.Select(o => o.Title));
    }

    [Fact]
    public void A_name_may_open_with_a_city_after_a_title_and_hold_Sheikh_between_its_words()
    {
        var facts = Facts.Of("Iraqi Planning Minister Taif Hamid met KRG Interior Minister Dara Sheikh Kamal in Baghdad on Sunday.", "2025-10-12", "en");
        Assert.Equal(["Taif Hamid", "Dara Sheikh Kamal"], facts.Persons.Select(p => p.Name));
        Assert.Equal("Baghdad", Assert.Single(facts.Meetings).City);
    }

    [Fact]
    public void Congo_alone_is_the_Democratic_Republic_and_an_ambassador_to_the_US_written_with_dots_is_followed_by_his_name()
    {
        var facts = Facts.Of("Congo's Foreign Minister Therese Kayikwamba Wagner met Jordan's Ambassador to the U.S. Dina Kawar in Washington on Friday.", "2025-06-30", "en");
        Assert.Equal(["Therese Kayikwamba Wagner", "Dina Kawar"], facts.Persons.Select(p => p.Name));
        Assert.Equal(["CD"], facts.Persons[0].Countries);
    }

    [Fact]
    public void Sultan_after_a_post_is_a_given_name_unless_a_realm_follows()
    {
        var facts = Facts.Of("استقبل أمير البلاد الشيخ مشعل الأحمد الجابر الصباح اليوم وزير الصناعة سلطان الجابر.", "2025-07-15");
        Assert.Equal(["مشعل الأحمد الجابر الصباح", "سلطان الجابر"], facts.Persons.Select(p => p.Name));
        Assert.Contains(facts.Offices, o => o.Title == "أمير البلاد");
    }

    [Fact]
    public void Ould_joins_a_name_after_a_definite_given_name_and_the_nationals_abroad_belong_to_the_post()
    {
        var facts = Facts.Of("وحضر اللقاء الوزير الأول المختار ولد اجاي ووزير الخارجية والتونسيين بالخارج محمد علي النفطي.", "2025-07-15");
        Assert.Equal(["المختار ولد اجاي", "محمد علي النفطي"], facts.Persons.Select(p => p.Name));
        var post = Assert.Single(facts.Offices, o => o.Title == "وزير الخارجية والتونسيين بالخارج");
        Assert.Equal("TN", post.Country);
    }

    [Theory]
    [InlineData("وقال وزير الخارجية والهجرة المصري بدر عبد العاطي إن القمة مهمة.", "Minister of Foreign Affairs and Migration")]
    [InlineData("وقال قائد القيادة المركزية الأمريكية الأدميرال براد كوبر إن القوات جاهزة.", "Commander of Central Command")]
    [InlineData("وقال رئيس حكومة الوحدة الوطنية الليبية عبد الحميد الدبيبة إن الانتخابات قريبة.", "Prime Minister")]
    public void The_English_title_of_a_long_Arabic_post_translates_its_words_and_drops_an_adjective_of_a_noun_it_lacks(string text, string english) =>
        Assert.Equal(english, Assert.Single(Facts.Of(text, "2025-07-15").Offices).TitleEn);

    [Fact]
    public void Kurdish_spellings_are_read_as_the_Arab_press_writes_them_and_the_Kurdistan_Region_ends_a_post()
    {
        var facts = Facts.Of("أربيل - روداو: استقبل رئيس حكومة إقليم کوردستان مسرور بارزاني، اليوم، السفیرة الأمريكية لدى العراق آلینا رومانوسكي.", "2025-07-15");
        Assert.Equal(["مسرور بارزاني", "آلینا رومانوسكي"], facts.Persons.Select(p => p.Name));
        var post = Assert.Single(facts.Offices, o => o.Title == "رئيس حكومة إقليم کوردستان");
        Assert.Equal("Prime Minister of Kurdistan Region", post.TitleEn);
        Assert.Single(facts.Meetings);
    }

    [Fact]
    public void Yemens_presidential_council_chairman_is_a_post_of_Yemen()
    {
        var post = Assert.Single(Facts.Of("وقال رئيس مجلس القيادة الرئاسي رشاد العليمي إن الحكومة ماضية في الإصلاحات.", "2025-07-15").Offices);
        Assert.Equal(("Chairman of the Presidential Leadership Council", "YE"), (post.TitleEn, post.Country));
    }

    [Theory]
    [InlineData("استقبل الملك اليوم معالي السيد جاسم البديوي الأمين العام لمجلس التعاون لدول الخليج العربية.", "الأمين العام لمجلس التعاون لدول الخليج العربية", "Secretary-General of the Gulf Cooperation Council")]
    [InlineData("وقال الأمين العام للجامعة العربية أحمد أبو الغيط إن القمة مهمة.", "الأمين العام للجامعة العربية", "Secretary-General of the Arab League")]
    public void The_heads_of_regional_organisations_hold_the_whole_post_of_no_state(string text, string title, string english)
    {
        var post = Assert.Single(Facts.Of(text, "2025-07-15").Offices, o => o.Title == title);
        Assert.Equal((english, null), (post.TitleEn, post.Country));
    }

    [Fact]
    public void The_day_between_a_title_and_a_name_keeps_them_apart()
    {
        var facts = Facts.Of("استقبل الملك اليوم جاسم البديوي.", "2025-07-15");
        Assert.Empty(Assert.Single(facts.Persons).Countries);
        Assert.Empty(facts.Offices);
    }

    [Fact]
    public void A_region_ends_an_English_posts_body_and_the_UK_written_with_dots_is_a_state()
    {
        var facts = Facts.Of("RIYADH (Arab News) - Adel Al-Jubeir received the U.K.'s Minister for the Middle East Hamish Falconer in Riyadh on Tuesday.", "2025-01-15", "en");
        var falconer = Assert.Single(facts.Persons, p => p.Name == "Hamish Falconer");
        Assert.Equal(["GB"], falconer.Countries);
        Assert.Equal("Minister for the Middle East", Assert.Single(facts.Offices, o => o.Person == falconer.Id).Title);
    }

    [Fact]
    public void A_named_states_officeholder_with_a_surname_no_dictionary_knows_is_named_though_his_given_name_is_a_word()
    {
        var facts = Facts.Of("استقبل أمير البلاد اليوم رئيس جمهورية قيرغيزستان صدر جباروف.", "2025-04-16");
        Assert.Contains(facts.Persons, p => p.Name == "صدر جباروف" && p.Countries.SequenceEqual(["KG"]));
    }

    [Fact]
    public void A_European_commissioner_holds_a_post_of_no_state()
    {
        var facts = Facts.Of("عمّان - بترا: استقبل رئيس الوزراء جعفر حسان اليوم المفوضة الأوروبية لشؤون المتوسط دوبرافكا شويتسا.", "2025-10-29");
        var commissioner = Assert.Single(facts.Persons, p => p.Name == "دوبرافكا شويتسا");
        Assert.Empty(commissioner.Countries);
        Assert.Null(Assert.Single(facts.Offices, o => o.Person == commissioner.Id).Country);
    }

    [Fact]
    public void Germanys_adviser_is_its_chancellor_and_the_European_Commissions_head_its_president()
    {
        var facts = Facts.Of("شارك في الاجتماع المستشار الألماني فريدريش ميرتس ورئيسة المفوضية الأوروبية أورسولا فون دير لاين.", "2025-02-17");
        Assert.Equal(["Chancellor", "President of the European Commission"], facts.Offices.Select(o => o.TitleEn));
    }

    [Fact]
    public void A_states_body_between_the_demonym_and_a_lower_case_title_keeps_the_state()
    {
        var facts = Facts.Of("ROME (ANSA) - Italian Premier Giorgia Meloni and Libyan Presidential Council head Mohamed al-Menfi held talks in Rome on Monday.", "2025-02-10", "en");
        Assert.Equal(["LY"], Assert.Single(facts.Persons, p => p.Name == "Mohamed al-Menfi").Countries);
    }

    [Fact]
    public void An_envoy_to_a_region_that_is_no_state_keeps_the_region_and_the_name_after_it()
    {
        var facts = Facts.Of("استقبل الرئيس اليوم المبعوث الشخصي للأمين العام للأمم المتحدة إلى الصحراء الغربية ستافان دي ميستورا.", "2025-06-16");
        var envoy = Assert.Single(facts.Persons, p => p.Name == "ستافان دي ميستورا");
        Assert.Equal("Envoy to Western Sahara", Assert.Single(facts.Offices, o => o.Person == envoy.Id).TitleEn);
    }

    [Fact]
    public void Posts_that_name_their_state_with_fi_before_the_holders_rank_are_that_states()
    {
        var facts = Facts.Of("تلقى رئيس مجلس الوزراء محمد شياع السوداني، مساء أمس الأحد، اتصالاً هاتفياً من ولي العهد رئيس مجلس الوزراء في المملكة العربية السعودية الأمير محمد بن سلمان بن عبد العزيز.", "2025-11-10");
        var crownPrince = Assert.Single(facts.Persons, p => p.Name == "محمد بن سلمان بن عبد العزيز");
        Assert.Equal(["Crown Prince", "Prime Minister"], facts.Offices.Where(o => o.Person == crownPrince.Id && o.Country == "SA").Select(o => o.TitleEn));
    }

    [Fact]
    public void A_headlines_verb_of_calling_after_and_opens_no_name()
    {
        var facts = Facts.Of("السوداني يتلقى اتصالاً من ولي العهد السعودي ويهاتف أردوغان", "2025-11-10");
        Assert.Contains(facts.Persons, p => p.Name == "أردوغان");
        Assert.DoesNotContain(facts.Persons, p => p.Name.Contains("يهاتف", StringComparison.Ordinal));
    }

    [Fact]
    public void A_posts_holder_keeps_a_last_name_that_is_also_a_word_at_the_end_of_the_sentence()
    {
        var facts = Facts.Of("استقبل الوزير في الرياض اليوم نائب رئيس الوزراء وزير الخارجية الباكستاني محمد إسحاق دار.", "2025-11-10");
        Assert.Equal(["PK"], Assert.Single(facts.Persons, p => p.Name == "محمد إسحاق دار").Countries);
    }

    [Fact]
    public void A_deputy_before_a_name_and_no_title_is_a_member_of_parliament()
    {
        var facts = Facts.Of("ثم التقى الرئيس بري وفداً ضم النائب علي فياض والنائب حسن فضل الله.", "2025-11-06");
        Assert.Equal(["علي فياض", "حسن فضل الله"], facts.Offices.Where(o => o.TitleEn == "Member of Parliament").Select(o => facts.Persons.Single(p => p.Id == o.Person).Name));
    }

    [Fact]
    public void A_speaker_or_council_head_called_president_by_courtesy_holds_no_second_office()
    {
        var facts = Facts.Of("استقبل رئيس مجلس النواب نبيه بري في عين التينة السفير المصري علاء موسى. ثم التقى الرئيس بري وفداً من الكتلة.", "2025-11-06");
        var berri = Assert.Single(facts.Persons, p => p.Name == "نبيه بري");
        Assert.Equal(["Speaker of the House of Representatives"], facts.Offices.Where(o => o.Person == berri.Id).Select(o => o.TitleEn));
    }

    [Fact]
    public void English_posts_listed_with_commas_before_a_name_are_all_his_and_none_is_the_name_befores()
    {
        var facts = Facts.Of("The reception was attended by Minister of Energy Prince Abdulaziz bin Salman bin Abdulaziz, Minister of State, Cabinet Member and National Security Advisor Dr. Musaed bin Mohammed Al-Aiban, and Minister of Investment Khalid Al-Falih.", "2025-11-18", "en");
        string[] Held(string name) => [.. facts.Offices.Where(o => o.Person == facts.Persons.Single(p => p.Name == name).Id).Select(o => o.TitleEn ?? "")];
        Assert.Equal(["Minister of Energy"], Held("Abdulaziz bin Salman bin Abdulaziz"));
        Assert.Equal(["Minister of State", "Cabinet Member", "National Security Adviser"], Held("Musaed bin Mohammed Al-Aiban"));
    }

    [Fact]
    public void A_royal_named_by_a_courtesy_form_and_his_given_name_in_the_headline_is_the_one_named_in_full_below()
    {
        var facts = Facts.Of("السيد شهاب يستقبل وزير الدفاع الباكستاني\n\nمسقط في 12 نوفمبر /العُمانية/ استقبل صاحب السمو السيد شهاب بن طارق آل سعيد نائب رئيس الوزراء لشؤون الدفاع بمكتبه اليوم معالي خواجة محمد آصف وزير الدفاع بجمهورية باكستان الإسلامية.", "2025-11-12");
        Assert.Contains("شهاب", Assert.Single(facts.Persons, p => p.Name.StartsWith("شهاب", StringComparison.Ordinal)).Aliases);
    }

    [Fact]
    public void The_surname_of_someone_named_in_full_then_a_noun_the_tagger_leaves_out_is_that_person_alone()
    {
        var facts = Facts.Of("استقبل وزير الخارجية عبدالله علي اليحيا اليوم سفير جمهورية إيران الإسلامية لدى دولة الكويت محمد توتونجي. وتمنى الوزير اليحيا للسفير توتونجي التوفيق والسداد في مهامه المقبلة.", "2025-11-03");
        Assert.Contains("توتونجي", Assert.Single(facts.Persons, p => p.Name.Contains("توتونجي", StringComparison.Ordinal)).Aliases);
    }

    [Fact]
    public void A_spokesman_of_the_presidency_named_without_the_article_speaks_for_the_president_named_before()
    {
        var facts = Facts.Of("الرئيس السيسي يستقبل رئيس وزراء اليونان\n\nاستقبل السيد الرئيس عبد الفتاح السيسي اليوم بقصر الاتحادية في القاهرة السيد كيرياكوس ميتسوتاكيس رئيس وزراء الجمهورية اليونانية، وذلك بحضور الدكتور مصطفى مدبولي رئيس مجلس الوزراء، والدكتور بدر عبد العاطي وزير الخارجية والهجرة وشؤون المصريين بالخارج.\n\nوصرح السفير محمد الشناوي، المتحدث الرسمي باسم رئاسة الجمهورية، بأن اللقاء تناول سبل تعزيز العلاقات الاستراتيجية بين البلدين، لا سيما في مجالات الطاقة والربط الكهربائي والهجرة، فضلاً عن التشاور حول الأوضاع في قطاع غزة وليبيا والسودان.\n\nوأضاف المتحدث الرسمي أن الرئيس أكد حرص مصر على مواصلة التنسيق مع اليونان وقبرص في إطار آلية التعاون الثلاثي.", "2025-10-21");
        Assert.Equal(["EG"], Assert.Single(facts.Persons, p => p.Name == "محمد الشناوي").Countries);
    }

    [Fact]
    public void A_post_with_the_states_adjectives_then_its_holder_set_off_by_a_comma_is_his_and_the_letters_sender_did_not_meet()
    {
        var facts = Facts.Of("استقبل رئيس الجمهورية، السيد عبد المجيد تبون، اليوم الأحد بالجزائر العاصمة، وزير الشؤون الخارجية الموريتاني، السيد محمد سالم ولد مرزوك، حاملاً رسالة خطية من أخيه رئيس الجمهورية الإسلامية الموريتانية، السيد محمد ولد الشيخ الغزواني.", "2025-11-16");
        var sender = Assert.Single(facts.Persons, p => p.Name == "محمد ولد الشيخ الغزواني");
        Assert.Equal("MR", Assert.Single(facts.Offices, o => o.Person == sender.Id).Country);
        Assert.DoesNotContain(sender.Id, Assert.Single(facts.Meetings).Participants);
    }

    [Fact]
    public void An_ambassador_to_our_country_keeps_his_post_and_a_nisba_qualifying_a_noun_is_no_person()
    {
        var facts = Facts.Of("التقى رئيس مجلس القيادة الرئاسي الدكتور رشاد محمد العليمي، اليوم الخميس في العاصمة السعودية الرياض، سفير الولايات المتحدة الأمريكية لدى بلادنا ستيفن فاجن. وناقش اللقاء مستجدات الوضع اليمني، والتصعيد الحوثي في البحر الأحمر.", "2025-11-20");
        var ambassador = Assert.Single(facts.Persons, p => p.Name == "ستيفن فاجن");
        Assert.Equal("US", Assert.Single(facts.Offices, o => o.Person == ambassador.Id).Country);
        Assert.DoesNotContain(facts.Persons, p => p.Name == "الحوثي");
    }

    [Fact]
    public void A_nisba_that_is_the_surname_of_someone_named_in_full_is_no_mention_of_its_state()
    {
        var facts = Facts.Of("تلقى رئيس مجلس الوزراء محمد شياع السوداني اتصالاً هاتفياً من ولي العهد السعودي الأمير محمد بن سلمان. وهنأ ولي العهد السوداني بنجاح إجراء الانتخابات.", "2025-11-10");
        Assert.DoesNotContain("SD", facts.Countries);
    }

    [Fact]
    public void An_ambassador_to_the_Kingdom_is_followed_by_his_name()
    {
        var facts = Facts.Of("RIYADH: Saudi Minister of State for Foreign Affairs Adel Al-Jubeir received Norway's Ambassador to the Kingdom Tone Allers in Riyadh on Sunday.", "2025-11-02", "en");
        Assert.Equal(["NO"], Assert.Single(facts.Persons, p => p.Name == "Tone Allers").Countries);
    }

    [Fact]
    public void The_office_of_His_Majesty_closes_a_title_before_its_holders_name()
    {
        var facts = Facts.Of("The meeting was attended by Director of the Office of His Majesty Alaa Batayneh.", "2025-10-07", "en");
        var director = Assert.Single(facts.Persons, p => p.Name == "Alaa Batayneh");
        Assert.Equal("Director of the Office of His Majesty", Assert.Single(facts.Offices, o => o.Person == director.Id).Title);
    }

    [Fact]
    public void One_office_said_two_ways_is_one_office_in_its_fullest_wording()
    {
        var facts = Facts.Of("الرئيس قيس سعيّد يستقبل وزير الخارجية\n\nتونس – استقبل رئيس الجمهورية قيس سعيّد، بعد ظهر اليوم الخميس بقصر قرطاج، وزير الشؤون الخارجية محمد علي النفطي.", "2025-11-13");
        var president = Assert.Single(facts.Persons, p => p.Name == "قيس سعيّد");
        Assert.Equal("رئيس الجمهورية", Assert.Single(facts.Offices, o => o.Person == president.Id).Title);
    }

    [Fact]
    public void An_English_foreign_minister_attending_a_reception_at_home_is_of_the_hosts_state()
    {
        var facts = Facts.Of("Crown Prince receives Bahraini FM\n\nKUWAIT, Nov 24 (KUNA) -- His Highness the Crown Prince Sheikh Sabah Khalid Al-Hamad Al-Sabah received at Bayan Palace on Monday Bahrain's Foreign Minister Dr. Abdullatif bin Rashid Al-Zayani.\n\nAl-Zayani conveyed a written message from King Hamad bin Isa Al Khalifa of Bahrain to His Highness the Amir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah on bilateral relations.\n\nThe meeting was attended by Foreign Minister Abdullah Al-Yahya.", "2025-11-24", "en");
        Assert.Equal(["KW"], Assert.Single(facts.Persons, p => p.Name == "Abdullah Al-Yahya").Countries);
    }

    [Fact]
    public void The_ambassador_of_the_Custodian_of_the_Two_Holy_Mosques_is_Saudi_and_so_are_his_hosts()
    {
        var facts = Facts.Of("سمو وزير الدفاع يستقبل وزير الدفاع الإيطالي\n\nالرياض 22 جمادى الأولى 1447 هـ الموافق 13 نوفمبر 2025 م واس\nاستقبل صاحب السمو الملكي الأمير خالد بن سلمان بن عبدالعزيز وزير الدفاع، في الرياض اليوم، وزير الدفاع الإيطالي غويدو كروسيتو.\n\nوجرى خلال الاستقبال استعراض علاقات التعاون الثنائي بين المملكة وإيطاليا في المجال الدفاعي، إلى جانب مناقشة تطورات الأوضاع الإقليمية.\n\nحضر الاستقبال رئيس هيئة الأركان العامة الفريق الأول الركن فياض بن حامد الرويلي، وسفير خادم الحرمين الشريفين لدى إيطاليا الأمير فيصل بن سطام بن عبدالعزيز.", "2025-11-13");
        Assert.Equal(["SA"], Assert.Single(facts.Persons, p => p.Name == "فيصل بن سطام بن عبدالعزيز").Countries);
        Assert.Equal(["SA"], Assert.Single(facts.Persons, p => p.Name == "خالد بن سلمان بن عبدالعزيز").Countries);
    }

    [Fact]
    public void That_with_its_preposition_opens_no_name()
    {
        var facts = Facts.Of("وأفادت دائرة الاتصال في الرئاسة التركية بأن أردوغان أكد خلال الاتصال استعداد بلاده للمساهمة في إعادة إعمار غزة.", "2025-10-21");
        Assert.DoesNotContain(facts.Persons, p => p.Name.StartsWith("بأن", StringComparison.Ordinal));
    }

    [Fact]
    public void Posts_after_a_name_that_name_their_state_with_fi_before_the_clause_ends_are_that_states()
    {
        var facts = Facts.Of("أبوظبي في 16 نوفمبر / وام / استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة في قصر الشاطئ بأبوظبي، معالي سوبراهمانيام جايشانكار وزير الشؤون الخارجية في جمهورية الهند، الذي نقل إلى سموه تحيات رئيس الوزراء الهندي.", "2025-11-16");
        Assert.Equal(["IN"], Assert.Single(facts.Persons, p => p.Name == "سوبراهمانيام جايشانكار").Countries);
    }

    [Fact]
    public void A_given_name_that_is_also_an_ordinary_word_opens_a_posts_holders_name()
    {
        var facts = Facts.Of("استقبل رئيس مجلس الوزراء الوفد التركي، بحضور وزير الدفاع ثابت العباسي.", "2025-11-23");
        Assert.Contains(facts.Persons, p => p.Name == "ثابت العباسي");
    }

    [Fact]
    public void A_posts_holder_set_off_by_commas_keeps_an_ordinary_last_word_the_tagger_reads_in()
    {
        var facts = Facts.Of("الرباط - أجرى رئيس مجلس النواب، راشيد الطالبي العلمي، يوم الثلاثاء بمقر المجلس بالرباط، مباحثات مع رئيس المجلس الوطني الاتحادي، صقر غباش.", "2025-11-11");
        Assert.Contains(facts.Persons, p => p.Name == "راشيد الطالبي العلمي");
    }

    [Fact]
    public void An_English_post_of_a_body_named_with_its_states_adjective_and_a_rank_word_is_that_states_and_ends_before_the_name()
    {
        var facts = Facts.Of("Separately, Minister of State Mohammed Al Khulaifi met in Doha with Head of the Palestinian General Intelligence Service Majed Faraj.", "2025-11-22", "en");
        var faraj = Assert.Single(facts.Persons, p => p.Name == "Majed Faraj");
        Assert.Equal("PS", Assert.Single(facts.Offices, o => o.Person == faraj.Id).Country);
    }

    [Fact]
    public void A_guests_trip_told_in_an_aside_after_his_name_makes_the_reception_a_visit()
    {
        var facts = Facts.Of("الجزائر - استقبل رئيس الجمهورية، السيد عبد المجيد تبون، يوم الأحد بالجزائر العاصمة، رئيس المجلس الرئاسي الليبي، محمد المنفي، الذي يقوم بزيارة أخوة وعمل إلى الجزائر.", "2025-11-16");
        Assert.Equal(MeetingKind.Visit, Assert.Single(facts.Meetings).Kind);
    }

    [Fact]
    public void A_trip_under_way_told_in_a_later_sentence_makes_the_travellers_encounters_visits_of_his_delegation_and_he_is_the_he_after_it()
    {
        var facts = Facts.Of("AMMAN, March 3 – Jordan's Foreign Minister Ayman Safadi held talks in Amman on Monday with his Cypriot counterpart Constantinos Kombos. "
            + "Kombos, who is on an official visit to Jordan at the head of an economic delegation, was received at the ministry before the talks. "
            + "On Tuesday he met Prime Minister Jafar Hassan.", "2025-03-04", "en");
        string Id(string name) => Assert.Single(facts.Persons, p => p.Name == name).Id;
        Assert.Equal(2, facts.Meetings.Count);
        Assert.All(facts.Meetings, m => Assert.Equal(MeetingKind.Visit, m.Kind));
        Assert.All(facts.Meetings, m => Assert.Equal(["CY"], m.DelegationCountries));
        Assert.Equal([Id("Constantinos Kombos"), Id("Jafar Hassan")], facts.Meetings[1].Participants.Order());
    }

    [Fact]
    public void The_sender_of_a_letter_named_after_its_addressee_is_no_participant_and_who_attended_joins_the_reception()
    {
        var facts = Facts.Of("الجزائر - استقبل رئيس الجمهورية السيد عبد المجيد تبون، اليوم الأحد بالجزائر العاصمة، وزير الخارجية الموريتاني محمد سالم ولد مرزوك، الذي يؤدي زيارة عمل إلى الجزائر. "
            + "وسلم الوزير خلال اللقاء رسالة خطية إلى رئيس الجمهورية من أخيه الرئيس الموريتاني محمد ولد الشيخ الغزواني. وحضر اللقاء وزير الدولة وزير الشؤون الخارجية أحمد عطاف.", "2025-03-02");
        var sender = Assert.Single(facts.Persons, p => p.Name == "محمد ولد الشيخ الغزواني");
        var meeting = Assert.Single(facts.Meetings);
        Assert.DoesNotContain(sender.Id, meeting.Participants);
        Assert.Equal(3, meeting.Participants.Count);
    }

    [Fact]
    public void A_given_name_spelt_like_a_preposition_closes_a_name_before_the_post_and_a_place_planned_for_later_is_not_the_encounters()
    {
        var facts = Facts.Of("نواكشوط - أجرى وزير الخارجية محمد سالم ولد مرزوك مباحثات اليوم مع السيد عبد السلام عبدي علي وزير الخارجية الصومالي، "
            + "تناولت التحضير لاجتماع اللجنة المشتركة المقرر عقده في مقديشو الشهر المقبل.", "2025-03-02");
        Assert.Contains("عبد السلام عبدي علي", facts.Persons.Select(p => p.Name));
        Assert.Equal("Nouakchott", Assert.Single(facts.Meetings).City);
    }

    [Fact]
    public void An_English_portfolio_joined_by_and_and_a_post_whose_holder_is_set_off_by_commas_are_their_states()
    {
        var facts = Facts.Of("CAIRO – Egypt's Foreign Minister Badr Abdelatty met Uganda's Energy and Mineral Development Minister Ruth Nankabirwa in Cairo on Monday. "
            + "The head of Libya's Presidential Council, Mohamed al-Menfi, also met Abdelatty on Monday.", "2025-03-03", "en");
        var office = Assert.Single(facts.Offices, o => o.Person == Assert.Single(facts.Persons, p => p.Name == "Ruth Nankabirwa").Id);
        Assert.Equal(("Energy and Mineral Development Minister", "UG"), (office.Title, office.Country));
        Assert.Equal("LY", Assert.Single(facts.Offices, o => o.Person == Assert.Single(facts.Persons, p => p.Name == "Mohamed al-Menfi").Id).Country);
    }

    [Fact]
    public void A_full_name_after_his_son_is_a_person_and_takes_part()
    {
        var facts = Facts.Of("BENGHAZI – Egyptian intelligence chief Hassan Rashad met Libyan commander Khalifa Haftar and his son Belqasem Haftar in Benghazi on Sunday.", "2025-03-03", "en");
        var son = Assert.Single(facts.Persons, p => p.Name == "Belqasem Haftar");
        Assert.Contains(son.Id, Assert.Single(facts.Meetings).Participants);
    }

    [Fact]
    public void Ministers_who_met_on_a_conferences_sidelines_abroad_are_not_of_the_host_state()
    {
        var facts = Facts.Of("الكويت - 29 - 9 (كونا) -- تلقى وزير الخارجية عبدالله علي اليحيا اليوم الاثنين اتصالاً هاتفياً من وزير الخارجية العماني بدر بن حمد البوسعيدي. "
            + "وكان الوزيران قد التقيا الأسبوع الماضي في نيويورك على هامش أعمال الجمعية العامة للأمم المتحدة.", "2025-09-29");
        Assert.Equal(["KW"], Assert.Single(facts.Persons, p => p.Name == "عبدالله علي اليحيا").Countries);
    }

    [Fact]
    public void A_counterparts_nationality_in_the_headline_does_not_make_the_article_that_states()
    {
        var facts = Facts.Of("وزير الخارجية يتلقى اتصالاً هاتفياً من نظيره البحريني\n\nالكويت - (كونا) -- تلقى وزير الخارجية عبدالله علي اليحيا اليوم اتصالاً هاتفياً "
            + "من وزير الخارجية في مملكة البحرين عبداللطيف الزياني.", "2025-09-29");
        Assert.Equal(["KW"], Assert.Single(facts.Persons, p => p.Name == "عبدالله علي اليحيا").Countries);
    }

    [Fact]
    public void An_English_post_joined_by_and_to_an_official_of_a_named_state_is_of_that_state() =>
        Assert.Equal("SY", Assert.Single(Facts.Of("RIYADH: Syrian President Ahmed al-Sharaa met Crown Prince Mohammed bin Salman in Riyadh on Monday. "
            + "Syria's Foreign Minister Asaad al-Shaibani and Economy Minister Mohammad Nidal al-Shaar attended the talks.", "2025-10-28", "en").Offices,
            o => o.Title == "Economy Minister").Country);

    [Fact]
    public void A_post_named_before_in_full_and_then_shortened_refers_back_and_the_next_post_is_the_next_persons()
    {
        var facts = Facts.Of("عدن - التقى رئيس مجلس القيادة الرئاسي رشاد العليمي اليوم في عدن سفير فرنسا لدى اليمن كاترين قرم كمون. "
            + "وفي وقت سابق، التقى رئيس مجلس القيادة المبعوث الأممي الخاص إلى اليمن هانس غروندبرغ.", "2025-09-16");
        var envoy = Assert.Single(facts.Persons, p => p.Name == "هانس غروندبرغ");
        Assert.Equal("المبعوث الأممي الخاص إلى اليمن", Assert.Single(facts.Offices, o => o.Person == envoy.Id).Title);
    }

    [Fact]
    public void Foreign_affairs_after_and_in_a_compound_portfolio_read_as_one_in_english() =>
        Assert.Equal("Minister of African Integration and Foreign Affairs", Assert.Single(
            Facts.Of("استقبل الرئيس وزيرة التكامل الإفريقي والشؤون الخارجية السنغالية ياسين فال.", "2025-10-14").Offices, o => o.Title.Contains("التكامل", StringComparison.Ordinal)).TitleEn);

    [Fact]
    public void The_sender_of_a_letter_a_visitor_handed_over_is_of_the_visitors_state() =>
        Assert.Equal(["TD"], Assert.Single(Facts.Of("القاهرة - استقبل وزير الخارجية بدر عبد العاطي اليوم وزير خارجية تشاد عبد الرحمن كلام الله، "
            + "حيث سلمه رسالة من الرئيس محمد إدريس ديبي إلى الرئيس عبد الفتاح السيسي.", "2025-11-08").Persons, p => p.Name == "محمد إدريس ديبي").Countries);

    [Fact]
    public void Both_names_after_a_title_in_the_dual_hold_its_post()
    {
        var facts = Facts.Of("بيروت - استقبل رئيس مجلس النواب نبيه بري اليوم وفداً ضم النائبين إبراهيم الموسوي وحسن عز الدين.", "2025-11-06");
        Assert.Equal(["إبراهيم الموسوي", "حسن عز الدين"], facts.Persons.Where(p => facts.Offices.Any(o => o.Person == p.Id && o.Title == "النائب")).Select(p => p.Name));
    }

    [Fact]
    public void An_American_command_before_its_chiefs_lower_case_title_is_the_posts_and_gives_its_state()
    {
        var facts = Facts.Of("BEIRUT (AFP) - Lebanese President Joseph Aoun received on Friday U.S. Central Command chief Admiral Brad Cooper at the presidential palace.", "2025-10-10", "en");
        var office = Assert.Single(facts.Offices, o => o.Person == Assert.Single(facts.Persons, p => p.Name == "Brad Cooper").Id);
        Assert.Equal(("Central Command chief", "US"), (office.Title, office.Country));
    }

    [Fact]
    public void A_working_session_with_someone_is_a_meeting() =>
        Assert.Single(Facts.Of("تونس - أجرى وزير الشؤون الخارجية محمد علي النفطي صباح اليوم جلسة عمل مع وزير الخارجية المصري بدر عبد العاطي.", "2025-11-03").Meetings);

    [Fact]
    public void An_ambassadors_host_after_fi_is_part_of_the_post_and_the_name_follows()
    {
        var facts = Facts.Of("استقبل رئيس الجمهورية جوزاف عون اليوم في قصر بعبدا سفير المملكة العربية السعودية في لبنان وليد بخاري.", "2025-11-21");
        var office = Assert.Single(facts.Offices, o => o.Person == Assert.Single(facts.Persons, p => p.Name == "وليد بخاري").Id);
        Assert.Equal(("سفير المملكة العربية السعودية في لبنان", "SA"), (office.Title, office.Country));
    }

    [Theory]
    [InlineData("TOKYO (AP) — Emperor Naruhito received Qatar's Emir Sheikh Tamim bin Hamad Al Thani at the Imperial Palace on Thursday.", "en", "Naruhito")]
    [InlineData("طوكيو - استقبل الإمبراطور ناروهيتو اليوم في القصر الإمبراطوري أمير دولة قطر الشيخ تميم بن حمد آل ثاني.", "ar", "ناروهيتو")]
    public void An_emperor_is_a_monarch_named_by_one_name(string text, string language, string name)
    {
        var facts = Facts.Of(text, "2025-11-13", language);
        var emperor = Assert.Single(facts.Persons, p => p.Name == name);
        Assert.Equal("Emperor", Assert.Single(facts.Offices, o => o.Person == emperor.Id).TitleEn);
    }

    [Fact]
    public void A_consul_generals_post_is_in_the_city_he_serves_and_of_his_own_state()
    {
        var facts = Facts.Of("ERBIL – Kurdistan Region President Nechirvan Barzani received French Consul General in Erbil Yann Braem on Wednesday.", "2025-09-24", "en");
        var office = Assert.Single(facts.Offices, o => o.Person == Assert.Single(facts.Persons, p => p.Name == "Yann Braem").Id);
        Assert.Equal(("Consul General in Erbil", "FR"), (office.Title, office.Country));
    }

    [Fact]
    public void A_member_of_a_council_only_one_state_has_serves_that_state()
    {
        var facts = Facts.Of("وبحث عضو مجلس القيادة الرئاسي عيدروس الزبيدي مع المبعوث الأممي إلى اليمن هانس غروندبرغ جهود إحياء العملية السياسية.", "2025-11-19");
        var office = Assert.Single(facts.Offices, o => o.Title == "عضو مجلس القيادة الرئاسي");
        Assert.Equal(("Member of the Presidential Leadership Council", "YE"), (office.TitleEn, office.Country));
    }

    [Fact]
    public void A_counterpart_named_with_a_rank_holds_the_post_of_the_one_whose_counterpart_he_is()
    {
        var facts = Facts.Of("الكويت - 18 - 11 (كونا) -- بحث وزير الخارجية الشيخ عبدالله علي اليحيا في اتصال هاتفي مع نظيره السعودي الأمير فيصل بن فرحان اليوم الثلاثاء آخر المستجدات الإقليمية.", "2025-11-18");
        var faisal = Assert.Single(facts.Persons, p => p.Name == "فيصل بن فرحان");
        Assert.Equal(("Minister of Foreign Affairs", "SA"), Assert.Single(facts.Offices, o => o.Person == faisal.Id) is var o ? (o.TitleEn, o.Country) : default);
    }

    [Fact]
    public void Officials_listed_after_a_counterpart_serve_the_counterparts_state_and_a_rules_only_given_name_opens_a_name()
    {
        var facts = Facts.Of("أنقرة/ الأناضول - التقى وزير الخارجية التركي هاكان فيدان، الأحد، نظيره السوري أسعد الشيباني ووزير الدفاع مرهف أبو قصرة ورئيس جهاز الاستخبارات حسين السلامة في العاصمة أنقرة.\n\nوشارك في الاجتماع وزير الدفاع التركي يشار غولر.", "2025-10-12");
        Assert.Equal(["SY"], Assert.Single(facts.Persons, p => p.Name == "مرهف أبو قصرة").Countries);
        Assert.Equal(["SY"], Assert.Single(facts.Persons, p => p.Name == "حسين السلامة").Countries);
        Assert.Equal("Yasar Ghoulr", Assert.Single(facts.Persons, p => p.Name == "يشار غولر").NameEn);
    }

    [Theory]
    [InlineData("the new Ambassador of Japan to Kuwait Kenichi Okada, who presented a copy of his credentials", "Kenichi Okada", "JP")]
    [InlineData("the Ambassador of the Republic of Korea to the State of Kuwait, Lee Sang-hoon, at the end of his tenure", "Lee Sang-hoon", "KR")]
    [InlineData("the Ambassador of the Republic of Korea, Lee Sang-hoon, at the end of his tenure", "Lee Sang-hoon", "KR")]
    [InlineData("the Ambassador of Brazil, Carlos Alberto Moura, on Wednesday", "Carlos Alberto Moura", "BR")]
    public void An_English_ambassador_of_one_state_to_another_serves_the_first_and_his_name_follows(string received, string name, string state)
    {
        var facts = Facts.Of($"KUWAIT, Nov 5 (KUNA) -- Foreign Minister Abdullah Al-Yahya received {received}.", "2025-11-05", "en");
        var ambassador = Assert.Single(facts.Persons, p => p.Name == name);
        Assert.Equal(state, Assert.Single(facts.Offices, o => o.Person == ambassador.Id).Country);
        Assert.Equal(2, Assert.Single(facts.Meetings).Participants.Count);
    }

    [Theory]
    [InlineData("the commander of the Pakistan Army, Field Marshal Asim Munir,", "Asim Munir", "commander of the Pakistan Army", "PK")]
    [InlineData("the Chief of Staff of the Qatar Armed Forces, Lt. Gen. Jassim Al Mannai,", "Jassim Al Mannai", "Chief of Staff of the Qatar Armed Forces", "QA")]
    [InlineData("the head of the Egypt Football Association, Hany Abo Rida,", "Hany Abo Rida", "head of the Egypt Football Association", "EG")]
    [InlineData("Hussein al-Sheikh, secretary general of the executive committee of the Palestine Liberation Organization,", "Hussein al-Sheikh", "secretary general of the executive committee of the Palestine Liberation Organization", "PS")]
    public void A_post_of_a_states_own_force_or_of_a_body_named_after_it_is_that_states_even_at_a_meeting_abroad(string guest, string name, string title, string state)
    {
        var facts = Facts.Of($"RIYADH: Saudi Defense Minister Prince Khalid bin Salman met with {guest} in Riyadh on Monday.", "2025-12-02", "en");
        var officer = Assert.Single(facts.Persons, p => p.Name == name);
        Assert.Equal((title, state), Assert.Single(facts.Offices, o => o.Person == officer.Id) is var o ? (o.Title, o.Country) : default);
        Assert.Equal([state], officer.Countries);
    }

    [Theory]
    [InlineData("en", "CAIRO - Egyptian President Abdel Fattah al-Sisi met CIA Director John Ratcliffe in Cairo on Wednesday.", "John Ratcliffe", "CIA Director", "US")]
    [InlineData("en", "CAIRO - Egyptian President Abdel Fattah al-Sisi met the director of the CIA, John Ratcliffe, in Cairo on Wednesday.", "John Ratcliffe", "Director of the CIA", "US")]
    [InlineData("en", "DOHA - Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met Mossad chief David Barnea in Doha on Wednesday.", "David Barnea", "Mossad Chief", "IL")]
    [InlineData("en", "Israel's Shin Bet chief David Zini met Egyptian intelligence chief Hassan Rashad in Cairo on Wednesday.", "David Zini", "Shin Bet Chief", "IL")]
    [InlineData("ar", "القاهرة - التقى الرئيس عبد الفتاح السيسي اليوم الأربعاء مدير وكالة المخابرات المركزية الأمريكية جون راتكليف.", "جون راتكليف", "Director of the Central Intelligence Agency", "US")]
    [InlineData("ar", "الدوحة - التقى رئيس مجلس الوزراء القطري الشيخ محمد بن عبدالرحمن آل ثاني اليوم رئيس الموساد ديفيد برنياع.", "ديفيد برنياع", "Head of the Mossad", "IL")]
    public void A_post_of_a_states_own_service_named_without_the_state_is_that_states(string language, string text, string name, string titleEn, string state)
    {
        var facts = Facts.Of(text, "2025-12-03", language);
        var officer = Assert.Single(facts.Persons, p => p.Name == name);
        Assert.Equal((titleEn, state), Assert.Single(facts.Offices, o => o.Person == officer.Id) is var o ? (o.TitleEn, o.Country) : default);
        Assert.Equal([state], officer.Countries);
    }

    [Fact]
    public void The_atomic_energy_agencys_director_is_an_organisations_officer_of_no_state()
    {
        var facts = Facts.Of("القاهرة - التقى الرئيس عبد الفتاح السيسي اليوم الأربعاء مدير وكالة الطاقة الذرية رافائيل غروسي.", "2025-12-03");
        var grossi = Assert.Single(facts.Persons, p => p.Name == "رافائيل غروسي");
        Assert.Equal(("Director of the Atomic Energy Agency", null), Assert.Single(facts.Offices, o => o.Person == grossi.Id) is var o ? (o.TitleEn, o.Country) : default);
        Assert.Empty(grossi.Countries);
    }

    [Fact]
    public void A_posts_phrase_after_its_nationality_may_chain_three_nouns_and_the_holders_name_follows_it()
    {
        var facts = Facts.Of("عمان (بترا)- بحث وزير الخارجية أيمن الصفدي اليوم الاثنين مع المفوضة الأوروبية لشؤون منطقة البحر المتوسط دوبرافكا شويتسا سبل تعزيز الشراكة.", "2025-12-01");
        var commissioner = Assert.Single(facts.Persons, p => p.Name == "دوبرافكا شويتسا");
        Assert.Equal(("المفوضة الأوروبية لشؤون منطقة البحر المتوسط", null), Assert.Single(facts.Offices, o => o.Person == commissioner.Id) is var o ? (o.Title, o.Country) : default);
        Assert.Contains(commissioner.Id, Assert.Single(facts.Meetings).Participants);
    }

    [Fact]
    public void A_foreign_surname_after_its_particle_stays_in_the_name_though_it_spells_a_month()
    {
        var facts = Facts.Of("التقى الأمين العام لمجلس التعاون جاسم محمد البديوي في الرياض اليوم الممثل الخاص للاتحاد الأوروبي لمنطقة الخليج لويجي دي مايو.", "2025-12-01");
        Assert.Contains(facts.Persons, p => p.Name == "لويجي دي مايو");
    }

    [Theory]
    [InlineData("التقى الأمين العام لمنظمة أوبك هيثم الغيص في بغداد اليوم وزير النفط العراقي حيان عبد الغني.", "هيثم الغيص", "الأمين العام لمنظمة أوبك")]
    public void An_organisation_named_by_its_acronym_closes_its_officers_post_of_no_state(string text, string name, string title)
    {
        var facts = Facts.Of(text, "2025-12-01");
        var officer = Assert.Single(facts.Persons, p => p.Name == name);
        Assert.Equal((title, null), Assert.Single(facts.Offices, o => o.Person == officer.Id) is var o ? (o.Title, o.Country) : default);
        Assert.Empty(officer.Countries);
    }

    [Theory]
    [InlineData("أجرى ولي العهد الأمير الحسين بن عبدالله الثاني اتصالا مرئيا مع رئيس الإمارات الشيخ محمد بن زايد آل نهيان.", "الحسين بن عبدالله الثاني", "Al Hussein bin Abdullah II", "JO")]
    [InlineData("والتقى الوزير اليوم رئيس حركة حماس في غزة خليل الحية.", "خليل الحية", "Khalil al-Hayya", null)]
    public void A_figure_listed_for_the_rules_only_has_the_presss_spelling_and_the_state_he_serves(string text, string name, string english, string? state)
    {
        var person = Assert.Single(Facts.Of(text, "2025-11-20").Persons, p => p.Name == name);
        Assert.Equal(english, person.NameEn);
        Assert.Equal(state is null ? [] : [state], person.Countries);
    }

    [Fact]
    public void An_adjective_of_a_body_named_after_its_state_is_the_bodys_not_the_name_after_it()
    {
        var facts = Facts.Of("والتقى الوزير اليوم قائد قوات سوريا الديمقراطية مظلوم عبدي.");
        Assert.Equal("مظلوم عبدي", Assert.Single(facts.Persons).Name);
        Assert.Equal("قائد قوات سوريا الديمقراطية", Assert.Single(facts.Offices).Title);
    }

    [Theory]
    [InlineData("والتقى الوزير اليوم رئيس حركة حماس في غزة خليل الحية.", "خليل الحية", "رئيس حركة حماس في غزة")]
    [InlineData("والتقى الوزير اليوم خليل الحية رئيس الحركة في قطاع غزة.", "خليل الحية", "رئيس الحركة في قطاع غزة")]
    [InlineData("والتقى الوزير اليوم رئيس حركة أمل نبيه بري.", "نبيه بري", "رئيس حركة أمل")]
    [InlineData("وقال عضو اللجنة المركزية لحركة فتح عباس زكي إن الحركة ملتزمة بالاتفاق.", "عباس زكي", "عضو اللجنة المركزية لحركة فتح")]
    [InlineData("والتقى الوزير اليوم رئيس المجلس السياسي الأعلى لجماعة أنصار الله مهدي المشاط.", "مهدي المشاط", "رئيس المجلس السياسي الأعلى لجماعة أنصار الله")]
    [InlineData("والتقى الوزير اليوم رئيس تيار الحكمة عمار الحكيم.", "عمار الحكيم", "رئيس تيار الحكمة")]
    public void A_movements_post_is_named_with_the_movement_and_where_its_holder_serves(string text, string name, string title)
    {
        var facts = Facts.Of(text);
        var holder = Assert.Single(facts.Persons);
        Assert.Equal(name, holder.Name);
        var office = Assert.Single(facts.Offices);
        Assert.Equal(title, office.Title);
        Assert.Null(office.Country);
    }

    [Theory]
    [InlineData("the head of Hamas in Gaza, Khalil al-Hayya,", "Khalil al-Hayya", "head of Hamas in Gaza")]
    [InlineData("the head of Hamas in the Gaza Strip, Khalil al-Hayya,", "Khalil al-Hayya", "head of Hamas in the Gaza Strip")]
    public void An_English_officer_of_a_movement_serves_where_the_title_says_before_his_name_set_off(string met, string name, string title)
    {
        var facts = Facts.Of($"DOHA, Nov 24 (Reuters) - Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met {met} in Doha on Monday.", "2025-11-24", "en");
        var officer = Assert.Single(facts.Persons, p => p.Name == name);
        var office = Assert.Single(facts.Offices, o => o.Person == officer.Id);
        Assert.Equal(title, office.Title);
        Assert.Null(office.Country);
    }

    [Fact]
    public void The_groups_officer_where_he_serves_is_the_movements_named_before_and_of_no_state()
    {
        var facts = Facts.Of("DOHA, Nov 30 (Reuters) - Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met a Hamas delegation led by the group's Gaza chief Khalil al-Hayya in Doha on Sunday.", "2025-11-30", "en");
        var hayya = Assert.Single(facts.Persons, p => p.Name == "Khalil al-Hayya");
        Assert.Empty(hayya.Countries);
        var office = Assert.Single(facts.Offices, o => o.Person == hayya.Id);
        Assert.Equal(("Hamas Gaza chief", null), (office.Title, office.Country));
    }

    [Fact]
    public void The_EU_foreign_policy_chief_in_Arabic_holds_an_organisations_post()
    {
        var facts = Facts.Of("والتقى الوزير اليوم في بروكسل مسؤولة السياسة الخارجية في الاتحاد الأوروبي كايا كالاس.");
        var office = Assert.Single(facts.Offices);
        Assert.Equal(("مسؤولة السياسة الخارجية في الاتحاد الأوروبي", null), (office.Title, office.Country));
        Assert.Equal("كايا كالاس", Assert.Single(facts.Persons, p => p.Id == office.Person).Name);
    }

    [Fact]
    public void A_post_of_an_international_agency_named_in_full_has_no_state()
    {
        var facts = Facts.Of("CAIRO, Sept 9 (Reuters) - Iranian Foreign Minister Abbas Araghchi met International Atomic Energy Agency chief Rafael Grossi in Cairo on Tuesday in talks hosted by Egyptian Foreign Minister Badr Abdelatty.", "2025-09-09", "en");
        var grossi = Assert.Single(facts.Persons, p => p.Name == "Rafael Grossi");
        Assert.Null(Assert.Single(facts.Offices, o => o.Person == grossi.Id).Country);
    }

    [Fact]
    public void Who_is_named_in_an_aside_about_the_subject_is_neither_a_participant_nor_the_one_whose_counterpart_is_met()
    {
        var facts = Facts.Of("MOSCOW (Al-Monitor) - Syrian President Ahmed al-Sharaa met Russian President Vladimir Putin at the Kremlin on Wednesday.\n\nSyrian Foreign Minister Asaad al-Shaibani, who accompanied Sharaa, also held talks with his Russian counterpart Sergei Lavrov.", "2025-10-15", "en");
        string Id(string name) => facts.Persons.Single(p => p.Name == name).Id;
        var talks = Assert.Single(facts.Meetings, m => m.Participants.Contains(Id("Sergei Lavrov")));
        Assert.Equal([Id("Asaad al-Shaibani"), Id("Sergei Lavrov")], talks.Participants.Order(StringComparer.Ordinal));
        Assert.Equal("Foreign Minister", Assert.Single(facts.Offices, o => o.Person == Id("Sergei Lavrov")).TitleEn);
    }

    [Fact]
    public void An_encounter_during_the_subjects_trip_to_a_named_state_is_a_visit()
    {
        var facts = Facts.Of("التقى رئيس الوزراء العراقي محمد شياع السوداني في طهران، أمس، الرئيس الإيراني مسعود بزشكيان، خلال زيارته الرسمية إلى إيران، وبحث معه ملفات الطاقة.", "2025-11-05");
        Assert.Equal(MeetingKind.Visit, Assert.Single(facts.Meetings).Kind);
    }

    [Fact]
    public void A_korean_family_name_that_is_also_a_verb_opens_an_ambassadors_name()
    {
        var facts = Facts.Of("التقى الأمين العام لمجلس التعاون جاسم محمد البديوي، اليوم بالرياض، سفير جمهورية كوريا لدى المملكة العربية السعودية تشوي بيونغ هيوك.", "2025-11-17");
        Assert.Equal(["KR"], Assert.Single(facts.Persons, p => p.Name == "تشوي بيونغ هيوك").Countries);
    }

    [Fact]
    public void A_post_set_off_after_a_name_gives_its_holder_the_posts_state()
    {
        var facts = Facts.Of("DOHA (QNA) -- The Emir received on Monday Alexander Stubb, President of the Republic of Finland, at the Amiri Diwan.", "2025-11-24", "en");
        Assert.Equal(["FI"], Assert.Single(facts.Persons, p => p.Name == "Alexander Stubb").Countries);
    }

    [Fact]
    public void A_guest_whose_post_set_off_after_his_name_is_followed_by_a_trip_under_way_is_visiting()
    {
        var facts = Facts.Of("RIYADH (SPA) -- Crown Prince Mohammed bin Salman received on Monday Giorgia Meloni, Prime Minister of Italy, who is on an official visit to the Kingdom.", "2025-11-24", "en");
        Assert.Equal(MeetingKind.Visit, Assert.Single(facts.Meetings).Kind);
    }

    [Fact]
    public void The_delegation_with_a_guest_is_his_states_when_a_comma_stands_between_them()
    {
        var facts = Facts.Of("استقبل رئيس الجمهورية عبد اللطيف رشيد، اليوم الأحد، وزير الخارجية الفرنسي جان نويل بارو، والوفد المرافق له.", "2025-11-23");
        Assert.Equal(["FR"], Assert.Single(facts.Meetings).DelegationCountries);
    }

    [Fact]
    public void A_post_right_after_a_palaces_name_is_the_post_of_the_person_named_next()
    {
        var facts = Facts.Of("MANAMA (BNA) -- His Majesty King Hamad received at Sakhir Palace Omani Foreign Minister Badr Albusaidi on Sunday.", "2025-11-23", "en");
        var office = Assert.Single(facts.Offices, o => o.Person == Assert.Single(facts.Persons, p => p.Name == "Badr Albusaidi").Id);
        Assert.Equal(("Foreign Minister", "OM"), (office.Title, office.Country));
    }

    [Fact]
    public void Who_accompanies_a_traveller_at_the_talks_serves_the_travellers_state()
    {
        var facts = Facts.Of("PARIS, Nov 24 (Reuters) - Lebanese President Joseph Aoun met French President Emmanuel Macron at the Elysee on Monday. Aoun was accompanied at the talks by Economy Minister Amer Bisat.", "2025-11-24", "en");
        Assert.Equal(["LB"], Assert.Single(facts.Persons, p => p.Name == "Amer Bisat").Countries);
    }

    [Fact]
    public void Two_long_subjects_before_the_talks_they_held_are_both_participants()
    {
        var facts = Facts.Of("عقد حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، وفخامة الرئيس رجب طيب أردوغان رئيس الجمهورية التركية، جلسة مباحثات رسمية في الدوحة اليوم.", "2025-10-22");
        Assert.Equal(2, Assert.Single(facts.Meetings).Participants.Count);
    }

    [Fact]
    public void A_states_own_agency_reporting_from_abroad_names_its_officials_by_post_alone()
    {
        var facts = Facts.Of("الرومي يلتقي الغيص\n\nفيينا - 3 - 12 (كونا) -- التقى وزير النفط طارق الرومي اليوم الأربعاء وزير الطاقة النمساوي فولفغانغ هاتمانسدورفر في العاصمة النمساوية فيينا.", "2025-12-03");
        Assert.Equal(["KW"], Assert.Single(facts.Persons, p => p.Name == "طارق الرومي").Countries);
    }

    [Fact]
    public void An_agency_reporting_from_its_own_states_capital_changes_nothing()
    {
        var facts = Facts.Of("الكويت - 3 - 12 (كونا) -- استقبل وزير الخارجية الإيراني عباس عراقجي في طهران اليوم وزير النفط طارق الرومي.", "2025-12-03");
        Assert.Equal(["IR"], Assert.Single(facts.Persons, p => p.Name == "عباس عراقجي").Countries);
    }

    [Fact]
    public void A_companions_own_talks_on_the_trips_day_are_part_of_the_trip()
    {
        var facts = Facts.Of("PARIS, Nov 24 (Reuters) - Lebanese President Joseph Aoun met French President Emmanuel Macron in Paris on Monday, on his first visit to France since taking office. Aoun was accompanied at the talks by Foreign Minister Youssef Rajji. Earlier on Monday, Rajji held separate talks with his French counterpart Jean-Noel Barrot.", "2025-11-24", "en");
        var barrot = Assert.Single(facts.Persons, p => p.Name == "Jean-Noel Barrot").Id;
        Assert.Equal(MeetingKind.Visit, Assert.Single(facts.Meetings, m => m.Participants.Contains(barrot)).Kind);
    }

    [Fact]
    public void Moroccos_head_of_government_is_an_office()
    {
        var facts = Facts.Of("RABAT - Head of Government Aziz Akhannouch received on Monday the visiting Prime Minister of Senegal, Ousmane Sonko.", "2025-11-24", "en");
        var office = Assert.Single(facts.Offices, o => o.Person == Assert.Single(facts.Persons, p => p.Name == "Aziz Akhannouch").Id);
        Assert.Equal(("Head of Government", "MA"), (office.TitleEn, office.Country));
    }

    [Fact]
    public void A_post_of_a_states_armed_force_keeps_the_force_in_its_title()
    {
        var facts = Facts.Of("KUWAIT (KUNA) -- The meeting was attended by Lieutenant General Jamal Al-Theyab, Commander-in-Chief of the Kuwait Armed Forces.", "2025-11-24", "en");
        Assert.Contains(facts.Offices, o => o.TitleEn == "Commander-in-Chief of the Kuwait Armed Forces" && o.Country == "KW");
    }

    [Fact]
    public void A_states_name_after_a_given_name_is_his_surname()
    {
        var facts = Facts.Of("LISBON - Portuguese Prime Minister Luis Montenegro met Spanish Prime Minister Pedro Sanchez on Friday.", "2025-11-21", "en");
        Assert.Contains(facts.Persons, p => p.Name == "Luis Montenegro");
        Assert.DoesNotContain("ME", facts.Countries);
    }

    [Fact]
    public void An_agencys_credit_may_end_the_datelines_line()
    {
        var facts = Facts.Of("الزنداني يلتقي السفير الأمريكي\n\nالرياض - سبأ\nالتقى وزير الخارجية شائع الزنداني اليوم في العاصمة السعودية الرياض السفير الأمريكي لدى اليمن ستيفن فاجن.", "2025-12-01");
        Assert.Equal(["YE"], Assert.Single(facts.Persons, p => p.Name == "شائع الزنداني").Countries);
    }

    [Fact]
    public void A_ministry_in_a_posts_complement_is_named_as_English_names_it()
    {
        var facts = Facts.Of("وقال المتحدث باسم وزارة الخارجية الإيرانية إسماعيل بقائي إن بلاده حريصة على الحوار، فيما قال وزير الدولة بوزارة الخارجية محمد الخليفي إن الوساطة مستمرة.", "2025-09-25");
        Assert.Contains(facts.Offices, o => o.TitleEn == "Spokesperson of the Ministry of Foreign Affairs" && o.Country == "IR");
        Assert.Contains(facts.Offices, o => o.TitleEn == "Minister of State at the Ministry of Foreign Affairs");
    }

    [Fact]
    public void Good_neighbourliness_names_no_one_but_Hassan_al_Turabi_is_a_person()
    {
        var facts = Facts.Of("وأكد إسماعيل بقائي أن بلاده حريصة على علاقات حسن الجوار، وأشاد بحسن التنظيم وحسن الضيافة. وكان حسن الترابي قد زار طهران.", "2025-09-25");
        Assert.Equal(["إسماعيل بقائي", "حسن الترابي"], facts.Persons.Select(p => p.Name));
    }

    [Fact]
    public void A_surname_then_a_post_set_off_by_commas_gives_that_person_the_post()
    {
        var facts = Facts.Of("RIYADH: Prince Faisal bin Farhan received his Pakistani counterpart Ishaq Dar in Riyadh on Sunday. Dar, who is also Pakistan's deputy prime minister, arrived in the Kingdom on Saturday.", "2025-09-22", "en");
        var dar = Assert.Single(facts.Persons, p => p.Name == "Ishaq Dar").Id;
        Assert.Contains(facts.Offices, o => o.Person == dar && o.TitleEn == "Deputy Prime Minister" && o.Country == "PK");
    }

    [Fact]
    public void A_meeting_named_by_a_noun_and_then_postponed_did_not_happen()
    {
        var facts = Facts.Of("WASHINGTON, Dec 2 (Reuters) - Rubio met on Monday in Washington with Israeli Foreign Minister Gideon Saar. A meeting between Rubio and Turkish Foreign Minister Hakan Fidan that had been planned for this week was postponed, two diplomats said.", "2025-12-02", "en");
        var saar = Assert.Single(facts.Persons, p => p.Name == "Gideon Saar").Id;
        Assert.Contains(saar, Assert.Single(facts.Meetings).Participants);
    }

    [Theory]
    [InlineData("A meeting between Sisi and Israeli Prime Minister Benjamin Netanyahu has not been scheduled, an Egyptian official said.")]
    [InlineData("A meeting between Sisi and Israeli Prime Minister Benjamin Netanyahu has yet to be set, an Egyptian official said.")]
    [InlineData("A meeting between Sisi and Israeli Prime Minister Benjamin Netanyahu is expected next month, an Egyptian official said.")]
    [InlineData("Talks between Sisi and Israeli Prime Minister Benjamin Netanyahu will be held in Sharm el-Sheikh, an Egyptian official said.")]
    public void A_meeting_named_by_a_noun_that_is_not_yet_set_or_still_to_come_did_not_happen(string second)
    {
        var facts = Facts.Of("CAIRO, Nov 27 (Reuters) - Egyptian President Abdel Fattah al-Sisi met CIA Director John Ratcliffe in Cairo on Wednesday.\n\n" + second, "2025-11-27", "en");
        var ratcliffe = Assert.Single(facts.Persons, p => p.Name == "John Ratcliffe").Id;
        Assert.Contains(ratcliffe, Assert.Single(facts.Meetings).Participants);
    }

    [Fact]
    public void A_meeting_postponed_after_an_aside_about_it_did_not_happen()
    {
        var facts = Facts.Of("BEIRUT: Lebanese Prime Minister Nawaf Salam met French envoy Jean-Yves Le Drian in Beirut on Thursday.\n\nA meeting between Salam and Syrian President Ahmed al-Sharaa, which had been expected in Damascus this week, was postponed.", "2025-11-28", "en");
        var envoy = Assert.Single(facts.Persons, p => p.Name == "Jean-Yves Le Drian").Id;
        Assert.Contains(envoy, Assert.Single(facts.Meetings).Participants);
    }

    [Fact]
    public void What_is_said_of_a_visitor_after_his_visit_and_a_comma_leaves_the_visit_a_visit()
    {
        var facts = Facts.Of("JAKARTA, Nov 10 (Antara) - Indonesian Foreign Minister Sugiono met Jordan's Foreign Minister Ayman Safadi in Jakarta on Monday.\n\nSafadi, on his first visit to Indonesia, is due to call on President Prabowo Subianto on Tuesday.", "2025-11-10", "en");
        Assert.Equal(MeetingKind.Visit, Assert.Single(facts.Meetings).Kind);
    }

    [Fact]
    public void A_Saudi_dateline_with_its_Hijri_date_first_on_a_line_of_its_own_places_the_meeting()
    {
        var facts = Facts.Of("الرياض 10 جمادى الآخرة 1447 هـ الموافق 01 ديسمبر 2025 م واس\n\nاستقبل الأمير فيصل بن فرحان وزير الخارجية اليوم وزير الخارجية الهندي سوبراهمانيام جايشانكار.", "2025-12-01");
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(("Riyadh", "SA"), (meeting.City, meeting.Country));
    }

    [Fact]
    public void The_state_a_post_names_before_its_holder_is_no_place_of_the_meeting()
    {
        var facts = Facts.Of("الرياض 01 ديسمبر 2025 (واس)\n\nعقد الأمير فيصل بن فرحان وزير الخارجية، اليوم، جلسة مباحثات رسمية مع وزير الشؤون الخارجية في جمهورية الهند سوبراهمانيام جايشانكار، الذي يزور المملكة حالياً.\n\nحضر الجلسة نائب وزير الخارجية المهندس وليد بن عبدالكريم الخريجي.", "2025-12-01");
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(("Riyadh", "SA"), (meeting.City, meeting.Country));
        Assert.Equal(["SA"], Assert.Single(facts.Persons, p => p.Name == "وليد بن عبدالكريم الخريجي").Countries);
    }

    [Theory]
    [InlineData("ar", "التقى وزير الدفاع السعودي الأمير خالد بن سلمان في الكويت اليوم وزير الدفاع الكويتي الشيخ عبدالله علي عبدالله السالم الصباح.", "Kuwait City", "KW")]
    [InlineData("ar", "شارك وزير الدفاع السعودي الأمير خالد بن سلمان في اجتماعات مجلس الدفاع المشترك في الكويت، والتقى على هامشها وزير الدفاع الكويتي الشيخ عبدالله علي عبدالله السالم الصباح.", "Kuwait City", "KW")]
    [InlineData("en", "Saudi Foreign Minister Prince Faisal bin Farhan met Iranian Foreign Minister Abbas Araghchi in Oman on Monday.", null, "OM")]
    [InlineData("ar", "التقى وزير الخارجية الأردني أيمن الصفدي اليوم نظيره القطري محمد بن عبدالرحمن آل ثاني، وبحثا الأوضاع في لبنان.", null, null)]
    public void A_state_named_beside_the_parties_places_their_meeting_and_a_city_state_is_its_capital(string language, string text, string? city, string? state)
    {
        var meeting = Assert.Single(Facts.Of(text, "2025-11-20", language).Meetings);
        Assert.Equal((city, state), (meeting.City, meeting.Country));
    }

    [Theory]
    [InlineData("والوفد المرافق")]
    [InlineData("والوفد الرسمي المرافق")]
    [InlineData("والوفد المرافق له")]
    public void The_delegation_accompanying_a_guest_is_his_states_whether_or_not_it_says_with_him(string delegation)
    {
        var facts = Facts.Of($"استقبل سمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح بقصر بيان صباح اليوم رئيس جمهورية قبرص نيكوس خريستودوليدس {delegation} بمناسبة زيارته الرسمية للبلاد.", "2025-11-20");
        Assert.Equal(["CY"], Assert.Single(facts.Meetings).DelegationCountries);
    }

    [Theory]
    [InlineData("en", "Egypt's Foreign Minister Badr Abdelatty discussed the Gaza ceasefire by phone on Monday with his Turkish counterpart Hakan Fidan and later with Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani.")]
    [InlineData("ar", "بحث وزير الخارجية المصري بدر عبد العاطي هاتفيا اليوم مع نظيره التركي هاكان فيدان ثم مع رئيس الوزراء القطري الشيخ محمد بن عبدالرحمن آل ثاني وقف إطلاق النار في غزة.")]
    public void A_call_with_one_and_later_with_another_is_two_calls(string language, string text)
    {
        var calls = Facts.Of(text, "2025-11-20", language).Meetings;
        Assert.Equal(2, calls.Count);
        Assert.All(calls, c => Assert.Equal((MeetingKind.Call, 2), (c.Kind, c.Participants.Count)));
    }

    [Fact]
    public void A_travellers_talks_after_his_arrival_is_told_are_visits()
    {
        var facts = Facts.Of("دمشق-سانا استقبل الرئيس أحمد الشرع اليوم وزير الخارجية التركي هاكان فيدان.\n\nوكان فيدان قد وصل إلى دمشق صباح اليوم في زيارة رسمية.\n\nكما التقى فيدان في مقر وزارة الدفاع وزير الدفاع مرهف أبو قصرة.", "2025-10-12");
        var minister = Assert.Single(facts.Persons, p => p.Name == "مرهف أبو قصرة").Id;
        Assert.Equal(MeetingKind.Visit, Assert.Single(facts.Meetings, m => m.Participants.Contains(minister)).Kind);
    }

    [Fact]
    public void A_reception_of_a_visiting_guest_is_a_visit_at_the_hosts_city()
    {
        var english = Facts.Of("AMMAN, Oct 7 (Petra) -- Prime Minister Jafar Hassan on Tuesday received a visiting delegation of the U.S. Congress headed by Senator Lindsey Graham.", "2025-10-07", "en");
        var arabic = Facts.Of("عمان - استقبل رئيس الوزراء جعفر حسان اليوم الثلاثاء رئيس وزراء السنغال الزائر عثمان سونكو.", "2025-10-07");
        Assert.All([Assert.Single(english.Meetings), Assert.Single(arabic.Meetings)], m => Assert.Equal((MeetingKind.Visit, "Amman"), (m.Kind, m.City)));
    }

    [Fact]
    public void A_headline_restating_the_guests_state_does_not_outweigh_the_dateline()
    {
        var facts = Facts.Of("جلالة الملك يلتقي رئيس الوزراء الهولندي\n\nعمان 23 تشرين الثاني (بترا) - التقى جلالة الملك عبدالله الثاني، في قصر الحسينية اليوم الأحد، رئيس الوزراء الهولندي ديك سخوف.\n\nوحضر اللقاء مدير مكتب جلالة الملك علاء البطاينة.", "2025-11-23");
        Assert.Equal(["JO"], Assert.Single(facts.Persons, p => p.Name == "علاء البطاينة").Countries);
    }

    [Fact]
    public void An_English_post_listing_its_portfolios_with_commas_is_one_office()
    {
        var facts = Facts.Of("Rabat - Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser Bourita, held talks on Thursday in Rabat with the Secretary-General of the Arab League, Ahmed Aboul Gheit.", "2025-10-16", "en");
        var bourita = Assert.Single(facts.Persons, p => p.Name == "Nasser Bourita").Id;
        var office = Assert.Single(facts.Offices, o => o.Person == bourita);
        Assert.Equal(("Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates", "MA"), (office.TitleEn, office.Country));
    }

    [Fact]
    public void A_counterpart_shares_the_first_of_the_portfolios_a_post_lists()
    {
        var facts = Facts.Of("Rabat - Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser Bourita, received on Thursday a phone call from his Spanish counterpart José Manuel Albares.", "2025-10-16", "en");
        var albares = Assert.Single(facts.Persons, p => p.Name == "José Manuel Albares").Id;
        Assert.Equal(("Minister of Foreign Affairs", "ES"), Assert.Single(facts.Offices, o => o.Person == albares) is var o ? (o.TitleEn, o.Country) : default);
    }

    [Fact]
    public void Egypts_new_administrative_capital_is_a_meetings_city()
    {
        var facts = Facts.Of("القاهرة (أ ش أ)\nاستقبل وزير الخارجية بدر عبد العاطي اليوم الأحد بمقر وزارة الخارجية بالعاصمة الإدارية الجديدة سفيرة الاتحاد الأوروبي لدى مصر أنجلينا إيخهورست.", "2025-10-19");
        Assert.Equal(("New Administrative Capital", "EG"), Assert.Single(facts.Meetings) is var m ? (m.City, m.Country) : default);
    }

    [Fact]
    public void A_visiting_guests_later_talks_are_visits_and_a_routes_cities_are_no_venue()
    {
        var facts = Facts.Of("BAGHDAD, Nov 4 (Reuters) - Iraqi Prime Minister Mohammed Shia al-Sudani received in Baghdad on Tuesday the visiting Jordanian Foreign Minister Ayman Safadi.\n\nSafadi also held talks with his Iraqi counterpart Fuad Hussein on the oil pipeline project linking Basra with Aqaba.", "2025-11-04", "en");
        var hussein = Assert.Single(facts.Persons, p => p.Name == "Fuad Hussein").Id;
        var talks = Assert.Single(facts.Meetings, m => m.Participants.Contains(hussein));
        Assert.Equal((MeetingKind.Visit, "Baghdad"), (talks.Kind, talks.City));
    }

    [Fact]
    public void A_chief_negotiator_holds_an_office()
    {
        var facts = Facts.Of("ISTANBUL, Oct 26 (Reuters) - Turkish Foreign Minister Hakan Fidan met Hamas chief negotiator Khalil al-Hayya in Istanbul on Saturday.", "2025-10-26", "en");
        var hayya = Assert.Single(facts.Persons, p => p.Name == "Khalil al-Hayya").Id;
        Assert.Equal(("Hamas Chief Negotiator", null), Assert.Single(facts.Offices, o => o.Person == hayya) is var o ? (o.TitleEn, o.Country) : default);
    }

    [Fact]
    public void The_groups_post_is_the_movements_the_sentence_named_not_the_host_states()
    {
        var facts = Facts.Of("DOHA, Nov 9 (Reuters) - Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met a Hamas delegation led by the group's chief negotiator Khalil al-Hayya in Doha on Sunday.", "2025-11-09", "en");
        var hayya = Assert.Single(facts.Persons, p => p.Name == "Khalil al-Hayya");
        Assert.Empty(hayya.Countries);
        Assert.Null(Assert.Single(facts.Offices, o => o.Person == hayya.Id).Country);
    }

    [Fact]
    public void Who_co_chair_a_conference_meet_there_with_whom_it_names_as_attending()
    {
        var facts = Facts.Of("NEW YORK, Sept 22 (Reuters) - French President Emmanuel Macron and Saudi Foreign Minister Prince Faisal bin Farhan co-chaired a conference on the two-state solution at the United Nations on Monday, attended by U.N. Secretary-General Antonio Guterres.", "2025-09-23", "en");
        Assert.Equal(3, Assert.Single(facts.Meetings).Participants.Count);
    }

    [Fact]
    public void A_counterpart_keeps_the_counterparts_post_beside_another_post_named_later()
    {
        var facts = Facts.Of("RIYADH: Saudi Arabia's Minister of Foreign Affairs Prince Faisal bin Farhan received his Pakistani counterpart Ishaq Dar in Riyadh on Sunday. Dar, who is also Pakistan's deputy prime minister, arrived in the Kingdom on Saturday.", "2025-09-22", "en");
        var dar = Assert.Single(facts.Persons, p => p.Name == "Ishaq Dar").Id;
        Assert.Equal(["Deputy Prime Minister", "Minister of Foreign Affairs"], facts.Offices.Where(o => o.Person == dar).Select(o => o.TitleEn).Order());
    }

    [Fact]
    public void A_post_in_the_groups_body_set_off_after_a_name_is_the_movements()
    {
        var facts = Facts.Of("ANKARA (AA) - Turkish Foreign Minister Hakan Fidan on Thursday met with a Hamas delegation led by Khalil al-Hayya, head of the group's Gaza politburo, in the capital Ankara.", "2025-11-21", "en");
        var hayya = Assert.Single(facts.Persons, p => p.Name == "Khalil al-Hayya");
        Assert.Empty(hayya.Countries);
        Assert.Equal(("head of the group's Gaza politburo", null), Assert.Single(facts.Offices, o => o.Person == hayya.Id) is var o ? (o.Title, o.Country) : default);
    }

    [Fact]
    public void Who_attended_the_closed_door_meeting_joined_the_meeting_reported_before()
    {
        var facts = Facts.Of("ISTANBUL (AA) - President Recep Tayyip Erdogan received Syrian President Ahmed al-Sharaa at the Dolmabahce Office in Istanbul on Saturday.\n\nForeign Minister Hakan Fidan and intelligence chief Ibrahim Kalin attended the closed-door meeting.", "2025-09-14", "en");
        Assert.Equal(4, Assert.Single(facts.Meetings).Participants.Count);
    }

    [Fact]
    public void A_nisba_closing_a_guests_name_is_not_his_delegations_state()
    {
        var facts = Facts.Of("طهران - إرنا\nاستقبل رئيس الجمهورية مسعود بزشكيان، مساء اليوم الأربعاء في طهران، رئيس مجلس الوزراء العراقي محمد شياع السوداني والوفد المرافق له.", "2025-10-08");
        Assert.Equal(["IQ"], Assert.Single(facts.Meetings).DelegationCountries);
    }

    [Fact]
    public void The_two_ends_of_a_route_between_cities_are_no_meetings_place()
    {
        var facts = Facts.Of("طهران - إرنا\nاستقبل رئيس الجمهورية مسعود بزشكيان، مساء اليوم الأربعاء في طهران، رئيس مجلس الوزراء العراقي محمد شياع السوداني والوفد المرافق له.\n\nوأكد بزشكيان خلال اللقاء ضرورة تنفيذ الاتفاق الأمني بين البلدين، فيما أشار السوداني إلى أهمية استكمال مشروع الربط السككي بين البصرة والشلامجة.\n\nوكان في استقبال السوداني لدى وصوله إلى مطار مهرآباد النائب الأول لرئيس الجمهورية محمد رضا عارف.", "2025-10-08");
        Assert.All(facts.Meetings, m => Assert.Equal("Tehran", m.City));
    }

    [Fact]
    public void A_title_written_without_its_accent_is_still_a_title()
    {
        var facts = Facts.Of("BAGHDAD (Reuters) - Iraqi parliament speaker Mahmoud al-Mashhadani met U.S. charge d'affaires Joshua Harris on Tuesday.", "2025-11-04", "en");
        var harris = Assert.Single(facts.Persons, p => p.Name == "Joshua Harris").Id;
        Assert.Equal("US", Assert.Single(facts.Offices, o => o.Person == harris).Country);
    }

    [Fact]
    public void An_envoy_named_after_the_city_he_serves_in_is_a_person()
    {
        var facts = Facts.Of("BEIRUT - Lebanese President Joseph Aoun received Iran's ambassador in Beirut, Mojtaba Amani, on Tuesday.", "2025-11-04", "en");
        Assert.Equal(["Joseph Aoun", "Mojtaba Amani"], facts.Persons.Select(p => p.Name).Order());
        Assert.Single(facts.Meetings);
    }

    [Fact]
    public void Talks_of_one_on_his_visit_told_in_an_aside_are_a_visit_and_the_aside_no_meeting_of_its_own()
    {
        var facts = Facts.Of("JAKARTA, Nov 10 (Antara) - Indonesian Foreign Minister Sugiono met Jordan's Foreign Minister Ayman Safadi in Jakarta on Monday.\n\nSafadi, on his first visit to Indonesia, is due to call on President Prabowo Subianto at the Merdeka Palace on Tuesday.", "2025-11-10", "en");
        Assert.Equal(MeetingKind.Visit, Assert.Single(facts.Meetings).Kind);
    }

    [Fact]
    public void Talks_with_the_one_a_present_verb_says_is_visiting_are_a_visit()
    {
        var facts = Facts.Of("دمشق - سانا\nاستقبل الرئيس أحمد الشرع في قصر الشعب بدمشق اليوم، وزير الخارجية الأوكراني أندريه سيبيها والوفد المرافق له.\n\nويزور سيبيها دمشق في أول زيارة لمسؤول أوكراني رفيع منذ سقوط النظام البائد.\n\nوعقد وزير الخارجية والمغتربين أسعد حسن الشيباني في وقت لاحق جلسة مباحثات مع نظيره الأوكراني في مقر وزارة الخارجية.", "2025-11-20");
        Assert.Equal([MeetingKind.Visit, MeetingKind.Visit], facts.Meetings.Select(m => m.Kind));
    }

    [Fact]
    public void Talks_of_one_who_travelled_with_the_visitor_are_at_the_trips_place_not_the_datelines()
    {
        var facts = Facts.Of("NICOSIA, Nov 12 - Cypriot President Nikos Christodoulides held talks with Lebanese President Joseph Aoun in Beirut on Wednesday during a one-day visit.\n\nCypriot Foreign Minister Constantinos Kombos, who travelled with him, held separate talks with his Lebanese counterpart Youssef Rajji on the same day.", "2025-11-12", "en");
        var kombos = Assert.Single(facts.Persons, p => p.Name == "Constantinos Kombos").Id;
        var own = Assert.Single(facts.Meetings, m => m.Participants.Contains(kombos));
        Assert.Equal(("Beirut", "LB", MeetingKind.Visit), (own.City, own.Country, own.Kind));
    }

    [Fact]
    public void A_name_no_list_knows_before_a_post_that_names_its_state_is_a_person()
    {
        var facts = Facts.Of("ABU DHABI, Sept 3 (WAM) - Sheikh Abdullah bin Zayed Al Nahyan met in Abu Dhabi with Murat Nurtleu, Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan, who is on a working visit to the country.", "2025-09-03", "en");
        var nurtleu = Assert.Single(facts.Persons, p => p.Name == "Murat Nurtleu");
        Assert.Equal(["KZ"], nurtleu.Countries);
        Assert.Equal(2, facts.Offices.Count(o => o.Person == nurtleu.Id));
        Assert.Equal(MeetingKind.Visit, Assert.Single(facts.Meetings).Kind);
    }

    [Fact]
    public void A_name_no_list_knows_after_by_and_before_a_post_of_no_stated_state_is_a_person()
    {
        var facts = Facts.Of("The Minister of Foreign Affairs received the EU envoy in Abu Dhabi today. The meeting was attended by Noura Al Kaabi, Minister of State.", "2025-11-25", "en");
        var person = Assert.Single(facts.Persons);
        Assert.Equal(("Noura Al Kaabi", "Minister of State"), (person.Name, Assert.Single(facts.Offices).TitleEn));
        Assert.Empty(Facts.Of("The statement was issued by Human Rights Watch, Geneva office.", "2025-11-25", "en").Persons);
    }

    [Fact]
    public void Indonesias_coordinating_ministers_keep_their_rank_and_their_state()
    {
        var facts = Facts.Of("RIYADH — The Saudi energy minister met Indonesia's Coordinating Minister for Food Affairs Zulkifli Hasan in Riyadh on Monday.", "2025-11-24", "en");
        var office = Assert.Single(facts.Offices, o => o.Person == Assert.Single(facts.Persons, p => p.Name == "Zulkifli Hasan").Id);
        Assert.Equal(("Coordinating Minister for Food Affairs", "ID"), (office.TitleEn, office.Country));
    }

    [Fact]
    public void A_states_name_after_a_post_and_before_a_surname_is_a_given_name()
    {
        var facts = Facts.Of("JERUSALEM - Israeli Defense Minister Israel Katz met U.S. envoy Tom Barrack on Monday.", "2025-09-15", "en");
        var katz = Assert.Single(facts.Persons, p => p.Name == "Israel Katz");
        Assert.Equal(("Defense Minister", "IL"), Assert.Single(facts.Offices, o => o.Person == katz.Id) is var o ? (o.TitleEn, o.Country) : default);
        Assert.Single(facts.Meetings);
    }

    [Fact]
    public void Two_surnames_of_people_named_before_joined_by_waw_are_those_two()
    {
        var facts = Facts.Of("دمشق - سانا\nالتقى الرئيس أحمد الشرع في قصر الشعب بدمشق اليوم السيناتورة جين شاهين والنائب جو ويلسون.\n\nوفي وقت لاحق من اليوم، بحث وزير الخارجية أسعد حسن الشيباني مع شاهين وويلسون في مقر وزارة الخارجية الملفات ذاتها.", "2025-09-30");
        Assert.Equal(["أحمد الشرع", "أسعد حسن الشيباني", "جو ويلسون", "جين شاهين"], facts.Persons.Select(p => p.Name).Order());
    }

    [Fact]
    public void Talks_earlier_that_day_with_other_people_are_another_meeting()
    {
        var facts = Facts.Of("DAMASCUS - Syrian President Ahmed al-Sharaa met a U.S. congressional delegation led by Senator Jeanne Shaheen and Representative Joe Wilson in Damascus on Tuesday, in the presence of Foreign Minister Asaad al-Shaibani.\n\nEarlier, al-Shaibani held talks with Shaheen and Wilson at the foreign ministry, in the presence of U.S. envoy Tom Barrack.", "2025-09-30", "en");
        Assert.Equal(2, facts.Meetings.Count);
    }

    [Fact]
    public void The_encounters_of_a_delegation_said_to_be_visiting_are_visits()
    {
        var facts = Facts.Of("دمشق - سانا\nالتقى الرئيس أحمد الشرع في قصر الشعب بدمشق اليوم الثلاثاء وفداً من الكونغرس الأمريكي برئاسة السيناتورة جين شاهين.\n\nويزور الوفد دمشق في إطار جولة إقليمية تشمل لبنان والأردن.", "2025-09-30");
        Assert.Equal(MeetingKind.Visit, Assert.Single(facts.Meetings).Kind);
    }

    [Fact]
    public void Affairs_closes_a_portfolio_and_the_capitalised_words_after_it_are_a_name()
    {
        var facts = Facts.Of("DOHA (QNA) - Minister of State Mohammed Al Khulaifi met on Monday with UN Under-Secretary-General for Political and Peacebuilding Affairs Rosemary DiCarlo in Doha.", "2025-07-14", "en");
        var dicarlo = Assert.Single(facts.Persons, p => p.Name == "Rosemary DiCarlo");
        Assert.Null(Assert.Single(facts.Offices, o => o.Person == dicarlo.Id).Country);
        Assert.Single(facts.Meetings);
    }

    [Fact]
    public void Who_an_aside_says_is_visiting_is_a_traveller_and_who_receives_an_organisations_official_is_at_home()
    {
        var facts = Facts.Of("DOHA (QNA) - Minister of State at the Ministry of Foreign Affairs Dr. Mohammed bin Abdulaziz bin Saleh Al Khulaifi met on Monday with UN Under-Secretary-General for Political and Peacebuilding Affairs Rosemary DiCarlo, who is visiting the country.\n\nAl Khulaifi also received a phone call on Monday from Sudanese Foreign Minister Mohieldin Salem.", "2025-07-14", "en");
        Assert.Equal(MeetingKind.Visit, Assert.Single(facts.Meetings, m => m.Kind != MeetingKind.Call).Kind);
        Assert.Equal(["QA"], Assert.Single(facts.Persons, p => p.Name.EndsWith("Al Khulaifi", StringComparison.Ordinal)).Countries);
    }

    [Fact]
    public void Who_was_there_to_receive_the_guest_on_arrival_met_him_on_his_visit()
    {
        var facts = Facts.Of("بغداد - واع\nوصل وزير الخارجية التركي هاكان فيدان إلى بغداد اليوم الأحد في زيارة رسمية يلتقي خلالها كبار المسؤولين العراقيين.\n\nوكان في استقباله في مطار بغداد الدولي وزير الخارجية فؤاد حسين.\n\nوعقد الوزيران في وقت لاحق جلسة مباحثات موسعة في مقر الوزارة.", "2025-01-26");
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(MeetingKind.Visit, meeting.Kind);
        Assert.Equal(2, meeting.Participants.Count);
    }

    [Fact]
    public void Those_who_received_a_guest_no_sentence_names_did_not_meet_one_another()
    {
        var facts = Facts.Of("وقد أدت تشكيلة من الحرس البلدي التحية لسموه عند وصوله الى حرم المسجد حيث كان في استقباله الدكتور أحمد التوفيق وزير الشؤون الإسلامية والأوقاف والسيد محمد القباج وعدد من المسؤولين.", "2007-01-01");
        Assert.Empty(facts.Meetings);
    }

    [Fact]
    public void Talks_the_guest_had_earlier_held_are_dated_by_the_talks_reported_before()
    {
        var facts = Facts.Of("PARIS - Saudi Arabia's Foreign Minister Prince Faisal bin Farhan held talks with his French counterpart Jean-Noel Barrot in Paris on Wednesday during a two-day visit to France.\n\nPrince Faisal had earlier met French President Emmanuel Macron at the Elysee Palace, a Saudi statement said.", "2025-07-30", "en");
        Assert.All(facts.Meetings, m => Assert.Equal("2025-07-30", m.Date?.ToString()));
        Assert.Equal(2, facts.Meetings.Count);
    }

    [Fact]
    public void Who_opens_a_sentence_ending_during_a_visit_is_on_the_trip_and_his_other_talks_there_are_visits()
    {
        var facts = Facts.Of("PARIS - Saudi Arabia's Foreign Minister Prince Faisal bin Farhan held talks with his French counterpart Jean-Noel Barrot in Paris on Wednesday during a two-day visit to France.\n\nPrince Faisal had earlier met French President Emmanuel Macron at the Elysee Palace, a Saudi statement said.", "2025-07-30", "en");
        Assert.Equal([MeetingKind.Visit, MeetingKind.Visit], facts.Meetings.Select(m => m.Kind));
    }

    [Fact]
    public void The_envoys_opening_a_sentence_are_the_envoys_of_the_meeting_just_reported()
    {
        var facts = Facts.Of("BEIRUT (Reuters) - U.S. envoy Tom Barrack and deputy envoy Morgan Ortagus met Lebanese President Joseph Aoun at the presidential palace on Monday.\n\nThe envoys later met Parliament Speaker Nabih Berri.", "2025-09-15", "en");
        var berri = Assert.Single(facts.Persons, p => p.Name == "Nabih Berri").Id;
        Assert.Equal(3, Assert.Single(facts.Meetings, m => m.Participants.Contains(berri)).Participants.Count);
    }

    [Fact]
    public void A_counterpart_set_off_by_a_comma_holds_the_post_of_the_one_whose_counterpart_he_is()
    {
        var facts = Facts.Of("DOHA (Reuters) - Egypt's Foreign Minister Badr Abdelatty arrived in Doha on Sunday.\n\nAbdelatty later held talks with his Qatari counterpart, Mohammed bin Abdulrahman Al Thani.", "2025-03-02", "en");
        var host = Assert.Single(facts.Persons, p => p.Name.StartsWith("Mohammed bin Abdulrahman", StringComparison.Ordinal)).Id;
        var office = Assert.Single(facts.Offices, o => o.Person == host);
        Assert.Equal(("Foreign Minister", "QA"), (office.TitleEn, office.Country));
    }

    [Fact]
    public void The_heads_of_a_visiting_delegation_take_it_to_their_later_talks_on_the_trip()
    {
        var facts = Facts.Of("AMMAN (Reuters) - Jordan's King Abdullah received on Tuesday a visiting Syrian delegation led by Foreign Minister Asaad al-Shibani and Defence Minister Murhaf Abu Qasra, the royal court said.\n\nShibani later held talks with his Jordanian counterpart Ayman Safadi.", "2025-03-04", "en");
        var safadi = Assert.Single(facts.Persons, p => p.Name == "Ayman Safadi").Id;
        var talks = Assert.Single(facts.Meetings, m => m.Participants.Contains(safadi));
        Assert.Equal(MeetingKind.Visit, talks.Kind);
        Assert.Equal(["SY"], talks.DelegationCountries);
    }

    [Fact]
    public void A_Chinese_leader_named_again_by_his_two_letter_family_name_met_whom_the_sentence_says()
    {
        var facts = Facts.Of("BEIJING, April 14 (Xinhua) -- Chinese President Xi Jinping held talks with his Vietnamese counterpart Luong Cuong in Hanoi on Monday.\n\nXi also met with Vietnamese Prime Minister Pham Minh Chinh.", "2025-04-14", "en");
        var xi = Assert.Single(facts.Persons, p => p.Name == "Xi Jinping").Id;
        Assert.Equal(2, facts.Meetings.Count(m => m.Participants.Contains(xi)));
    }

    [Fact]
    public void He_opening_a_sentence_is_no_Chinese_family_name()
    {
        var facts = Facts.Of("GENEVA (Reuters) - U.S. Treasury Secretary Scott Bessent met Chinese Vice Premier He Lifeng in Geneva on Saturday.\n\nBessent flew to Rome on Sunday. He met Italian Finance Minister Giancarlo Giorgetti there.", "2025-05-10", "en");
        var he = Assert.Single(facts.Persons, p => p.Name == "He Lifeng").Id;
        Assert.Single(facts.Meetings, m => m.Participants.Contains(he));
    }

    [Fact]
    public void Who_opens_the_report_after_a_dateline_with_date_and_credit_is_on_the_trip_the_sentence_ends_with()
    {
        var facts = Facts.Of("BEIJING, April 14 (Xinhua) -- Chinese President Xi Jinping held talks with his Vietnamese counterpart Luong Cuong in Hanoi on Monday, during a state visit to Vietnam.\n\nXi Jinping also met with Vietnamese Prime Minister Pham Minh Chinh.", "2025-04-14", "en");
        Assert.Equal([MeetingKind.Visit, MeetingKind.Visit], facts.Meetings.Select(m => m.Kind));
    }

    [Fact]
    public void A_family_name_that_is_also_an_English_word_opens_the_name_after_a_post()
    {
        var facts = Facts.Of("GENEVA (Reuters) - Chinese Vice Premier He Lifeng met U.S. Treasury Secretary Scott Bessent in Geneva on Saturday. He said the talks were candid.", "2025-05-10", "en");
        Assert.Contains(facts.Persons, p => p.Name == "He Lifeng");
        Assert.DoesNotContain(facts.Persons, p => p.Name == "Lifeng");
    }

    [Fact]
    public void A_given_name_spelt_as_a_month_goes_on_with_the_name()
    {
        var facts = Facts.Of("SINGAPORE (Reuters) - Chinese Defense Minister Dong Jun met U.S. Defense Secretary Pete Hegseth on Friday.", "2025-05-30", "en");
        Assert.Contains(facts.Persons, p => p.Name == "Dong Jun");
    }

    [Fact]
    public void An_invitation_to_visit_is_no_visit()
    {
        var facts = Facts.Of("الدوحة - قنا\nتلقى حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى اتصالا هاتفيا اليوم من الرئيس اللبناني جوزاف عون.\n\nووجه سموه الدعوة إلى الرئيس عون لزيارة البلاد.", "2025-06-01");
        Assert.Equal(MeetingKind.Call, Assert.Single(facts.Meetings).Kind);
    }

    [Fact]
    public void Who_an_aside_puts_on_his_trip_by_his_name_has_visits_abroad()
    {
        var facts = Facts.Of("ROME (Reuters) - Italian Prime Minister Giorgia Meloni hosted Syrian President Ahmed al-Sharaa at Palazzo Chigi on Monday, on Sharaa's first trip to Italy.\n\nSharaa had earlier met President Sergio Mattarella.", "2025-06-02", "en");
        Assert.Equal(2, facts.Meetings.Count);
        Assert.All(facts.Meetings, m => Assert.Equal(MeetingKind.Visit, m.Kind));
    }

    [Fact]
    public void A_guest_received_on_the_occasion_of_his_visit_is_on_a_trip_at_his_later_talks()
    {
        var facts = Facts.Of("المنامة - بنا\nاستقبل صاحب السمو الملكي الأمير سلمان بن حمد آل خليفة ولي العهد رئيس مجلس الوزراء اليوم وزير الخارجية الإيطالي أنطونيو تاياني، بمناسبة زيارته للمملكة.\n\nكما التقى وزير الخارجية عبداللطيف بن راشد الزياني في وقت لاحق اليوم الوزير الإيطالي.", "2025-06-03");
        Assert.Equal(2, facts.Meetings.Count);
        Assert.All(facts.Meetings, m => Assert.Equal(MeetingKind.Visit, m.Kind));
    }

    [Fact]
    public void A_movements_political_bureau_chief_holds_its_post_of_no_state()
    {
        var facts = Facts.Of("CAIRO (Reuters) - Egyptian intelligence chief Hassan Rashad met Hamas political bureau chief Mohammed Darwish in Cairo on Sunday.", "2025-06-01", "en");
        var darwish = Assert.Single(facts.Persons, p => p.Name == "Mohammed Darwish");
        Assert.Null(Assert.Single(facts.Offices, o => o.Person == darwish.Id).Country);
        Assert.Empty(darwish.Countries);
    }

    [Fact]
    public void A_post_in_a_state_named_with_fi_is_held_by_the_foreign_name_after_it()
    {
        var facts = Facts.Of("الرياض - واس\nاستقبل وزير الخارجية اليوم وزير الخارجية في جمهورية الهند سوبرامانيام جايشانكار.", "2025-06-01");
        var office = Assert.Single(facts.Offices, o => o.Title == "وزير الخارجية" && o.Country == "IN");
        Assert.Equal("سوبرامانيام جايشانكار", Assert.Single(facts.Persons, p => p.Id == office.Person).Name);
    }

    [Fact]
    public void States_that_held_talks_took_part_through_their_delegations_and_those_who_led_them()
    {
        var facts = Facts.Of("ISTANBUL, May 16 (Reuters) - Russia and Ukraine held direct peace talks in Istanbul on Friday.\n\nKremlin aide Vladimir Medinsky led the Russian side, while Defence Minister Rustem Umerov headed the Ukrainian delegation.", "2025-05-16", "en");
        var talks = Assert.Single(facts.Meetings);
        Assert.Equal(["RU", "UA"], talks.DelegationCountries);
        Assert.Equal(2, talks.Participants.Count);
    }

    [Fact]
    public void A_visit_in_a_year_alone_is_dated_to_that_year()
    {
        var facts = Facts.Of("BAGHDAD (Reuters) - Iraqi Prime Minister Mohammed Shia al-Sudani met Saudi Foreign Minister Prince Faisal bin Farhan in Baghdad on Monday.\n\nPrince Faisal last visited Baghdad in 2019.", "2025-01-20", "en");
        Assert.Equal(["2025-01-20", "2019"], facts.Meetings.Select(m => m.Date?.ToString()).Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public void A_guest_and_his_accompanying_delegation_take_his_state_to_his_later_talks()
    {
        var facts = Facts.Of("MANAMA (BNA) - His Majesty King Hamad bin Isa Al Khalifa received on Monday visiting Egyptian Prime Minister Mostafa Madbouly and his accompanying delegation.\n\nLater, Madbouly held talks with Crown Prince and Prime Minister Salman bin Hamad Al Khalifa.", "2025-04-14", "en");
        Assert.Equal(2, facts.Meetings.Count);
        Assert.All(facts.Meetings, m => Assert.Equal(["EG"], m.DelegationCountries));
    }

    [Fact]
    public void The_nationality_of_whom_a_delegation_met_is_not_the_delegations()
    {
        var facts = Facts.Of("أنقرة - وصل وزير الخارجية السوري أسعد حسن الشيباني إلى أنقرة اليوم.\n\nوالتقى الوفد وزير الدفاع التركي يشار غولر.", "2025-08-12");
        Assert.DoesNotContain(facts.Meetings, m => m.DelegationCountries.Contains("TR"));
    }

    [Fact]
    public void An_arab_surname_with_its_article_follows_a_lower_case_post()
    {
        var facts = Facts.Of("RIYADH (Reuters) - Saudi Foreign Minister Prince Faisal bin Farhan and national security adviser Musaed al-Aiban received the U.S. delegation on Tuesday.", "2025-02-18", "en");
        Assert.Contains(facts.Offices, o => o.TitleEn == "National Security Adviser" && o.Country == "SA");
    }

    [Fact]
    public void Talks_in_a_city_on_the_sidelines_of_a_body_named_after_another_are_in_the_first()
    {
        var facts = Facts.Of("ASTANA (Kazinform) - Kazakh President Kassym-Jomart Tokayev held talks with Chinese President Xi Jinping in Tianjin on Monday on the sidelines of the Shanghai Cooperation Organisation summit.", "2025-09-01", "en");
        Assert.Equal("Tianjin", Assert.Single(facts.Meetings).City);
    }

    [Fact]
    public void A_second_subject_joined_after_the_first_ones_post_in_apposition_took_part()
    {
        var facts = Facts.Of("DOHA (QNA) - Sheikh Tamim bin Hamad Al Thani, Emir of Qatar, and Turkish President Recep Tayyip Erdogan held a phone call on Sunday.", "2025-03-09", "en");
        Assert.Equal(2, Assert.Single(facts.Meetings).Participants.Count);
    }

    [Fact]
    public void A_counterpart_named_by_his_state_alone_at_the_end_of_a_sentence_is_the_guest()
    {
        var facts = Facts.Of("MANAMA (BNA) - His Majesty King Hamad bin Isa Al Khalifa received on Monday visiting Egyptian Prime Minister Mostafa Madbouly.\n\nLater, Crown Prince and Prime Minister Salman bin Hamad Al Khalifa held talks with his Egyptian counterpart.", "2025-04-14", "en");
        var madbouly = Assert.Single(facts.Persons, p => p.Name == "Mostafa Madbouly").Id;
        Assert.Equal(2, facts.Meetings.Count(m => m.Participants.Contains(madbouly)));
    }

    [Fact]
    public void The_post_an_ambassador_presents_his_credentials_as_is_his()
    {
        var facts = Facts.Of("الدوحة - قنا\nتسلم وزير الدولة بوزارة الخارجية اليوم نسخة من أوراق اعتماد السيد خوسيه مارتينيز سفيرا لمملكة إسبانيا لدى دولة قطر.", "2025-10-20");
        var office = Assert.Single(facts.Offices, o => o.TitleEn?.StartsWith("Ambassador", StringComparison.Ordinal) == true);
        Assert.Equal(("خوسيه مارتينيز", "ES"), (Assert.Single(facts.Persons, p => p.Id == office.Person).Name, office.Country));
    }

    [Fact]
    public void An_official_named_by_his_post_in_his_states_agency_at_home_serves_it_on_a_trip_abroad()
    {
        var facts = Facts.Of("الدوحة - قنا\nالتقى سعادة الدكتور خالد بن محمد العطية نائب رئيس مجلس الوزراء، اليوم، السيد بيت هيغسيث وزير الحرب في الولايات المتحدة الأمريكية، خلال زيارته الرسمية إلى واشنطن.", "2025-11-20");
        Assert.Equal("QA", Assert.Single(facts.Offices, o => o.TitleEn == "Deputy Prime Minister").Country);
    }

    [Theory]
    [InlineData("Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani called on Japanese Prime Minister Sanae Takaichi in Tokyo on Monday.")]
    [InlineData("Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani paid a courtesy call on Japanese Prime Minister Sanae Takaichi on Monday.")]
    public void Calling_on_someone_is_a_visit_paid_not_a_phone_call(string sentence)
    {
        var facts = Facts.Of("TOKYO, Nov 3 (Reuters) - " + sentence, "2025-11-03", "en");
        Assert.Equal((MeetingKind.Meeting, "Tokyo"), (Assert.Single(facts.Meetings).Kind, Assert.Single(facts.Meetings).City));
    }

    [Fact]
    public void Calling_on_someone_to_act_is_no_encounter()
    {
        var facts = Facts.Of("CAIRO, Nov 3 (Reuters) - Egyptian President Abdel Fattah al-Sisi on Monday called on Israeli Prime Minister Benjamin Netanyahu to halt the war.", "2025-11-03", "en");
        Assert.Empty(facts.Meetings);
    }

    [Fact]
    public void Encounters_a_day_after_arriving_on_a_visit_at_the_head_of_a_delegation_are_the_trips()
    {
        var facts = Facts.Of("BEIRUT, Nov 28 (AFP) - Iran's parliament speaker Mohammad Bagher Ghalibaf met Lebanese President Joseph Aoun in Beirut on Friday, a day after arriving on a two-day visit at the head of a parliamentary delegation.\n\nGhalibaf also held separate talks with his Lebanese counterpart Nabih Berri and with Prime Minister Nawaf Salam.", "2025-11-28", "en");
        Assert.Equal(3, facts.Meetings.Count);
        Assert.All(facts.Meetings, m => Assert.Equal((MeetingKind.Visit, "2025-11-28", "IR"), (m.Kind, m.Date?.ToString(), Assert.Single(m.DelegationCountries))));
    }

    [Fact]
    public void A_parliament_speaker_is_the_speaker_of_parliament()
    {
        var facts = Facts.Of("ANKARA (AA) - Iranian Parliament Speaker Mohammad Bagher Ghalibaf arrived in Ankara on Thursday.", "2025-11-27", "en");
        Assert.Equal(("Speaker of Parliament", "IR"), (Assert.Single(facts.Offices).TitleEn, Assert.Single(facts.Offices).Country));
    }

    [Fact]
    public void A_movements_spokesperson_named_after_a_comma_is_a_person_whose_post_has_no_state()
    {
        var facts = Facts.Of("DAMASCUS (Reuters) - A spokesperson for the Syrian Democratic Forces, Farhad Shami, said the group had not been invited.", "2025-11-24", "en");
        Assert.Equal("Farhad Shami", Assert.Single(facts.Persons).Name);
        Assert.Null(Assert.Single(facts.Offices).Country);
    }

    [Fact]
    public void The_two_leaders_of_an_earlier_visit_are_the_visitor_and_the_host_the_article_named()
    {
        var facts = Facts.Of("ABU DHABI // President Sheikh Mohamed bin Zayed held a video call on Wednesday with Italian Prime Minister Giorgia Meloni.\n\nSheikh Mohamed visited Rome in February, when the two leaders signed agreements worth $40 billion.", "2025-11-26", "en");
        Assert.Equal(2, Assert.Single(facts.Meetings, m => m.Kind == MeetingKind.Visit).Participants.Count);
    }

    [Fact]
    public void A_surname_that_opens_with_abd_after_a_preposition_names_the_person_met_before()
    {
        var facts = Facts.Of("القاهرة (أ ش أ) - التقى وزير الخارجية الدكتور بدر عبد العاطي، اليوم الاثنين، مع سفيرة الاتحاد الأوروبي لدى مصر أنجلينا آيخهورست.\n\nونفى المتحدث باسم الوزارة ما تردد عن زيارة مرتقبة لعبد العاطي إلى طهران.", "2025-11-24");
        Assert.DoesNotContain(facts.Persons, p => p.Name.StartsWith("لعبد", StringComparison.Ordinal));
    }

    [Fact]
    public void A_chief_of_staff_of_a_states_armed_force_serves_that_state_and_his_delegation_with_him()
    {
        var facts = Facts.Of("مسقط في 24 نوفمبر /العُمانية/ استقبل صاحب السُّمو السيد شهاب بن طارق آل سعيد نائب رئيس الوزراء لشؤون الدفاع بمكتبه اليوم معالي الفريق الركن ذياب بن صقر النعيمي رئيس هيئة الأركان بقوة دفاع البحرين، والوفد المرافق له الذي يزور سلطنة عُمان حاليًّا.", "2025-11-24");
        Assert.Equal(("Chief of Staff", "BH"), (Assert.Single(facts.Offices, o => o.Title.StartsWith("رئيس هيئة", StringComparison.Ordinal)).TitleEn, Assert.Single(facts.Offices, o => o.Title.StartsWith("رئيس هيئة", StringComparison.Ordinal)).Country));
        Assert.Equal(["BH"], Assert.Single(facts.Meetings).DelegationCountries);
    }

    [Theory]
    [InlineData("التقى مندوب دولة الكويت الدائم لدى الأمم المتحدة السفير طارق البناي اليوم رئيسة الجمعية العامة.")]
    [InlineData("التقى سفير الكويت لدى جامعة الدول العربية طارق البناي اليوم الأمين العام للجامعة.")]
    public void A_states_representative_to_an_international_body_serves_his_state(string sentence)
    {
        var facts = Facts.Of("نيويورك - 20 - 11 (كونا) -- " + sentence, "2025-11-20");
        Assert.Equal("KW", Assert.Single(facts.Offices, o => o.Title.Contains("لدى", StringComparison.Ordinal)).Country);
    }

    [Fact]
    public void The_foreign_ministers_of_two_states_named_in_turn_each_hold_their_own_states_post()
    {
        var facts = Facts.Of("WASHINGTON (AP) — Secretary of State Marco Rubio met separately on Tuesday with the foreign ministers of Armenia and Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov, at the State Department.", "2025-11-25", "en");
        Assert.Equal(["AM", "AZ"], facts.Offices.Where(o => o.TitleEn == "Foreign Minister").Select(o => o.Country).Order(StringComparer.Ordinal));
        Assert.Equal(2, facts.Meetings.Count);
    }

    [Fact]
    public void A_foreign_given_name_that_opens_with_lam_after_a_title_is_part_of_the_name()
    {
        var facts = Facts.Of("عمّان 18 تشرين الثاني (بترا) - استقبل جلالة الملك عبدالله الثاني اليوم وفدا من الكونغرس الأميركي يضم السيناتور ليندسي غراهام والسيناتور ريتشارد بلومنثال.", "2025-11-18");
        Assert.Contains(facts.Persons, p => p.Name == "ليندسي غراهام");
        Assert.DoesNotContain(facts.Offices, o => o.Title.Contains("ليندسي", StringComparison.Ordinal));
    }

    [Fact]
    public void A_government_spokeswoman_named_after_a_comma_serves_the_state_before_her_post()
    {
        var facts = Facts.Of("BAGHDAD, Nov 27 (Reuters) - An Iranian government spokeswoman, Fatemeh Mohajerani, denied that President Masoud Pezeshkian planned to visit Baghdad.", "2025-11-27", "en");
        var office = Assert.Single(facts.Offices, o => o.Title.Contains("spokeswoman", StringComparison.Ordinal));
        Assert.Equal(("Fatemeh Mohajerani", "IR"), (Assert.Single(facts.Persons, p => p.Id == office.Person).Name, office.Country));
    }

    [Fact]
    public void A_federal_minister_in_apposition_is_a_post_of_the_state_it_names()
    {
        var facts = Facts.Of("ABU DHABI, 30th November, 2025 (WAM) -- Sheikh Abdullah bin Zayed Al Nahyan held a telephone conversation today with Johann Wadephul, Federal Minister for Foreign Affairs of Germany.", "2025-11-30", "en");
        Assert.Equal("DE", Assert.Single(facts.Offices, o => o.TitleEn?.StartsWith("Federal Minister", StringComparison.Ordinal) == true).Country);
    }

    [Fact]
    public void The_guest_on_whose_visit_two_met_is_on_a_trip_for_his_later_talks_too()
    {
        var facts = Facts.Of("الرياض 9 جمادى الآخرة 1447 هـ الموافق 30 نوفمبر 2025 م واس\nالتقى صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، في الرياض اليوم، وزير الخارجية الأمريكي ماركو روبيو، وذلك على هامش زيارته الرسمية للمملكة.\n\nكما التقى روبيو في وقت لاحق وزير الدفاع صاحب السمو الملكي الأمير خالد بن سلمان.", "2025-11-30");
        Assert.Equal(2, facts.Meetings.Count);
        Assert.All(facts.Meetings, m => Assert.Equal(MeetingKind.Visit, m.Kind));
    }

    [Fact]
    public void An_aide_who_took_part_in_the_talks_is_a_participant()
    {
        var facts = Facts.Of("MOSCOW, Dec 2 (Reuters) - Russian President Vladimir Putin met U.S. special envoy Steve Witkoff at the Kremlin on Tuesday, Kremlin aide Yuri Ushakov said.\n\nUshakov, who also took part in the talks, said no compromise had been reached.", "2025-12-02", "en");
        var ushakov = Assert.Single(facts.Persons, p => p.Name == "Yuri Ushakov").Id;
        Assert.Contains(ushakov, Assert.Single(facts.Meetings).Participants);
        Assert.Equal("Aide", Assert.Single(facts.Offices, o => o.Person == ushakov).TitleEn);
    }

    [Fact]
    public void An_assistant_minister_is_not_the_minister()
    {
        var facts = Facts.Of("دمشق-سانا\nوصل وزير الخارجية الأردني أيمن الصفدي إلى دمشق اليوم في زيارة رسمية، وكان في استقباله في مطار دمشق الدولي معاون وزير الخارجية والمغتربين محمد طه الأحمد.", "2025-12-01");
        Assert.StartsWith("Assistant", Assert.Single(facts.Offices, o => o.Title.StartsWith("معاون", StringComparison.Ordinal)).TitleEn);
    }

    [Fact]
    public void The_one_who_arrives_named_after_the_verb_is_on_a_trip_for_his_later_talks()
    {
        var facts = Facts.Of("دمشق-سانا\nوصل وزير الخارجية الأردني أيمن الصفدي إلى دمشق اليوم في زيارة رسمية، وكان في استقباله في مطار دمشق الدولي معاون وزير الخارجية محمد طه الأحمد.\n\nوالتقى الصفدي الرئيس أحمد الشرع في قصر الشعب.", "2025-12-01");
        Assert.Equal(2, facts.Meetings.Count);
        Assert.All(facts.Meetings, m => Assert.Equal(MeetingKind.Visit, m.Kind));
    }

    [Fact]
    public void An_official_of_a_colon_dateline_who_met_his_counterpart_abroad_serves_the_datelines_state()
    {
        var facts = Facts.Of("KUWAIT: Foreign Minister Abdullah Al-Yahya received a phone call on Sunday from his Saudi counterpart Prince Faisal bin Farhan.\n\nThe two ministers had met in Riyadh earlier this month.", "2025-11-30", "en");
        Assert.Equal(["KW", "SA"], facts.Offices.Select(o => o.Country).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_official_named_by_his_post_in_his_states_agency_at_home_serves_it_where_the_article_names_the_visited_state_more()
    {
        var facts = Facts.Of("الدوحة - قنا\nالتقى سعادة الدكتور محمد بن عبدالعزيز بن صالح الخليفي وزير الدولة بوزارة الخارجية، أمس الأحد، في بيروت، فخامة العماد جوزاف عون رئيس الجمهورية اللبنانية، وذلك خلال زيارته الرسمية إلى لبنان.", "2025-12-01");
        Assert.Equal("QA", Assert.Single(facts.Offices, o => o.Title.StartsWith("وزير الدولة", StringComparison.Ordinal)).Country);
    }

    [Fact]
    public void A_counterpart_named_by_his_state_alone_is_the_one_of_that_post_whose_state_is_not_yet_known()
    {
        var facts = Facts.Of("الكويت - 2 - 12 (كونا) -- استقبل ولي العهد الشيخ صباح خالد الحمد المبارك الصباح اليوم وزير الخارجية التركي هاكان فيدان. وحضر المقابلة وزير الخارجية عبدالله علي اليحيا.\nوعقد فيدان أمس مباحثات رسمية مع نظيره الكويتي.", "2025-12-02");
        var yahya = Assert.Single(facts.Persons, p => p.Name == "عبدالله علي اليحيا").Id;
        var talks = Assert.Single(facts.Meetings, m => m.Date?.ToString() == "2025-12-01");
        Assert.Contains(yahya, talks.Participants);
    }

    [Fact]
    public void A_name_after_the_day_of_the_encounter_is_found_before_its_stated_post()
    {
        var facts = Facts.Of("ABU DHABI, 27th November, 2025 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan received on Thursday Ilham Aliyev, President of the Republic of Azerbaijan, who is on a state visit to the UAE.", "2025-11-27", "en");
        var aliyev = Assert.Single(facts.Persons, p => p.Name == "Ilham Aliyev").Id;
        Assert.Equal("AZ", Assert.Single(facts.Offices, o => o.Person == aliyev).Country);
        Assert.Equal(2, Assert.Single(facts.Meetings).Participants.Count);
    }

    [Fact]
    public void Telling_a_visiting_delegation_is_meeting_it_and_the_teller_is_no_mere_source()
    {
        var facts = Facts.Of("BEIRUT, Dec 1 (Reuters) - Lebanese President Joseph Aoun told visiting U.S. Senator Jeanne Shaheen on Monday that Lebanon remained committed to the ceasefire.", "2025-12-01", "en");
        Assert.Equal(2, Assert.Single(facts.Meetings).Participants.Count);
    }

    [Fact]
    public void A_congressional_delegation_is_of_the_state_before_it_and_its_leader_serves_that_state()
    {
        var facts = Facts.Of("BEIRUT, Dec 1 (Reuters) - Lebanese President Joseph Aoun met a visiting U.S. congressional delegation led by Senator Jeanne Shaheen on Monday.", "2025-12-01", "en");
        Assert.Equal(["US"], Assert.Single(facts.Meetings).DelegationCountries);
        Assert.Equal("US", Assert.Single(facts.Offices, o => o.Title == "Senator").Country);
    }

    [Fact]
    public void The_delegation_met_later_is_the_one_delegation_the_article_told_of()
    {
        var facts = Facts.Of("BEIRUT, Dec 1 (Reuters) - Lebanese President Joseph Aoun met a U.S. congressional delegation led by Senator Jeanne Shaheen on Monday.\nPrime Minister Nawaf Salam, who met the delegation separately later in the day, said the army would deploy.", "2025-12-01", "en");
        Assert.Equal(2, facts.Meetings.Count);
        Assert.All(facts.Meetings, m => Assert.Equal(["US"], m.DelegationCountries));
    }

    [Fact]
    public void A_foreign_surname_spelt_like_a_preposition_on_a_function_word_without_its_hamza_is_the_surname()
    {
        var facts = Facts.Of("المنامة في 29 نوفمبر / بنا / استقبل وزير الخارجية اليوم السيد جوناثان باول مستشار الأمن القومي البريطاني.", "2025-11-29");
        Assert.Equal("Jonathan Powell", Assert.Single(facts.Persons).NameEn);
    }

    [Fact]
    public void The_European_Unions_high_representative_in_the_feminine_is_a_post_of_no_state()
    {
        var facts = Facts.Of("مسقط في 1 ديسمبر /العُمانية/ استقبل معالي السيد بدر بن حمد البوسعيدي وزير الخارجية اليوم معالي كايا كالاس الممثلة العليا للاتحاد الأوروبي للشؤون الخارجية والسياسة الأمنية، التي تزور سلطنة عُمان حاليًّا.", "2025-12-01");
        var office = Assert.Single(facts.Offices, o => o.Title.StartsWith("الممثلة العليا", StringComparison.Ordinal));
        Assert.Equal(("High Representative for Foreign Affairs", null), (office.TitleEn, office.Country));
        Assert.Equal(MeetingKind.Visit, Assert.Single(facts.Meetings).Kind);
    }

    [Fact]
    public void The_minister_of_money_is_the_finance_minister()
    {
        var facts = Facts.Of("بيروت - استقبل رئيس الحكومة نواف سلام اليوم وزير المال ياسين جابر.", "2025-11-28");
        Assert.Equal("Minister of Finance", Assert.Single(facts.Offices, o => o.Title == "وزير المال").TitleEn);
    }

    [Fact]
    public void An_agency_credited_with_no_dateline_reports_from_home_and_its_officials_serve_its_state()
    {
        var facts = Facts.Of("وطنية - استقبل رئيس مجلس النواب نبيه بري اليوم سفيرة الولايات المتحدة الأميركية لدى لبنان ليزا جونسون.\nكما التقى بري وزير المال ياسين جابر.", "2025-11-28");
        Assert.Equal("LB", Assert.Single(facts.Offices, o => o.Title == "وزير المال").Country);
    }

    [Fact]
    public void A_meeting_at_the_speakers_residence_in_Ain_el_Tineh_is_in_Beirut()
    {
        var facts = Facts.Of("استقبل رئيس مجلس النواب نبيه بري في مقر الرئاسة الثانية في عين التينة اليوم السفير المصري علاء موسى.", "2025-11-28");
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(("Beirut", "LB"), (meeting.City, meeting.Country));
    }

    [Fact]
    public void His_Highness_the_Emir_by_rank_alone_is_the_emir_named_before()
    {
        var facts = Facts.Of("الدوحة في 30 نوفمبر /قنا/ تلقى حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، اتصالا هاتفيا اليوم، من الرئيس رجب طيب أردوغان رئيس الجمهورية التركية.\nكما تلقى سمو الأمير اتصالا هاتفيا آخر من الرئيس الأمريكي دونالد ترامب.", "2025-11-30");
        var tamim = Assert.Single(facts.Persons, p => p.Name == "تميم بن حمد آل ثاني").Id;
        Assert.Equal(2, facts.Meetings.Count);
        Assert.All(facts.Meetings, m => Assert.Contains(tamim, m.Participants));
    }

    [Fact]
    public void A_meeting_two_sides_agreed_to_hold_has_not_happened()
    {
        var arabic = Facts.Of("بغداد - واع\nتلقى وزير الخارجية فؤاد حسين اليوم اتصالاً هاتفياً من نظيره العماني بدر بن حمد البوسعيدي.\nواتفق الجانبان على عقد اجتماع للجنة المشتركة في مسقط الشهر المقبل.", "2025-11-26");
        Assert.Equal(MeetingKind.Call, Assert.Single(arabic.Meetings).Kind);
        var english = Facts.Of("Iraqi Foreign Minister Fuad Hussein spoke by phone on Wednesday with his Omani counterpart Badr Albusaidi. The two ministers agreed to hold talks in Muscat next month.", "2025-11-26", "en");
        Assert.Equal(MeetingKind.Call, Assert.Single(english.Meetings).Kind);
    }

    [Fact]
    public void An_initial_with_its_full_stop_is_part_of_the_name()
    {
        var facts = Facts.Of("DUBAI: Sheikh Mohammed bin Rashid Al Maktoum met Indian External Affairs Minister S. Jaishankar in Dubai on Monday, months after President George W. Bush's visit.", "2025-11-24", "en");
        Assert.Contains(facts.Persons, p => p.Name == "S. Jaishankar");
        Assert.Contains(facts.Persons, p => p.Name == "George W. Bush");
    }

    [Fact]
    public void One_word_that_is_a_middle_word_of_one_persons_name_is_her_surname()
    {
        var facts = Facts.Of("رام الله - وفا\nبحثت وزيرة الخارجية والمغتربين فارسين أغابكيان شاهين، اليوم الاثنين، مع وزير الخارجية الإيرلندي سايمون هاريس، في مدينة رام الله، آخر التطورات.\nوثمنت أغابكيان موقف إيرلندا.", "2025-11-24");
        Assert.Equal(2, facts.Persons.Count);
    }

    [Fact]
    public void A_hyphenated_length_of_stay_in_the_aside_still_makes_a_trip()
    {
        var facts = Facts.Of("PARIS (AFP) - Lebanese President Joseph Aoun, who is on a two-day visit to France, met Foreign Minister Jean-Noel Barrot on Friday.", "2025-11-28", "en");
        Assert.Equal(MeetingKind.Visit, Assert.Single(facts.Meetings).Kind);
    }

    [Fact]
    public void The_king_on_whose_behalf_a_guest_is_received_is_not_there_though_his_titles_stand_between()
    {
        var facts = Facts.Of("الرياض 7 جمادى الآخرة 1447 هـ الموافق 28 نوفمبر 2025 م واس\nنيابةً عن خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، استقبل صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، في الرياض اليوم، رئيس وزراء باكستان محمد شهباز شريف.", "2025-11-28");
        Assert.Equal(2, Assert.Single(facts.Meetings).Participants.Count);
    }

    [Fact]
    public void A_post_after_an_international_bodys_possessive_is_the_bodys_and_of_no_state()
    {
        var facts = Facts.Of("ABU DHABI // Sheikh Abdullah bin Zayed held a phone call on Tuesday with Kaja Kallas, the EU's foreign policy chief.", "2025-11-25", "en");
        var kallas = Assert.Single(facts.Persons, p => p.Name == "Kaja Kallas");
        Assert.Empty(kallas.Countries);
        Assert.Null(Assert.Single(facts.Offices, o => o.Person == kallas.Id).Country);
    }

    [Fact]
    public void A_rank_between_the_comma_and_a_set_off_name_still_sets_it_off_and_a_hyphenated_modifier_stays_in_the_body()
    {
        var facts = Facts.Of("PORT SUDAN, Nov 27 (Reuters) - The head of Sudan's army-led Sovereignty Council, General Abdel Fattah al-Burhan, met U.S. envoy Massad Boulos on Thursday.", "2025-11-27", "en");
        var burhan = Assert.Single(facts.Persons, p => p.Name == "Abdel Fattah al-Burhan").Id;
        var office = Assert.Single(facts.Offices, o => o.Person == burhan);
        Assert.Equal(("Head of the Sovereignty Council", "SD"), (office.TitleEn, office.Country));
    }

    [Fact]
    public void Ambassadors_of_states_each_named_after_his_own_hold_the_post_of_that_state()
    {
        var facts = Facts.Of("KUWAIT, Nov 25 (KUNA) -- Kuwait's Foreign Minister Abdullah Al-Yahya received separately on Tuesday the ambassadors of Japan, Makoto Morita, and of Italy, Carlo Baldocci.", "2025-11-25", "en");
        Assert.Equal(["IT", "JP"], facts.Offices.Where(o => o.TitleEn == "Ambassador").Select(o => o.Country).Order(StringComparer.Ordinal));
        Assert.Equal(2, facts.Meetings.Count);
    }

    [Fact]
    public void Then_after_a_comma_opens_another_reception()
    {
        var facts = Facts.Of("الكويت - 27 - 11 (كونا) -- استقبل سمو ولي العهد الشيخ صباح خالد الحمد المبارك الصباح في قصر بيان اليوم رئيس مجلس الوزراء بالإنابة الشيخ فهد يوسف سعود الصباح، ثم استقبل سموه وزير الخارجية عبدالله علي اليحيا.", "2025-11-27");
        Assert.Equal(2, facts.Meetings.Count);
        Assert.All(facts.Meetings, m => Assert.Equal(2, m.Participants.Count));
    }

    [Fact]
    public void A_dateline_with_its_day_after_fi_credits_the_agency_and_its_officials_serve_its_state()
    {
        var facts = Facts.Of("المنامة في 25 نوفمبر / بنا / أجرى الدكتور عبداللطيف بن راشد الزياني وزير الخارجية اتصالاً هاتفيًا مع معالي الدكتور أسعد حسن الشيباني وزير الخارجية والمغتربين في الجمهورية العربية السورية.", "2025-11-25");
        Assert.Equal(["BH", "SY"], facts.Offices.Select(o => o.Country).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_common_English_given_name_after_a_post_with_a_complement_opens_the_name()
    {
        var facts = Facts.Of("RIYADH — Princess Reema bint Bandar, Saudi Ambassador to the United States, met with U.S. Deputy Secretary of State Christopher Landau in Washington on Tuesday.", "2025-11-25", "en");
        var landau = Assert.Single(facts.Persons, p => p.Name == "Christopher Landau").Id;
        var office = Assert.Single(facts.Offices, o => o.Person == landau);
        Assert.Equal(("Deputy Secretary of State", "US"), (office.TitleEn, office.Country));
    }

    [Fact]
    public void A_guest_who_is_currently_visiting_is_on_a_trip()
    {
        var facts = Facts.Of("DOHA: HE the Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani met yesterday with HE Minister of Foreign Affairs of the Republic of Turkiye Hakan Fidan, who is currently visiting the country.", "2025-11-27", "en");
        Assert.Equal(MeetingKind.Visit, Assert.Single(facts.Meetings).Kind);
    }
}
