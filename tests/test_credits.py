"""Who a page credits and where it files from: reporters, desks and papers in bylines, datelines and
the lines around a story's start, as real pages print them (each case a shape seen on a dev page)."""

from pathlib import Path

import pytest

from summarize import boilerplate as bp
from summarize import bylines
from summarize.cleaning import DECK, clean
from summarize.document import Metadata, Source

STORY = "पुलिस ने बताया कि बैठक में सभी थानेदार मौजूद रहे। जांच जारी है।"
NEWS = Path(__file__).parent / "data" / "news"
HEADLINE = "नैनीताल रोड पर जाम की समस्या से परेशान लोग"


def metadata(text: str) -> Metadata:
    return clean(Source(path="a.txt", name="a", text=text, given=Metadata())).metadata


def story_text(text: str) -> str:
    result = clean(Source(path="a.txt", name="a", text=text, given=Metadata()))
    return " ".join(block.text for block in result.blocks if block.kind == "text")


@pytest.mark.parametrize(
    ("page", "byline"),
    [
        # a name with no known surname right over a story opening with its dateline
        (f"\nभुवनेश्वर बंजारे\n\nबिलासपुर – {STORY}\n", "भुवनेश्वर बंजारे"),
        # the site's name there credits the story
        (f"{HEADLINE}\n\nमिसाल न्यूज़\nरायपुर। {STORY}\n", "मिसाल न्यूज़"),
        # a Latin name under a Hindi headline, its role under it
        (f"{HEADLINE}\nKapil Chauhan\nNews Editor\n{STORY}\n", "Kapil Chauhan"),
        # a reporter's report with the desk's words before the name
        (f"विशेष ब्यूरो बिहार दिवाकर पाण्डेय की रिपोर्ट :\n{STORY}\n", "दिवाकर पाण्डेय"),
        # a name signed with its role; By glued to a Latin name
        (f"{HEADLINE}\nशिवम सिंह, संवाददाता\nजसपुरा/बांदा। {STORY}\n", "शिवम सिंह"),
        (f"{HEADLINE}\nByLuv Kush\n\n{STORY}\n", "Luv Kush"),
    ],
)
def test_a_credit_over_the_story_is_its_byline(page, byline):
    assert metadata(page).byline == byline


def test_a_name_over_a_dateline_that_credits_its_own_reporter_is_no_byline():
    page = f"{HEADLINE}\nआवाज ए हिमाचल\nबबलू गोस्वामी, नादौन। {STORY}\n"
    assert (metadata(page).byline, metadata(page).place) == ("बबलू गोस्वामी", "नादौन")


def test_a_name_the_story_mentions_or_one_word_is_no_credit():
    page = f"{HEADLINE}\nभुवनेश्वर बंजारे\nबिलासपुर – भुवनेश्वर बंजारे ने बताया कि बैठक में सभी मौजूद रहे।\n"
    assert metadata(page).byline is None
    for word in ("मीनाक्षी", "शिक्षा", "गारू"):  # a name, a section, a town: one word tells none apart
        assert metadata(f"{HEADLINE}\n{word}\nहल्द्वानी। {STORY}\n").byline is None


def test_a_latin_name_under_a_latin_title_is_no_reporter():
    page = f"Boss: 1st Day Box Office Collections of the film\nAkshay Kumar\n\n{STORY * 3}\n"
    assert metadata(page).byline is None


@pytest.mark.parametrize(
    ("paragraph", "place", "byline"),
    [
        # a paper, its towns and its reporters joined by slashes
        ("जन एक्सप्रेस/जौनपुर: ", "जौनपुर", "जन एक्सप्रेस"),
        ("नजफगढ़ मैट्रो न्यूज/द्वारका/नई दिल्ली/शिव कुमार यादव/भावना शर्मा/- ", "द्वारका", "शिव कुमार यादव"),
        # a credit set off by a dash after the town's mark
        ("श्रीनगर : समाचार ऑनलाइन – ", "श्रीनगर", "समाचार ऑनलाइन"),
        # a reporter before one town, surname known or not; a reporter's role beside the name
        ("बबलू गोस्वामी, नादौन। ", "नादौन", "बबलू गोस्वामी"),
        ("रायपुर, संवाददाता। ", "रायपुर", "संवाददाता"),
        # a newsroom's desk opening the story, marked or not, and the town after it
        ("बिहार न्यूज़ डेस्क ", None, "बिहार न्यूज़ डेस्क"),
        ("KNEWS DESK… ", None, "KNEWS DESK"),
        ("न्यूज डेस्क मध्य प्रदेश : ", "मध्य प्रदेश", "न्यूज डेस्क"),
    ],
)
def test_a_dateline_names_its_town_and_its_credit(paragraph, place, byline):
    meta = metadata(f"{HEADLINE}\n\n{paragraph}{STORY}\n")
    assert (meta.place, meta.byline) == (place, byline)


def test_a_reporter_and_role_alone_head_the_story_s_own_dateline():
    page = f"{HEADLINE}\nनेहा वर्मा, संपादक ।\nहमीरपुर, यूपी : {STORY}\n"
    meta = metadata(page)
    assert (meta.byline, meta.place) == ("नेहा वर्मा", "हमीरपुर")
    assert story_text(page) == STORY


def test_a_dateline_alone_with_its_date_is_no_byline_row():
    assert bylines.read_row("बस्ती, 22 सितम्बर 2025।").byline is None
    assert bylines.read_row("बस्ती, 22 सितम्बर 2025।").place == "बस्ती"
    assert bylines.read_row("प्रियदर्शन 22 सितम्बर 2025").byline == "प्रियदर्शन"


def test_a_byline_row_naming_the_paper_before_its_staff_s_word_names_the_site():
    meta = metadata(f"{HEADLINE}\nजनमानस शेखावाटी संवाददाता : चंद्रकांत बंका\nझुंझुनूं : {STORY}\n")
    assert (meta.site, meta.byline, meta.place) == ("जनमानस शेखावाटी", "चंद्रकांत बंका", "झुंझुनूं")
    assert metadata(f"{HEADLINE}\nजिला संवाददाता : चंद्रकांत बंका\n{STORY}\n").site is None


def test_a_staff_credit_then_its_paper_and_a_town_dashed_before_its_own_name():
    page = "\nब्यूरो रिपोर्ट हिन्द टीवी 24\nदरभंगा–दरभंगा जिला में अपराधियों का मनोबल बढ़ा है। पुलिस जांच कर रही है।\n"
    meta = metadata(page)
    assert (meta.headline, meta.place) == (None, "दरभंगा")
    assert (meta.byline, meta.site) == ("ब्यूरो रिपोर्ट", "हिन्द टीवी 24")
    assert story_text(page).startswith("दरभंगा जिला में")


def test_the_staff_s_two_words_after_a_paper_name_it():
    assert bp.staff_site("खबर आई संवाद सूत्र") == "खबर आई"
    assert bp.staff_site("संवाद सूत्र") is None


def test_a_town_s_news_over_the_headline_is_a_section_not_the_site():
    meta = metadata(f"कोरबा न्यूज़\n\n{HEADLINE}\n\n{STORY}\n")
    assert (meta.site, meta.section) == (None, "कोरबा न्यूज़")


def test_a_release_s_label_beside_its_date_is_no_byline():
    assert not bp.is_name("पुलिस प्रेस नोट")
    assert metadata(f"पुलिस प्रेस नोट 03 जनवरी 2025\n{HEADLINE}\n\n{STORY}\n").byline is None


def test_a_given_name_alone_over_a_story_without_a_headline_is_its_writer():
    meta = metadata(f"\nआलोक\n\n{STORY}\n")
    assert (meta.headline, meta.byline) == (None, "आलोक")


def test_a_staff_s_words_are_no_site_s_name():
    assert not bp.is_site_name("ब्यूरो न्यूज़")
    assert bp.is_site_name("शारदा न्यूज़")


@pytest.mark.parametrize(
    ("page", "site"),
    [
        # the site's logo among the story's first lines
        (f"{HEADLINE} बताया गया।\nबाघल टाइम्स\n{STORY}\n", "बाघल टाइम्स"),
        # a group a promotion asks the reader to join
        (f"{HEADLINE}\n\n{STORY}\n👉 न्यूज़ हाइट के समाचार ग्रुप (WhatsApp) से जुड़ें\n", "न्यूज़ हाइट"),
        # a paper's name, the page's first line over the headline: its logo, a state's paper too
        (f"झारखण्ड वाणी\n\n{HEADLINE}\n\n{STORY}\n", "झारखण्ड वाणी"),
        (f"स्वतंत्र आवाज़\nमनोरंजन\n{HEADLINE}\n\n{STORY}\n", "स्वतंत्र आवाज़"),
    ],
)
def test_the_site_names_itself(page, site):
    assert metadata(page).site == site


def test_a_site_bar_s_today_is_not_the_story_s_date():
    for bar in ("Tue. Sep 17th, 2024", "Saturday , May 10 2025"):
        assert metadata(f"{bar}\n{HEADLINE}\n\n{STORY}\n").date is None
    assert metadata(f"Saturday, May 10, 2025\n{HEADLINE}\n\n{STORY}\n").date == "2025-05-10"


def test_a_reporter_at_the_paper_is_the_byline_and_the_paper_the_site():
    meta = metadata(f"{HEADLINE}\nअखिलेश श्रीवास्तव @ नया सवेरा\nमछलीशहर, जौनपुर। {STORY}\n")
    assert (meta.byline, meta.site, meta.place) == ("अखिलेश श्रीवास्तव", "नया सवेरा", "मछलीशहर")


def test_a_page_title_s_site_after_a_bar_is_no_part_of_the_headline():
    meta = metadata(f"Jaunpur News: विहिप द्वारा निकाली गई शोभायात्रा | Naya Sabera Network\n\n{STORY}\n")
    assert meta.headline == "Jaunpur News: विहिप द्वारा निकाली गई शोभायात्रा"


def test_the_headline_stands_over_its_byline_not_the_slogan_over_it():
    story = "बैंकिंग सिस्टम को ग्राहकों के लिए सिक्योर बनाने के चलते बैंकों ने नियम बदले हैं। " + STORY
    page = f"खबर वही जो है सही\n\nबैंकों ने बदले नियम, पढ़ें क्या पड़ेगा असर\n\nBy Luv Kush\n\nमार्च 21, 2025\n\n{story}\n"
    assert metadata(page).headline == "बैंकों ने बदले नियम, पढ़ें क्या पड़ेगा असर"


def test_a_desk_that_is_no_newsroom_s_is_story():
    for sentence in ("एक हेल्प डेस्क बनाई गई है।", "हेल्प डेस्क पर लोगों की भीड़ लगी रही।"):
        assert bp.dateline(sentence) is None


@pytest.mark.parametrize(
    "headline",
    [
        "सरपंच-पंच जनपद जिला पंचायत सदस्य चुनने कोरबा में मतदान शुरू,",
        "आखिर उत्तराखंड का मुख्यमंत्री हुआ फ़ाइनल, बेसब्री से था सबको इंतज़ार…",
        "बिलासपुर नगर निगम की पांचवी सामान्य सभा और दूसरी वार्षिक बजट हंगामे के बीच आज सदन में पेश किया गया।",
    ],
)
def test_a_headline_set_off_over_the_story_may_end_in_any_mark(headline):
    assert metadata(f"{headline}\n\n{STORY}\n").headline == headline
    assert metadata(f"{headline}\n😊 Please Share This News 😊\n{STORY}\n").headline == headline


def test_a_teaser_linking_elsewhere_is_no_headline():
    assert metadata(f"कांकेर टॉप 10 अब पढें विस्तार से….\n\n{STORY}\n").headline is None


@pytest.mark.parametrize(
    ("promotion", "site"),
    [
        ("Click to Follow हिन्दी बाबूशाही फेसबुक पेज →", "हिन्दी बाबूशाही"),
        ("Join the RuralVoice whatsapp group", "RuralVoice"),
        ("Follow us on Facebook page", None),
    ],
)
def test_the_site_s_own_page_on_a_social_network_names_it(promotion, site):
    assert bp.is_promotion(promotion)
    assert bp.promoted_app(promotion) == site


def test_the_headline_in_english_under_the_hindi_one_is_the_page_s_title():
    headline = "चीन में भयानक सड़क हादसा, आपस में टकराई 50 कारें।"
    page = f"{headline}\n\nA terrible road accident in China, 50 cars collided.\n\n{STORY} {STORY}\n"
    result = clean(Source(path="a.txt", name="a", text=page, given=Metadata()))
    assert [block.kind for block in result.blocks] == ["headline", "text"]
    # A line opening in Hindi is no English title, however long an English tail it has.
    tail = f"{headline} – a terrible road accident in china know how many cars collided and who was hurt"
    page = f"{headline}\n\n{tail}\n\n{STORY} {STORY}\n"
    dropped = clean(Source(path="a.txt", name="a", text=page, given=Metadata())).dropped
    assert "the headline in English (the page's title)" not in {d.reason for d in dropped}


@pytest.mark.parametrize(
    ("page", "place", "byline"),
    [
        (f"{HEADLINE}\nझारखंड\n\nरांची। {STORY}\n", "रांची", None),  # a state's label over the story
        (f"Bilaspur: {HEADLINE}\n\nमनीष@ बिलासपुर। {STORY}\n", "बिलासपुर", "मनीष"),  # a reporter at the town
    ],
)
def test_the_story_s_dateline_names_the_town_a_label_or_kicker_named_less_well(page, place, byline):
    meta = metadata(page)
    assert (meta.place, meta.byline) == (place, byline)


def test_with_no_name_for_it_the_page_s_address_is_the_site():
    given = Metadata(url="https://www.baghaltimes.com/igmc-opd-block/")
    result = clean(Source(path="a.html", name="a", text=f"{HEADLINE}\n\n{STORY}\n", given=given))
    assert result.metadata.site == "baghaltimes.com"
    named = clean(Source(path="a.html", name="a", text=f"{HEADLINE}\n\n{STORY}\nमिसाल न्यूज़\n", given=given))
    assert named.metadata.site == "मिसाल न्यूज़"  # a name the page gives comes first
    known = Metadata(url="https://www.amarujala.com/bihar/x")
    assert (
        clean(Source(path="a.html", name="a", text=f"{HEADLINE}\n\n{STORY}\n", given=known)).metadata.site
        == "अमर उजाला"
    )


@pytest.mark.parametrize(
    ("opening", "place", "byline", "site"),
    [
        # a Latin dateline of the town and the paper, or the town, the paper and the reporter
        ("Faridabad/Alive News : ", "Faridabad", "Alive News", "Alive News"),
        ("Faridabad Hindustan ab tak/Dinesh Bhardwaj : ", "Faridabad", "Dinesh Bhardwaj", "Hindustan ab tak"),
        # the town and its reporter before a comma; a town closed by a slash
        ("अररिया/अब्दुल कैय्यूम, ", "अररिया", "अब्दुल कैय्यूम", None),
        ("नगरी/ ", "नगरी", None, None),
        # a paper's credit beside a state; initials beside a known town; a two-word town after a name
        ("हिन्द सागर, अरुणाचल प्रदेश:", "अरुणाचल प्रदेश", "हिन्द सागर", "हिन्द सागर"),
        ("सीएन, नैनीताल। ", "नैनीताल", "सीएन", "सीएन"),
        ("संजीव डोगरा, दौलतपुर चौक : ", "दौलतपुर चौक", "संजीव डोगरा", None),
        # the reporter in parentheses after the town's dash; a dateline in emphasis stars
        ("सिरसा -(अक्षित कंबोज):-", "सिरसा", "अक्षित कंबोज", None),
        ("*जौनपुर:* ", "जौनपुर", None, None),
        # marks: a dash glued after a credit's parenthesis, a doubled bar, a dash before the colon
        ("सतना ( ईन्यूज एमपी )-", "सतना", "ईन्यूज एमपी", "ईन्यूज एमपी"),
        ("Rohtak, Haryana (Harshvardhan) || ", "Rohtak", "Harshvardhan", None),
        ("बरेली-:- ", "बरेली", None, None),
        # a desk's or an agency's credit and its town in parentheses (the credit is no town)
        ("न्यूजडेस्क(भोपाल)-", "भोपाल", "न्यूजडेस्क", None),
        ("जासं (कानपुर) : ", "कानपुर", "जासं", None),
        # a known town and the site's address, with no mark; a day glued to its month
        ("बीकानेर abhayindia.com ", "बीकानेर", None, "abhayindia.com"),
        ("प्रयागराज, 26अप्रैल। ", "प्रयागराज", None, None),
        # a Latin kicker, then the story's Hindi dateline
        ("sagar news: सागर। ", "सागर", None, None),
        # the district and town, then the reporter, after a spaced slash
        ("आजमगढ़ लालगंज / सूरज सिंह – ", "आजमगढ़ लालगंज", "सूरज सिंह", None),
        # a long dash glued both sides after a known town; a TV script's cue is no town
        ("बिलासपुर–", "बिलासपुर", None, None),
        ("एंकर- ", None, None, None),
        # the dateline alone on its line, closed by a dash at the line's end
        ("धर्मशाला ( प्रे.वि )-\n", "धर्मशाला", "प्रे.वि", None),
    ],
)
def test_datelines_of_towns_credits_and_papers(opening, place, byline, site):
    page = f"{HEADLINE}\n\n{opening}{STORY}\n"
    found = metadata(page)
    assert (found.place, found.byline, found.site) == (place, byline, site)
    assert story_text(page) == STORY


def test_a_town_s_slash_before_the_state_that_opens_the_story_ends_the_dateline():
    story = "मध्यप्रदेश के सागर जिले में रविवार को सड़क हादसा हुआ। जांच जारी है।"
    page = f"{HEADLINE}\n\nसागर / {story}\n"
    assert metadata(page).place == "सागर"
    assert story_text(page) == story


@pytest.mark.parametrize("story", ["जयपुर—अजमेर हाईवे पर रविवार को जाम लगा रहा।", "सीमा–विवाद पर बैठक हुई।"])
def test_a_long_dash_between_two_towns_or_words_is_no_dateline(story):
    page = f"{HEADLINE}\n\n{story} {STORY}\n"
    assert metadata(page).place is None
    assert story_text(page) == f"{story} {STORY}"


@pytest.mark.parametrize(
    "story", ["धनबाद - जामताड़ा बॉर्डर के समीप दो बाइकों की टक्कर हुई।", "जयपुर - अजमेर हाईवे पर जाम लगा।"]
)
def test_a_dash_between_two_towns_before_a_road_or_a_border_is_no_dateline(story):
    assert bp.dateline(story) is None
    assert bp.dateline("धनबाद - पुलिस ने बताया कि जांच जारी है।").place == "धनबाद"


def test_a_latin_dateline_alone_on_its_line_over_the_hindi_story():
    story = "धनबाद - जामताड़ा बॉर्डर के समीप कर्मदाह मेला के पास दो बाइकों के बीच हुई टक्कर में एक युवक की मौत हो गई।"
    page = f"{HEADLINE}\n\nDhanbad :\n{story}\n"
    assert metadata(page).place == "Dhanbad"
    assert story_text(page).startswith("धनबाद - जामताड़ा")


def test_a_town_and_the_slash_before_a_second_town_are_one_dateline():
    assert bp.dateline("चोपन/ सोनभद्र- नगर में बैठक हुई।").place != "चोपन"


def test_a_papers_credit_in_the_dateline_names_the_site_under_a_reporters_byline():
    page = f"{HEADLINE}\nरवि गौतम\nनित्य संदेश, परीक्षितगढ़। {STORY}\n"
    found = metadata(page)
    assert (found.byline, found.place, found.site) == ("रवि गौतम", "परीक्षितगढ़", "नित्य संदेश")


def test_a_credit_row_set_off_by_a_dash_gives_its_desk_town_only_where_the_story_gives_none():
    row = "दिव्य हिमाचल ब्यूरो — कुल्लू"
    found = metadata(f"{HEADLINE}\n{row}\n{STORY}\n")
    assert (found.byline, found.site, found.place) == ("दिव्य हिमाचल ब्यूरो", "दिव्य हिमाचल", "कुल्लू")
    assert metadata(f"{HEADLINE}\nसंवाद न्यूज एजेंसी, आगरा\nकासगंज। {STORY}\n").place == "कासगंज"


def test_a_reporter_named_over_the_papers_own_credit_row_is_the_byline():
    row = "कोसी की आस @पुर्णिया"
    story = "पुर्णिया पुलिस की बड़ी कामयाबी, छिनतई गिरोह के आठ अपराधियों को गिरफ्तार किया गया। " + STORY
    found = metadata(f"प्रफुल्ल कुमार सिंह\n{row}\n{story}\n")
    assert (found.byline, found.site, found.place) == ("प्रफुल्ल कुमार सिंह", "कोसी की आस", "पुर्णिया")
    # (with no one named, the paper credits the story)
    assert metadata(f"{row}\n{story}\n").byline == "कोसी की आस"


def test_a_latin_logo_under_the_headline_over_the_dateline_credits_the_story():
    found = metadata(f"{HEADLINE}\n\nChhattisgarh Crimes\n\nदुर्ग। {STORY}\n")
    assert (found.byline, found.site, found.place) == ("Chhattisgarh Crimes", "Chhattisgarh Crimes", "दुर्ग")


@pytest.mark.parametrize("row", ["DNN सोलन", "HNN/ धर्मशाला"])
def test_a_sites_initials_beside_its_desks_town_credit_the_story(row):
    found = metadata(f"{row}\n{STORY}\n")
    initials, town = row.replace("/", "").split()
    assert (found.headline, found.byline, found.site, found.place) == (None, initials, initials, town)
    # (a state's initials are none: "UP सोनभद्र" is a label; nor is an office's without a known town)
    assert bp.credit_row("UP सोनभद्र") is None
    assert bp.credit_row("SDM साहब") is None


@pytest.mark.parametrize(
    ("credit", "byline", "place"),
    [
        ("पालमपुर अनिल सूद", "अनिल सूद", "पालमपुर"),  # the town first
        ("बिहार संवाददाता सिकंदर राय की रिपोर्ट", "सिकंदर राय", None),  # the state and role first
        ("संवाददाता सूरज मधुकर की खास खबर", "सूरज मधुकर", None),
        ("भागलपुर ब्यूरो", "भागलपुर ब्यूरो", "भागलपुर"),  # a town before a desk names the desk
    ],
)
def test_a_credit_among_its_towns_and_roles(credit, byline, place):
    found = metadata(f"{HEADLINE}\n{credit}\n{STORY}\n")
    assert (found.byline, found.place, found.site) == (byline, place, None)


@pytest.mark.parametrize("menu", ["गाज़ियाबाद ग्रेटर नोएडा- वेस्ट दिल्ली NCR नोएडा", "उत्तर प्रदेशगौतम बुद्ध नगर"])
def test_a_row_of_places_is_a_menu_not_a_credit(menu):
    found = metadata(f"{menu}\n{HEADLINE}\nनई दिल्ली। {STORY}\n")
    assert (found.byline, found.place) == (None, "नई दिल्ली")
    assert not bp.is_places_menu("मेरठ, मुजफ्फरनगर और सहारनपुर में बारिश")


def test_a_latin_place_without_its_marks_and_a_states_kicker():
    assert metadata(f"{HEADLINE}\n\nMirzapur: {STORY}\n").place == "Mirzapur"
    assert metadata(f"{HEADLINE}\n\nChhattisgarh News: {STORY}\n").place is None


def test_a_credit_beside_the_town_that_is_no_persons_names_the_site():
    for credit in ("देश रोजाना", "बंगाल मिरर"):
        found = metadata(f"{HEADLINE}\n\n{credit}, आसनसोल : {STORY}\n")
        assert (found.byline, found.site, found.place) == (credit, credit, "आसनसोल")
    # a person's given name, or a surname, makes it a reporter's
    for reporter in ("कमल जगाती", "बबलू गोस्वामी"):
        found = metadata(f"{HEADLINE}\n\n{reporter}, नादौन। {STORY}\n")
        assert (found.byline, found.site) == (reporter, None)


def test_a_name_under_the_headline_with_a_common_given_name_is_the_byline():
    assert metadata(f"{HEADLINE}\nकमल जगाती\n{STORY}\n").byline == "कमल जगाती"
    assert metadata(f"{HEADLINE}\nबहरोड़ दिनदहाड़े वारदात\n{STORY}\n").byline is None


def test_a_latin_logo_over_a_hindi_headline_names_the_site():
    assert metadata(f"Voice Of Bihar\n{HEADLINE}\n{STORY}\n").site == "Voice Of Bihar"
    for label in ("Recent News", "Top Story", "Breaking News", "Connect With Us"):
        assert bp.latin_logo(label) is None
    # a reporter's name beside the date is the byline, no logo
    assert metadata(f"Norat Mal Nama\n17-Oct-2025\n{HEADLINE}\n{STORY}\n").site is None


def test_a_site_crediting_itself_in_the_dateline_is_the_byline():
    found = metadata(f"{HEADLINE}\n\nबक्सर खबर। {STORY}\n")
    assert (found.byline, found.site) == ("बक्सर खबर", "बक्सर खबर")


def test_an_agency_credit_closed_by_a_bar_and_a_credit_at_the_headlines_end():
    found = metadata(f"{HEADLINE}\n\nमुंबई, 26 सितंबर (आईएएनएस)| {STORY}\n")
    assert (found.place, found.byline) == ("मुंबई", "आईएएनएस")
    found = metadata(f"{HEADLINE} – रिपोर्ट शुभम शर्मा\n\n{STORY}\n")
    assert (found.headline, found.byline) == (HEADLINE, "शुभम शर्मा")


def test_a_hindi_line_beside_the_date_is_a_byline_only_with_a_known_names_word():
    assert metadata(f"{HEADLINE}\nसांस्कृतिक जीवन\n17-Oct-2025\n\n{STORY}\n").byline is None
    assert metadata(f"{HEADLINE}\nराजेश गोदियाल\n17-Oct-2025\n\n{STORY}\n").byline == "राजेश गोदियाल"


# Round 10: credit rows and datelines as the round-9 pages print them.
LONG_STORY = (
    "जिले के प्रभारी मंत्री ने आज जिला अस्पताल का निरीक्षण किया और मरीजों से बात करके उनकी समस्याएं सुनीं तथा "
    "अधिकारियों को जरूरी निर्देश दिए।"
)


@pytest.mark.parametrize(
    ("row", "byline", "site", "place"),
    [
        # a town and a site's name no list knows
        ("गिरिडीह/जन की बात", "जन की बात", "जन की बात", "गिरिडीह"),
        # a site's name and a reporter in parentheses
        ("निष्पक्ष जनअवलोकन (अजय रावत)", "अजय रावत", "निष्पक्ष जनअवलोकन", None),
        # a town, a date without its year, the site
        ("नाहन / 14 दिसम्बर / न्यू सुपर भारत", "न्यू सुपर भारत", None, "नाहन"),
        # a paper's name the table lacks, its town, its reporter
        ("सत्यखबर,झज्जर(जगदीप राज्याण)", "जगदीप राज्याण", "सत्यखबर", "झज्जर"),
        # a reporter's full name before a one-word town the gazetteer lacks
        ("बृजराज कुशवाह करवाड़", "बृजराज कुशवाह", None, "करवाड़"),
    ],
)
def test_a_row_over_the_story_may_name_a_site_no_list_knows(row, byline, site, place):
    read = bylines.read_row(row, over_story=True)
    assert (read.byline, read.site, read.place) == (byline, site, place)


@pytest.mark.parametrize(
    "row",
    [
        "- अवैध मत – 4 मत",  # a count in a list: a number at a part's end
        "25 जनवरी / बड़ी खबर",  # a date and a rubric
        "Police-criminal encounter in Rewari",  # a title in English
    ],
)
def test_words_over_the_story_that_are_no_sites_name(row):
    read = bylines.read_row(row, over_story=True)
    assert read is None or read.site is None


def test_words_beside_a_town_name_a_site_only_over_the_story():
    assert bylines.read_row("गिरिडीह/जन की बात") is None
    # a labelled row is read by its labels alone: the town after the label is no name
    read = bylines.read_row("न्यूज़ टुडे संवाददाता शिमला:", over_story=True)
    assert read is None or read.byline != "शिमला"


def test_the_row_over_the_story_is_read_into_metadata_and_dropped():
    page = f"{HEADLINE}\n\nसंतोष श्रीवास्तव /न्यूज़ 11 भारत\n\nपलामू/डेस्क\n\n{LONG_STORY}\n"
    found = metadata(page)
    assert (found.byline, found.site, found.place) == ("संतोष श्रीवास्तव", "न्यूज़ 11 भारत", "पलामू")
    assert "संतोष श्रीवास्तव" not in story_text(page) and story_text(page).startswith("जिले के")


@pytest.mark.parametrize(
    ("paragraph", "place", "byline"),
    [
        ("गोरखपुर।(www.arya-tv.com) मुख्यमंत्री ने किसानों से बात की।", "गोरखपुर", "www.arya-tv.com"),
        ("तखतगढ 26 अक्टूबर;(खीमाराम मेवाडा) मंत्री ने कहा।", "तखतगढ", "खीमाराम मेवाडा"),
        ("सिरसा -(अक्षित कंबोज):-सिरसा पुलिस ने सीमाएं सील कीं।", "सिरसा", "अक्षित कंबोज"),
        ("पालमपुर, (प्रवीण): मंदिर में मेले शुरू हुए।", "पालमपुर", "प्रवीण"),
        ("कहानी। गोंडवाना समय।", "कहानी", "गोंडवाना समय"),
        ("रिपोर्टर - नौशाद अहमद, सूरजपुर। आज से धान खरीदी शुरू हुई।", "सूरजपुर", "नौशाद अहमद"),
        ("लखनऊ। (फाइल फोटो) पुलिस ने बताया।", "लखनऊ", None),
        ("मुंगेली | एजेंसी: जिले में अदालत ने फैसला सुनाया।", "मुंगेली", "एजेंसी"),
        ("भोपाल निप्र। नगर निगम की बैठक हुई।", "भोपाल", "निप्र"),
        ("भोपाल। संवाददाता ने बताया कि बैठक हुई।", "भोपाल", None),
    ],
)
def test_a_credit_after_the_datelines_mark_is_its_byline(paragraph, place, byline):
    found = bp.dateline(paragraph)
    assert (found.place, found.byline) == (place, byline)


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("सूरजपुर/03 अक्टूबर 23/ जिला निर्वाचन अधिकारी ने बैठक ली।", "सूरजपुर"),
        ("हापुड़/भारतीय किसान यूनियन की पंचायत हुई।", "हापुड़"),
        ("Bhojpur postal आरा। बिहार सर्किल के डाक विभाग ने अभियान चलाया।", "आरा"),
        ("Rojgar Mela 2024पटना: नौकरी की तलाश कर रहे युवाओं के लिए खबर है।", "पटना"),
        ("मुंबई l घरेलू स्तर पर लिवाली से बाजार चढ़ा।", "मुंबई"),
        ("रावतभाटा |बेगूं की पंचायत के लोगों के लिए खुशखबरी है।", "रावतभाटा"),
        ("बुलंदशहर! गौशालाओं में गौवंश का निरीक्षण हुआ।", "बुलंदशहर"),
        ("भोपाल 12 मार्च 2024 राज्य सरकार ने आदेश जारी किया।", "भोपाल"),
    ],
)
def test_more_dateline_marks_and_kickers(paragraph, place):
    assert bp.dateline(paragraph).place == place


def test_a_town_and_a_date_then_a_postposition_is_the_storys_sentence():
    assert bp.dateline("लखनऊ 12 मार्च 2024 को होने वाली बैठक टली।") is None


def test_a_town_and_a_name_joined_by_se_is_a_reports_credit():
    assert bp.report_from("झाबुआ से चंद्रशेखर राठौर") == ("झाबुआ", "चंद्रशेखर राठौर", None)
    assert bp.report_from("दिल्ली से आई खबर") is None


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Home टॉप न्यूज़ Agra: Important news from Kaila Devi Temple",
            "Agra: Important news from Kaila Devi Temple",
        ),
        ("HomeentertainmentMumbai : फिल्म का ट्रेलर रिलीज", "Mumbai : फिल्म का ट्रेलर रिलीज"),
        ("होम लोन की दरें बढ़ीं आज से", None),
        ("Home Minister Amit Shah in Delhi", None),
    ],
)
def test_breadcrumbs_glued_before_a_title_are_cut_off(line, title):
    start = bp.title_after_crumbs(line)
    assert (line[start:] if start is not None else None) == title


@pytest.mark.parametrize(
    ("read", "name"),
    [
        (bp.site_icon("Site icon | छपरा टुडे डॉट कॉम | #ChhapraToday.com"), "छपरा टुडे डॉट कॉम"),
        (bp.logo_name("Doordrishti News Logo"), "Doordrishti News"),
        (bp.latin_logo("Header Ads Widget"), None),
        (bp.latin_logo("Breaking NewsCrime NewsMadhya Pradesh"), None),
        (bp.title_suffix_site(" - मधेपुरा खबर Madhepura Khabar"), "मधेपुरा खबर"),
        (bp.title_suffix_site(" | Youth & Government jobs"), None),
        (bp.staff_site("जागरण टाइम्स न्यूज नेटवर्क"), "जागरण टाइम्स"),
        (bp.copyright_owner("© CopyRight Pressnote.in | A Avid Web Solutions Venture."), "Pressnote"),
        (
            bp.copyright_owner("© 2025 - All Rights Reserved - Youth18 | Hosted by SysNano Infotech"),
            "Youth18",
        ),
        (bp.copyright_owner("© सर्वाधिकार सुरक्षित"), None),
        (bp.tagline_site("अक्रॉस टाइम्स हिंदी समाचार पत्र"), "अक्रॉस टाइम्स"),
        (bp.tagline_site("राष्ट्रीय हिंदी दैनिक समाचार पत्र"), None),
    ],
)
def test_a_sites_name_as_logos_icons_and_titles_print_it(read, name):
    assert read == name


def test_a_kickers_place_gives_way_to_the_known_town_of_the_next_lines_dateline():
    page = (
        "उत्तराखण्ड\nब्लॉक प्रमुख चुनाव: पिथौरागढ़ के सात विकासखण्डों में मतदान संपन्न, परिणाम घोषित,\n"
        f"पिथौरागढ़, – जनपद के आठ में से सात विकासखण्डों में आज ब्लॉक प्रमुख के चुनाव हुए। {STORY}\n"
    )
    assert metadata(page).place == "पिथौरागढ़"
    assert story_text(page).count("पिथौरागढ़, –") == 0


def test_a_reporter_and_the_town_joined_by_a_slash():
    found = bp.dateline("सौरभ वर्मा/ रायबरेली: जून से जुलाई का महीना खरीफ की फसल का समय है।")
    assert (found.place, found.byline) == ("रायबरेली", "सौरभ वर्मा")


@pytest.mark.parametrize(
    "page",
    [
        f"author-image\nRahul Garhwal\nएडिट\n\n{HEADLINE}\n\n{LONG_STORY}\n",  # under the author's picture
        f"{HEADLINE}\nMahendra Giri\n1 Min Read\n\n{LONG_STORY}\n",  # a given name under the headline
    ],
)
def test_a_latin_reporter_by_a_given_name(page):
    assert metadata(page).byline in ("Rahul Garhwal", "Mahendra Giri")


# Round 11 (shapes read on the round-10 pages)


@pytest.mark.parametrize(
    "paragraph",
    [f"नरेश सरोहा : {STORY}", f"रवि रंजन । {STORY}"],
)
def test_a_persons_name_where_the_town_would_stand_is_the_reporter(paragraph):
    read = bp.dateline(paragraph)
    assert (read.place, read.byline) == (None, paragraph.split(" ")[0] + " " + paragraph.split(" ")[1])
    assert bp.dateline(f"राम नगर : {STORY}").place == "राम नगर"  # a town's word makes it a town


def test_a_weekday_before_a_datelines_date_and_a_section_for_a_town():
    read = bp.dateline(f"नई दिल्ली, शुक्रवार, 21 अप्रैल 2023। {STORY}")
    assert (read.place, read.date) == ("नई दिल्ली", "2023-04-21")
    assert bp.dateline(f"देश– {STORY}").place is None


def test_a_town_spelt_with_a_long_or_a_short_vowel_is_known_either_way():
    assert bp.is_place("पंचकुला") and bp.is_place("पंचकूला")
    assert not bp.is_place("सुनीता")


def test_the_papers_desk_over_a_dateline_naming_the_reporter():
    read = metadata(f"कलम बाण पंचकूला\nनरेश सरोहा : {STORY}\n")
    assert (read.place, read.byline, read.site, read.headline) == ("पंचकूला", "नरेश सरोहा", "कलम बाण", None)


@pytest.mark.parametrize(
    ("paragraph", "read"),
    [
        # a known town and its reporter in parentheses, no mark
        (f"भरतपुर (कौशलेन्द्र दत्तात्रेय) {STORY}", ("भरतपुर", "कौशलेन्द्र दत्तात्रेय", None)),
        # a line of its own: a town no gazetteer knows and a name with a known surname
        ("पीपलू (ओपी शर्मा)", ("पीपलू", "ओपी शर्मा", None)),
        # a staff's credit and a known town, no mark
        (f"विशेष संवाददाता, चंडीगढ़ {STORY}", ("चंडीगढ़", "विशेष संवाददाता", None)),
        # a paper's name glued before a known town
        (f"अभय न्यूज मुंगेली // {STORY}", ("मुंगेली", "अभय न्यूज", "अभय न्यूज")),
        # a reporter, the town and its district between slashes
        (f"राजेश कुमार शर्मा/जोगबनी,अररिया/ {STORY}", ("जोगबनी", "राजेश कुमार शर्मा", None)),
        # a paper's Latin name, then the reporter and the town in parentheses
        (f"Metro Mat News ( चेतन शर्मा दिल्ली ) {STORY}", ("दिल्ली", "चेतन शर्मा", "Metro Mat News")),
    ],
)
def test_datelines_of_reporters_papers_and_towns(paragraph, read):
    found = bp.dateline(paragraph)
    assert (found.place, found.byline, found.site) == read


def test_no_mark_and_a_name_in_parentheses_is_no_dateline_elsewhere():
    # (the town's date closes it, the state is no town, a clause goes on)
    found = bp.dateline(f"उत्तरकाशी (चिरंजीव सेमवाल) 6 नवम्बर। {STORY}")
    assert found.end == len("उत्तरकाशी (चिरंजीव सेमवाल) 6 नवम्बर। ")
    assert bp.dateline(f"उत्तर प्रदेश (योगी आदित्यनाथ) {STORY}") is None
    assert bp.dateline(f"पीपलू (ओपी शर्मा) ने कहा कि {STORY}") is None
    assert bp.dateline(f"पुलिस ने कहा/जोगबनी/ {STORY}") is None
    assert bp.dateline(f"डेस्क, कुशीनगर केसरी/केके न्यूज24 {STORY}") is None  # (a paper's own town)


def test_a_dateline_before_a_date_on_its_own_line():
    read = metadata(f"शिमला,हिमशिखा न्यूज़।17/10/2022\n{HEADLINE}\n{STORY}\n")
    assert (read.place, read.byline, read.date) == ("शिमला", "हिमशिखा न्यूज़", "2022-10-17")
    assert read.site == "हिमशिखा न्यूज़"


def test_a_story_by_label_and_the_reporters_town_after_a_comma():
    assert bp.labelled_byline("Story By: पुनवासी यादव, सकलडीहा।") == "पुनवासी यादव"
    assert bp.byline("By Ravi Kumar") == "Ravi Kumar"


@pytest.mark.parametrize("line", ["रिपोर्ट—अखिलेश सिंह", "रिपोर्ट— अखिलेश सिंह", "रिपोर्ट – अखिलेश सिंह"])
def test_a_report_label_s_long_dash_may_be_glued_to_the_name(line):
    assert bp.labelled_byline(line) == "अखिलेश सिंह"
    assert bp.labelled_byline("रिपोर्ट-कार्ड जारी") is None  # (a hyphen glued joins a compound)


def test_a_row_signed_with_a_dash_over_the_story():
    assert bylines.read_row("— नदीम परवेज़ धारचूला", over_story=True) == bylines.Row(
        "नदीम परवेज़", None, "धारचूला", None
    )
    assert bylines.read_row("— राम कुमार शर्मा", over_story=True).byline == "राम कुमार शर्मा"
    assert bylines.read_row("- पुलिस ने कहा", over_story=True) is None


def test_a_headline_sentence_with_a_call_over_the_dateline_and_a_last_line_ending_in_its_verb():
    page = f"श्रीडूंगरगढ़ में हाईवे पर हादसा, बाल-बाल बचे दो जने। देखें फोटो।\nजयपुर। {STORY}\n"
    assert metadata(page).headline == "श्रीडूंगरगढ़ में हाईवे पर हादसा, बाल-बाल बचे दो जने। देखें फोटो।"
    last = "सशस्त्र पुलिस के द्वारा जब झोले की जांच की गई तो झोला में 864 पीस कैप्सूल बरामद हुआ"
    page = f"{HEADLINE}\n\nजयपुर। {STORY}\n\n{last}\n"
    kept = clean(Source(path="a.txt", name="a", text=page, given=Metadata())).blocks
    assert last in [block.text for block in kept]


def test_a_persons_name_leads_a_row_of_names_and_a_latin_i_is_a_bar():
    row = bylines.read_row("पब्लिक फर्स्ट I बुरहानपुर । रिजवान अंसारी")
    assert (row.byline, row.place) == ("रिजवान अंसारी", "बुरहानपुर")


def test_a_town_glued_to_the_slash_before_se():
    assert bp.report_from("गोविंन्दपुर/से बाबू लाल शर्मा की रिपोर्ट") == ("गोविंन्दपुर", "बाबू लाल शर्मा", None)


def test_a_reporter_named_after_a_credit_naming_no_one_outranks_it():
    read = metadata(f"{HEADLINE}\nAiN BHARAT GHAZIPUR\nनईम अहमद की रिपोर्ट\nगाजीपुर। {STORY}\n")
    assert read.byline == "नईम अहमद"


def test_a_role_beside_the_name_over_the_story_is_no_site():
    row = bylines.read_row("उधम सिंह राठौर – प्रधान संपादक", over_story=True)
    assert (row.byline, row.site) == ("उधम सिंह राठौर", None)


def test_a_headline_opening_with_a_latin_kicker_over_a_hindi_dateline():
    page = f"Chandauli News: धान क्रय केंद्र पर ताला लटकने से किसान परेशान.\nचंदौली। {STORY}\n"
    read = metadata(page)
    assert (read.headline, read.place) == (page.split("\n")[0], "चंदौली")


def test_the_word_after_a_reporters_full_name_before_the_district_is_the_town():
    row = bylines.read_row("रिपोर्ट चारोंधाम मिश्रा दावथ (रोहतास)")
    assert (row.place, row.byline.split()[-2:]) == ("दावथ", ["चारोंधाम", "मिश्रा"])
    assert bylines.read_row("राज कुमार शर्मा (हरदोई)").place == "हरदोई"


@pytest.mark.parametrize(
    ("line", "site"),
    [("The National News", "The National News"), ("THE BIKANER NEWS", "THE BIKANER NEWS")]
    + [("Breaking News", None), ("Bihar News", None), ("उत्तर प्रदेशबहराइचब्रेकिंग न्यूज़", None)],
)
def test_a_papers_name_alone_on_a_line_of_the_pages_furniture(line, site):
    assert metadata(f"{line}\n{HEADLINE}\nजयपुर। {STORY}\n").site == site


def test_more_papers_words_and_a_papers_name_with_its_marks():
    assert bp.is_site_name("Devsaral Darpan") and bp.is_site_name("समाज जागरण")
    assert metadata(f"- News Team Live\n{HEADLINE}\nजयपुर। {STORY}\n").site == "News Team Live"
    assert metadata(f"जयपुर। रिपोर्ट टाइम्स\n{HEADLINE}\n{STORY}\n").site != "जयपुर। रिपोर्ट टाइम्स"


@pytest.mark.parametrize(
    "line",
    ["आप यहाँ पर हैं", "You are here:", "राजकाज न्यूज़ अब आपके मोबाइल फोन पर भी. डाउनलोड करने के लिए यहाँ क्लीक करें"],
)
def test_a_breadcrumbs_label_and_an_apps_prompt_are_no_headline(line):
    assert metadata(f"{line}\n{HEADLINE}\n\nजयपुर। {STORY}\n").headline == HEADLINE


def test_a_reporter_a_town_and_the_papers_name_in_one_dateline():
    found = bp.dateline(f"सतीश चौरसिया उमरियापान जबलपुर दर्पण । {STORY}")
    assert (found.place, found.byline, found.site) == ("उमरियापान", "सतीश चौरसिया", "जबलपुर दर्पण")
    assert bp.dateline(f"जांजगीर से बड़ी खबर — {STORY}").site is None  # (a rubric is no paper)


@pytest.mark.parametrize(
    "line",
    ["राज्य » बिहार / झारखण्ड", "( 11130 बार पढ़ी गयी)", "लोकेशन रायसेन", "LIVE TV अलवर देश राजस्थान शिक्षा"],
)
def test_more_furniture_by_its_words(line):
    page = f"{HEADLINE}\n{line}\nजयपुर। {STORY}\n"
    dropped = clean(Source(path="a.txt", name="a", text=page, given=Metadata())).dropped
    assert line in [entry.text for entry in dropped]
    assert not bp.is_sections_menu("राजस्थान में शिक्षा की हालत")


def test_a_themes_braces_around_the_byline_are_no_part_of_it():
    assert metadata(f"{HEADLINE}\nBy {{राम कुमार शर्मा}}\n{STORY}\n").byline == "राम कुमार शर्मा"


@pytest.mark.parametrize(
    ("line", "place", "byline"),
    [
        ("धारचूला (पिथौरागढ़)", "धारचूला", None),  # a town and its district, no mark
        ("सरायकेला (संजय)", "सरायकेला", "संजय"),  # a town and one given name
    ],
)
def test_a_town_in_a_dateline_alone_on_its_line_without_a_mark(line, place, byline):
    found = metadata(f"{HEADLINE}\n\n{line}\n{STORY}\n")
    assert (found.place, found.byline) == (place, byline)
    assert bp.dateline("मुंबई (संजय) के साथ बैठक में सभी मौजूद रहे।") is None  # (not alone: a sentence)


def test_a_whole_dateline_over_the_headline_is_read_and_is_no_headline():
    found = metadata(f"कुल्लू (खबर आई संवाद सूत्र)\n{HEADLINE} –\n{STORY}\n")
    assert (found.headline, found.place, found.byline) == (f"{HEADLINE} –", "कुल्लू", "खबर आई संवाद सूत्र")


def test_a_name_alone_over_the_datelines_paragraph_past_a_standfirsts_bullets():
    bullets = "  • पूर्व मंत्री ने अपनी पत्नी पर गंभीर आरोप लगाए\n  • मां बेटे ने आरोपों को झूठा बताया\n"
    found = metadata(f"{HEADLINE}\n\n{bullets}\nगोपेन्द्र नाथ भट्ट\n\nनई दिल्ली : {STORY}\n")
    assert (found.place, found.byline) == ("नई दिल्ली", "गोपेन्द्र नाथ भट्ट")


def test_a_weather_boxs_city_is_no_byline_and_no_site():
    found = metadata(
        f"6.2 C\nNew York\nThursday, Apr 25, 2024\n{HEADLINE}\n\nकृष्ण कुमार मिश्र\n\nवापी। {STORY}\n"
    )
    assert (found.byline, found.site) == ("कृष्ण कुमार मिश्र", None)


def test_prose_pausing_with_ellipses_is_no_cut_off_teaser():
    line = "मार्ग भूस्खलन के कारण बाधित है… यह मार्ग चीन सीमा के पास है…गांवों का संपर्क कट गया है…"
    page = f"{HEADLINE}\n\n{line}\n\n{STORY}\n"
    assert not clean(Source(path="a.txt", name="a", text=page, given=Metadata())).dropped
    assert not bp.ellipsis_prose("पुलिस ने कहा कि जांच जारी है...")


@pytest.mark.parametrize(
    ("line", "byline", "site", "place"),
    [
        ("जनादेश न्यूज़ नवादा", "जनादेश न्यूज़", "जनादेश न्यूज़", "नवादा"),  # the paper and its desk's town
        ("न्यूज इंप्रेशन, संवाददाता", "न्यूज इंप्रेशन", "न्यूज इंप्रेशन", None),  # the paper beside a bare role
        ("तेजेश चौहान, तेजस गाजियाबाद", "तेजेश चौहान", "तेजस", "गाजियाबाद"),  # the reporter, the paper, its town
        ("!!वरिष्ठ संवाददाता देव गुर्जर!!", "देव गुर्जर", None, None),  # a senior reporter's role, framed
    ],
)
def test_a_credit_row_of_the_paper_its_town_and_the_reporter_over_the_story(line, byline, site, place):
    assert bylines.read_row(line, over_story=True) == bylines.Row(byline, site, place, None)
    assert bylines.read_row("PIB Delhi", over_story=True) is None  # (a Latin desk is read as one credit)


def test_a_latin_rubric_glued_after_the_headline_is_no_part_of_it():
    assert metadata(f"{HEADLINE}  Latest Haryana News\n\nजयपुर। {STORY}\n").headline == HEADLINE
    assert bp.rubric_suffix(f"{HEADLINE} Sachin Pilot") is None  # (a name, not a rubric)


def test_a_headline_glued_to_the_line_under_it_is_read_where_it_is_printed_alone():
    page = (
        f"{HEADLINE}सीएमओ संजय जैन\n\nDhananjay Dhoundiyal\n1 Min Read\n\n{HEADLINE}\nसीएमओ संजय जैन\n\n{STORY}\n"
    )
    assert metadata(page).headline == HEADLINE


def test_a_short_line_over_a_photo_credit_is_a_caption_not_the_headline():
    page = f"{HEADLINE}\n\nमाता वैष्णो देवी भवन\n– फोटो : संवाद\n{STORY}\n"
    assert metadata(page).headline == HEADLINE
    assert metadata(f"Editor’s Pick\nमाता वैष्णो देवी भवन\n– फोटो : संवाद\n{STORY}\n").headline is None


def test_a_long_headline_set_off_over_the_story_and_a_latin_menu_that_is_no_logo():
    headline = (
        "5 बार के मुख्यमंत्री देने वाले उदयपुर से मंत्री नहीं:राजस्थान के इतिहास में पहली बार उदयपुर से कोई मंत्री"
        " नहीं, बीजेपी हो या कांग्रेस हर बार मंत्रिमंडल में मिलती थी जगह"
    )
    assert len(headline.split()) > 30
    found = metadata(f"Politics Rajasthan State Udaipur\n\n{headline}\n\n{STORY}\n")
    assert (found.headline, found.site) == (headline, None)


def test_dates_a_page_prints_in_figures_glued_or_beside_the_papers_name():
    assert metadata(f"09/11/2025\nरिपोर्ट : वरुण वैध\nधनबाद : {STORY}\n").date == "2025-11-09"
    assert not bp.matches(bp.INITIALS, "09/11/2025") and bp.matches(bp.INITIALS, "पीके/केसी/एके/केके")
    glued = "April 4, 2023बगीचा विकास खंड के पहाड़ी कोरवा गांव में स्वास्थ्य शिविर लगाया गया।"
    assert metadata(f"{HEADLINE}\n{glued}\n{STORY}\n").date == "2023-04-04"
    found = bp.dateline(f"द वीकली टाइम्स, रविवार 18 अगस्त 2024, नई दिल्ली। {STORY}")
    assert (found.place, found.byline, found.date) == ("नई दिल्ली", "द वीकली टाइम्स", "2024-08-18")


@pytest.mark.parametrize(
    ("line", "menu"),
    [
        ("All Newsअंबाला समाचारकरनाल समाचारकुरुक्षेत्र समाचारकैथल समाचारखेत-खलिहानचंडीगढ़सीवनहरियाणा", True),
        ("govthigh paid adsLatest Newsmiddle position adsmy adsUncategorizedकोरबा न्यूज़", True),
        ("iPhone 15 पर भारी छूट, WhatsAppपर नया फीचर", False),  # (a brand's capitals, glued once)
    ],
)
def test_a_menu_glued_many_times_over_is_no_headline(line, menu):
    assert bp.glued_menu(line) is menu


def test_a_weekday_the_date_left_behind_in_a_credit_row_is_read_past():
    row = "By समाचार नाऊ ब्यूरो | Publish Date: Thu ,09 Feb 2017 07:02:50 pm | Updated Date: Thu ,09 Feb 2017"
    assert bylines.read_row(row) == bylines.Row("समाचार नाऊ ब्यूरो", None, None, "2017-02-09T19:02:50")


@pytest.mark.parametrize("line", ["नर्मदा केसरी न्यूज़ नेटवर्क : कृपया सब्सक्राइब कीजिए", "- 1 मिनट पठन"])
def test_a_polite_call_to_subscribe_and_a_reading_time_in_hindi_are_furniture(line):
    page = f"{HEADLINE}\n{line}\nजयपुर। {STORY}\n"
    dropped = clean(Source(path="a.txt", name="a", text=page, given=Metadata())).dropped
    assert line in [entry.text for entry in dropped]


def test_a_towns_two_words_joined_by_a_hyphen_before_its_mark():
    assert metadata(f"{HEADLINE}\n\nसिवनी-मालवा । {STORY}\n").place == "सिवनी-मालवा"
    assert bp.dateline("बी-जमानी । गांव में") is None  # (neither word a known town)


def test_credits_a_reporter_types_and_names_that_are_no_sites():
    assert bp.report_from("बाढ/ अजय कुमार मिश्रा की रिपोर्ट") == ("बाढ", "अजय कुमार मिश्रा", None)
    assert bylines.read_row("रिपोटर मिलन पाठक").byline == "मिलन पाठक"  # (typed without its र्)
    found = bp.dateline(f"Odisha News, भुवनेश्वर 07 अप्रैल (वार्ता) : {STORY}")
    assert (found.place, found.byline, found.site) == ("भुवनेश्वर", "वार्ता", None)  # (a state's section)
    assert bp.dateline(f"राजस्थान न्यूज़: {STORY}") is not None  # (alone, still the dateline's kicker)
    assert bp.caps_logo("TARESH SINGH") is None and bp.caps_logo("BUDAUN SHIKHAR") == "BUDAUN SHIKHAR"
    assert not bp.is_name("Ad Ad Ad Ad")


def test_datelines_past_a_kicker_that_names_nothing_and_more_town_marks():
    found = metadata(
        f"Tenughat Jail: बोकारो जिले की जेल में कैदी की मौत हुई।\nन्यूज इंप्रेशन, संवाददाता\nBokaro : {STORY}\n"
    )
    assert (found.place, found.byline) == ("Bokaro", "न्यूज इंप्रेशन")
    assert bp.dateline(f"अनूपपुर / {STORY}").place == "अनूपपुर"  # (a spaced slash)
    assert bp.dateline(f"घोरावल-सोनभद्र- {STORY}").place == "घोरावल-सोनभद्र"
    assert bp.dateline(f"(TTT) {STORY}").byline == "TTT" and bp.dateline(f"(भाषा) {STORY}").place is None


def test_sites_a_papers_name_under_the_headline_and_a_latin_logo_glued_to_the_menu():
    found = metadata(f"{HEADLINE}\nयूपी फाइट टाइम्स\nठा. अनीष रघुवंशी\nफतेहपुर। {STORY}\n")
    assert found.site == "यूपी फाइट टाइम्स"
    assert metadata(f"Power Newsछत्तीसगढ़सारंगढ़-बिलाईगढ़\n{HEADLINE}\n\nरायपुर। {STORY}\n").site == "Power News"
    assert metadata(f"Main Slideउत्तराखंड\n{HEADLINE}\n\nरायपुर। {STORY}\n").site is None  # (a theme's label)
    assert bp.latin_logo("Big NewsPithoragarhUttarakhand") is None  # (menu words glued twice)


@pytest.mark.parametrize(
    ("page", "headline"),
    [
        # past a byline's name and a separator; past the English title cut off too
        (
            f"{HEADLINE}, पूरी खबर जानने के लिए आगे पढ़े....\n..\nअराधना मौर्या\n{STORY}\n",
            f"{HEADLINE}, पूरी खबर जानने के लिए आगे पढ़े....",
        ),
        (
            f"Breaking News\nPress conference of senior Congress leader...\n{HEADLINE}…\n{STORY}\n",
            f"{HEADLINE}…",
        ),
        # printed twice alike, a section between; printed again with a state's crumb glued before it
        (f"Connect with us\n{HEADLINE}…\nउत्तराखंड\n{HEADLINE}…\nदेहरादून। {STORY}\n", f"{HEADLINE}…"),
        (
            f"Home छत्तीसगढ़ छत्तीसगढ़ : {HEADLINE} और...\n\nछत्तीसगढ़ : {HEADLINE} और जमकर हंगामा…\n0\n{STORY}\n",
            f"छत्तीसगढ़ : {HEADLINE} और जमकर हंगामा…",
        ),
        # under labels that end with a colon
        (f"Latest:\nRecent News\n{HEADLINE}…\n\nजशपुर । वर्तमान भारत ।\n{STORY}\n", f"{HEADLINE}…"),
    ],
)
def test_a_headline_cut_off_with_an_ellipsis_is_no_teaser(page, headline):
    assert metadata(page).headline == headline


def test_a_first_line_the_story_says_again_is_the_headline_where_none_is_found():
    opening = "गौरीकुण्ड से आगे पैदल मार्ग हुआ क्षतिग्रस्त। फिलहाल केदारनाथ धाम यात्रा अस्थाई तौर पर रुकी।"
    page = f"KedarnathUttrakhand\n{opening}\n\n{opening} पुलिस ने बताया कि मार्ग खोला जा रहा है।\n"
    assert metadata(page).headline == opening
    lead = "विदेश कार्यालय ने कहा कि आतंकवाद पूरे क्षेत्र के लिए एक साझा खतरा है।"  # (a lead reports speech)
    assert metadata(f"{lead}\n\n{lead} {STORY}\n").headline is None


@pytest.mark.parametrize(
    "page",
    [
        f"कोरबा : 43 हाथियों का दल पसान रेंज में, वन विभाग की जमी नज़र,\n\nकोरबा : {STORY}\n",
        f"कानपुर। इन्वेस्टर्स समिट का हुआ आयोजन, जानिए कितने करोड़ का हुआ निवेश।\nइब्ने हसन ज़ैदी\nकानपुर। {STORY}\n",
    ],
)
def test_a_headline_opening_with_the_town_the_storys_dateline_names_again(page):
    assert metadata(page).headline == page.split("\n")[0]


@pytest.mark.parametrize(
    ("line", "place", "byline"),
    [
        ("जबलपुर, यशभारत।", "जबलपुर", "यशभारत"),  # a paper's one word after a known town
        ("हापुड़,सीमन:", "हापुड़", "सीमन"),  # a reporter's
        ("कुआलालंपुर, मलेशिया:", "कुआलालंपुर", None),  # (a town no gazetteer names, then its country)
    ],
)
def test_one_word_the_gazetteer_lacks_after_a_known_town_is_a_credit(line, place, byline):
    found = bp.dateline(f"{line} {STORY}")
    assert (found.place.split(",")[0], found.byline) == (place, byline)


def test_a_one_word_credit_beside_the_town_that_is_no_given_name_is_the_papers_own():
    assert metadata(f"{HEADLINE}\n\nजबलपुर, यशभारत। {STORY}\n").site == "यशभारत"
    assert metadata(f"{HEADLINE}\n\nजबलपुर, संजय। {STORY}\n").site is None  # (a reporter's given name)


def test_a_sites_address_said_in_words_names_it():
    found = metadata(f"{HEADLINE}\n\nलोकमतचक्र डॉट कॉम। {STORY}\n")
    assert (found.place, found.byline, found.site) == (None, "लोकमतचक्र डॉट कॉम", "लोकमतचक्र")


def test_a_latin_logo_first_on_a_page_without_a_headline_and_a_byline_naming_a_place():
    assert metadata(f"Charchaa a Khas\nभागलपुर ब्यूरो (कुंदन राज)।\nभागलपुर। {STORY}\n").site == "Charchaa a Khas"
    page = f"{HEADLINE}\n\nMuzaffarpur Now\n\nPublished\n\n1 year ago\n\nजमुई। {STORY}\n"
    assert metadata(page).site == "Muzaffarpur Now"


def test_a_dash_led_standfirst_over_the_byline_is_no_headline_and_a_dash_before_one_is_cut():
    page = f"{HEADLINE}\n-महापौर ने सभी को बधाई दी, पार्षदों ने उनका आभार जताया\nमोहसिन खान\nगाजियाबाद। {STORY}\n"
    assert metadata(page).headline == HEADLINE
    assert metadata(f"- {HEADLINE}\n\nजौनपुर। {STORY}\n").headline == HEADLINE


def test_a_line_between_the_headline_and_its_byline_row_is_the_headlines_deck():
    page = (NEWS / "divyangjagat-nasirabad-no-confidence-chairman.txt").read_text(encoding="utf-8")
    dropped = clean(Source(path="a.txt", name="a", text=page, given=Metadata())).dropped
    assert ("अब भाजपा का बनेगा चैयरमेन", DECK) in [(d.text, d.reason) for d in dropped]


@pytest.mark.parametrize("logo", ["State News", "News Description"])
def test_a_boxs_or_a_menus_label_over_the_headline_is_no_site(logo):
    assert metadata(f"{logo}\n{HEADLINE}\nबिलासपुर। {STORY}\n").site is None


def test_the_sites_address_alone_on_a_line_names_it_and_a_handle_does_not():
    assert metadata(f"{HEADLINE}\n\nwebmorcha.com\n\nओड़िशा। {STORY}\n").site == "webmorcha.com"
    for line in ("shishir.somani", "youtube.com"):
        assert metadata(f"{HEADLINE}\n\n{line}\n\nओड़िशा। {STORY}\n").site is None


def test_a_correspondents_town_after_the_role_is_no_author_nor_the_dateline():
    found = metadata(f"राकेश शर्मा,जिला संवाददाता जोधपुर\nKey Line Times\n{HEADLINE}\n{STORY}\n")
    assert (found.byline, found.place) == ("राकेश शर्मा", None)


def test_a_report_credit_with_the_sites_name_before_the_town_and_the_site_after_the_dateline():
    page = (
        "सियासत दर्पण न्यूज़ बिलासपुर से जावेद खान की रिपोर्ट\n"
        f"बिलासपुर,सियासत दर्पण न्यूज़, ग्रीष्मकालीन अवकाश के बाद आज से सभी शालाएं खुल गई। {STORY}\n"
    )
    found = metadata(page)
    assert (found.headline, found.place, found.byline, found.site) == (
        None,
        "बिलासपुर",
        "जावेद खान",
        "सियासत दर्पण न्यूज़",
    )
    assert story_text(page).startswith("ग्रीष्मकालीन अवकाश")


def test_a_town_and_its_short_date_alone_under_the_headline():
    found = metadata(f"{HEADLINE}\nबीकानेर 29.05.20\n{STORY}\n")
    assert (found.place, found.date) == ("बीकानेर", "2020-05-29")


def test_the_headline_again_with_a_note_in_brackets_is_its_pictures_caption_not_a_dateline():
    page = (
        f"बाड़मेर: {HEADLINE}\n\nAug 30, 2025 - 14:16\nबाड़मेर: {HEADLINE} ( AI Generate Image )\n\n"
        f"गडरारोड (बाड़मेर)। {STORY}\n"
    )
    result = clean(Source(path="a.txt", name="a", text=page, given=Metadata()))
    assert result.metadata.place == "गडरारोड"
    assert [b.kind for b in result.blocks if "AI Generate" in b.text] == ["caption"]


def test_a_headline_trailing_off_in_two_dots_under_a_topic_word():
    found = metadata(f"बारिश\nकिसानों को इंतजार कब होंगे इन्द्रदेव मेहरबान..\n{STORY}\n")
    assert found.headline == "किसानों को इंतजार कब होंगे इन्द्रदेव मेहरबान.."


def test_a_latin_logo_with_its_desks_town_and_the_reporters_latin_name_under_the_headline():
    found = metadata(f"{HEADLINE}\n\nPMG News Hisar\n\nSatbir Chauhan\n\n{STORY}\n")
    assert (found.site, found.place, found.byline) == ("PMG News", "Hisar", "Satbir Chauhan")
    # a labelled credit under a section's name is no reporter's name under a logo
    found = metadata(f"{HEADLINE}\nUttarpradesh News\nEditor-Aditya Sharma Auraiya\n{STORY}\n")
    assert found.site is None


def test_a_day_without_its_year_and_a_town_slash_surname_dateline():
    found = metadata(f"{HEADLINE}\n\n18 अक्टूबर -हथीन/माथुर : {STORY}\n")
    assert (found.date, found.place, found.byline, found.site) == (None, "हथीन", "माथुर", None)


@pytest.mark.parametrize("under", ["Latest Posts", "spot_img", "20.1 C", "HomeIndiaश्मशान घाट", "बस्ती मण्डल"])
def test_a_themes_bar_of_today_over_its_menu_is_no_date(under):
    assert metadata(f"Friday, June 2, 2023\n{under}\n{HEADLINE}\n{STORY}\n").date is None


def test_a_date_alone_over_the_sites_latin_logo_is_the_bars_today():
    assert metadata(f"May 25, 2025\nDevsaral Darpan\n{HEADLINE}\n{STORY}\n").date is None


@pytest.mark.parametrize("under", [HEADLINE, "a year ago", "RANCHI"])
def test_a_blogs_post_date_over_its_headline_its_age_or_its_town_dates_the_story(under):
    assert metadata(f"Sunday, July 31, 2016\n{under}\n{HEADLINE}\n{STORY}\n").date == "2016-07-31"


@pytest.mark.parametrize(
    ("between", "dateline", "byline", "site"),
    [
        # the site's name over the reporter's, and over a dateline with its reporter
        ("समाज जागरण\nविजय तिवारी\n", "शहडोल।", "विजय तिवारी", "समाज जागरण"),
        ("आवाज ए हिमाचल\n", "बबलू गोस्वामी, नादौन।", "बबलू गोस्वामी", "आवाज ए हिमाचल"),
        # a name with its title, then the site, over the story
        ("डॉ. सुरेश कुमार\nतहलका 24×7\n", "शहडोल।", "डॉ. सुरेश कुमार", "तहलका 24×7"),
        # one word tells a site from a name, a section or a town only by a paper's word
        ("मीनाक्षी\n", "शहडोल।", None, None),
    ],
)
def test_short_lines_beside_the_credits_under_the_headline_are_the_byline_and_the_site(
    between, dateline, byline, site
):
    found = metadata(f"{HEADLINE}\n{between}{dateline} {STORY}\n")
    assert (found.byline, found.site) == (byline, site)


@pytest.mark.parametrize(
    ("row", "site"),
    [("January 11, 2022 | samvaad365", "samvaad365"), ("Apr 8, 2021 Reporters24x7 ,", "Reporters24x7")],
)
def test_the_sites_one_word_name_beside_the_date(row, site):
    assert metadata(f"{HEADLINE}\n{row}\n{STORY}\n").site == site


@pytest.mark.parametrize(
    ("logo", "site"),
    [("HindiDainik24News", "HindiDainik24News"), ("FeaturedListNews", None), ("LatestNews", None)],
)
def test_a_sites_name_printed_as_one_word_among_the_first_lines(logo, site):
    assert metadata(f"{logo}\n{HEADLINE}\n{STORY}\n").site == site


@pytest.mark.parametrize(
    ("row", "site"),
    [("मुकेश वैष्णव/दिव्यांग जगत/अजमेर", "दिव्यांग जगत"), ("रमेश ठाकुर – पश्चिम चंपारण,बिहार", None)],
)
def test_a_papers_name_in_a_byline_row_over_the_story(row, site):
    assert metadata(f"{HEADLINE}\n{row}\n{STORY} {STORY}\n").site == site


def test_a_word_the_gazetteer_lacks_in_parentheses_after_a_known_town_is_a_credit_not_a_district():
    assert bp.dateline("अयोध्या(जनमत):- अयोध्या जनपद में") == bp.Dateline(16, "अयोध्या", "जनमत", None, None)
    assert bp.dateline("धारचूला (पिथौरागढ़) । हादसा").byline is None  # a district it knows
    # a word in parentheses names an agency or a service as often as a paper: no site of it
    assert metadata(f"{HEADLINE}\nअयोध्या(जनमत):- {STORY}\n").site is None


def test_a_state_typed_glued_is_a_state_and_a_district_word_names_no_paper():
    assert bp.is_state("मध्यप्रदेश") and bp.is_state("उत्तरप्रदेश")
    # the district's word before a town in a row names the town
    assert bylines.read_row("राम शर्मा, जिला इन्दौर") == bylines.Row("राम शर्मा", None, "इन्दौर", None)
    assert metadata(f"{HEADLINE}\nजिला इन्दौर मध्यप्रदेश\n{STORY} {STORY}\n").site is None


@pytest.mark.parametrize(
    ("line", "byline", "site"),
    [
        ("खबर आजतक, चंबा ब्यूरो", "चंबा ब्यूरो", "खबर आजतक"),  # the paper, then its desk
        ("डेस्क समाचार दर्पण लाइव", "डेस्क समाचार दर्पण लाइव", "समाचार दर्पण लाइव"),  # the desk's word first
        ("द फॉलोअप डेस्कः", "द फॉलोअप डेस्क", "द फॉलोअप"),  # the paper's desk alone, with its mark
    ],
)
def test_a_desks_credit_beside_its_papers_name_over_the_story(line, byline, site):
    found = metadata(f"{line}\n{STORY}\n")
    assert (found.headline, found.byline, found.site) == (None, byline, site)
    # a staff credit and a town, or a reporter and a staff credit, are no paper's
    assert bp.desk_credit("भाषा, नई दिल्ली") is None and bp.desk_credit("राम शर्मा, जागरण संवाददाता") is None


def test_a_town_the_gazetteer_lacks_before_its_districts_slash_is_the_place():
    assert metadata(f"{HEADLINE}\nजसपुरा/बांदा। {STORY}\n").place == "जसपुरा"
    assert metadata(f"{HEADLINE}\nपटना/मोतिहारी, (ब्यूरो न्यूज़)। {STORY}\n").place == "पटना/मोतिहारी"  # two towns


def test_the_storys_dateline_names_the_place_over_a_rows_desk_town_or_a_logos_state():
    row = "Newswrap हिन्दुस्तान, उरईMon, 5 May 2025 09:54 AM"
    assert metadata(f"{HEADLINE}\n{row}\nकालपी। {STORY}\n").place == "कालपी"
    assert metadata(f"{HEADLINE}\n{row}\n{STORY}\n").place == "उरई"  # no dateline: the desk's town
    # a kicker names no town, and gives way to a known desk town
    agra = row.replace("उरई", "आगरा")
    assert metadata(f"{HEADLINE}\n{agra}\nस्थापना दिवस विशेष: {STORY}\n").place == "आगरा"
    assert metadata(f"First Bihar Jharkhand\n\n{HEADLINE}\n\nJAMSHEDPUR: {STORY}\n").place == "JAMSHEDPUR"


def test_a_reporter_signing_right_under_the_story_is_its_byline():
    assert metadata(f"{HEADLINE}\n{STORY}\nरिपोर्ट तबस्सुम लखारा\n").byline == "तबस्सुम लखारा"
    assert metadata(f"{HEADLINE}\n{STORY}\nरिपोर्ट कार्ड जारी\n").byline is None  # no name: a teaser's title


@pytest.mark.parametrize("line", ["- 7 फ़र॰", "Nov 9", "14 दिसम्बर"])
def test_a_date_alone_without_its_year_is_furniture_and_no_date(line):
    result = clean(Source(path="a.txt", name="a", text=f"{HEADLINE}\n{line}\n{STORY}\n", given=Metadata()))
    assert result.metadata.date is None
    assert [d.reason for d in result.dropped] == ["date without its year (no date)"]


def test_a_reporter_named_after_the_town_with_no_mark_between():
    found = metadata(f"{HEADLINE}\nभीलवाड़ा राजकुमार माली। {STORY}\n")
    assert (found.place, found.byline) == ("भीलवाड़ा", "राजकुमार माली")
    # a town's own words name no one
    assert bp.dateline(f"भीलवाड़ा नगर निगम। {STORY}").byline is None


def test_a_reporter_in_parentheses_after_a_town_and_its_district_with_no_mark():
    found = bp.dateline("आरा/भोजपुर (दिनेश प्रसाद सिन्हा) राष्ट्रीय कुंवर सेना द्वारा ज्ञापन दिया गया।")
    assert (found.place, found.byline) == ("आरा/भोजपुर", "दिनेश प्रसाद सिन्हा")


def test_a_papers_name_then_its_reporter_where_the_town_would_stand():
    found = metadata(f"क्राइम खबरनामा, गौरव नागपाल : {STORY}\n")
    assert (found.place, found.byline, found.site) == (None, "गौरव नागपाल", "क्राइम खबरनामा")


def test_a_name_under_a_dateline_alone_over_the_story_is_its_byline():
    # a given name's own ending counts ("कांतिलाल"), a month typed with ब ("नबम्बर") is the month
    found = metadata(f"{HEADLINE}\nउदयपुर 2 नबम्बर\nकांतिलाल मांडोत\n{STORY}\n")
    assert (found.place, found.byline, found.site, found.date) == ("उदयपुर", "कांतिलाल मांडोत", None, None)
    assert bp.is_given_name("नेमीचंद") and not bp.is_given_name("गुलाल") and not bp.is_given_name("दलाल")


def test_a_headline_naming_a_person_is_no_byline_and_its_repeated_kicker_no_logo():
    title = "राकेश गुप्ता का” पश्चाताप”"
    found = metadata(f"{title}\n\n{title}\n\n{STORY}\n")
    assert (found.headline, found.byline) == (title, None)
    headline = "भारत में सस्ते लैपटॉप लॉन्च करेगी Thomson, लेनोवो से लेकर एसर को मिलेगी टक्कर"
    found = metadata(f"{headline}\n\nThomson Laptop\n\nThomson Laptop: {STORY}\n")
    assert (found.byline, found.site) == (None, None)


def test_the_word_for_news_after_a_papers_own_word_is_no_part_of_its_name():
    assert metadata(f"विनय एक्सप्रेस समाचार, बीकानेर। {STORY}\n").site == "विनय एक्सप्रेस"
    assert bp.without_news_word("Punjab Ujala News") == "Punjab Ujala News"
    assert bp.without_news_word("हिन्दुस्थान समाचार") == "हिन्दुस्थान समाचार"


def test_a_link_alone_on_a_line_over_the_story_names_the_site_by_its_host():
    text = f"{HEADLINE}\nhttps://www.shirazehind.com/2026/01/blog-post_17.html\nजौनपुर। {STORY}\n"
    assert metadata(text).site == "shirazehind.com"
    assert bp.address_alone("https://www.youtube.com/watch?v=abc") is None  # a platform's link


def test_a_reporters_row_with_the_town_and_the_staffs_words_after_the_name():
    title = "कस्तूरबा विद्यालय में प्रताडना मामले को लेकर पहुंचे प्रतिनिधियों ने किया जांच"
    assert metadata(f"{title}\nबिनोद कुमार चतरा जिला ब्यूरो\n{STORY}\n").byline == "बिनोद कुमार"
    # beside the dateline, the town alone signs it; after a title one word is the name
    found = metadata(f"{HEADLINE}\nमो0 सुल्तान सूरजपुर\nसूरजपुर/03 अक्टूबर 23/ {STORY}\n")
    assert (found.byline, found.place) == ("मो0 सुल्तान", "सूरजपुर")
    # a row of places names no one
    assert metadata(f"{title}\nमोहला मानपुर अं.चौकी\n{STORY}\n").byline is None


def test_a_papers_name_after_a_states_is_no_town_after_its_state():
    text = f"{HEADLINE}\nछत्तीसगढ़ उजाला\nगौरेला पेंड्रा मरवाही (छत्तीसगढ़ उजाला)। {STORY}\n"
    found = metadata(text)
    assert (found.place, found.site) == ("गौरेला पेंड्रा मरवाही", "छत्तीसगढ़ उजाला")
    assert metadata(f"{HEADLINE}\nउत्तर प्रदेश गोरखपुर\n{STORY}\n").place == "गोरखपुर"


def test_a_towns_news_in_parentheses_is_a_section_and_a_papers_reporter_role_no_part_of_the_name():
    found = metadata(f"{HEADLINE}\nमुंबई (Mumbai News)। {STORY}\n")
    assert (found.place, found.byline, found.site) == ("मुंबई", None, None)
    found = metadata(f"{HEADLINE}\nदीपक नागर पत्रिका रिपोर्टर\nऔबेदुल्लागंज। {STORY}\n")
    assert found.byline == "दीपक नागर"
