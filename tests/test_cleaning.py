"""The clean stage's rules, one at a time, on small articles written for each."""

import importlib.util
import json
from importlib import resources
from pathlib import Path

import pytest

from summarize import boilerplate as bp
from summarize import line_classifier
from summarize.cleaning import (
    AFTER_STORY,
    DATELINE,
    END_CREDIT,
    LATIN_FURNITURE,
    ONE_WORD_LABEL,
    OTHER_STORY,
    OVER_HEADLINE,
    READ_MORE_END,
    RUN_FURNITURE,
    STANDFIRST,
    clean,
    furniture_key,
    is_heading,
)
from summarize.document import Metadata, Source

STORY = "पुलिस ने बताया कि बैठक में सभी थानेदार मौजूद रहे।"
CUTS = (DATELINE, END_CREDIT)  # what is cut off a kept line's front or end


def cleaned(text: str, given: Metadata | None = None, keep_boilerplate: bool = False):
    return clean(Source(path="a.txt", name="a", text=text, given=given or Metadata()), keep_boilerplate)


def kinds(result) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in result.blocks]


def reasons(result) -> dict[int, str]:
    return {d.line: d.reason for d in result.dropped}


def test_trims_collapses_blank_lines_and_joins_wrapped_lines():
    result = cleaned("  पहला वाक्य\t है और यह लंबा वाक्य है,\nजो अगली पंक्ति में जारी रहता है।  \n\n\n\nदूसरा।\n")
    assert [b.text for b in result.blocks] == [
        "पहला वाक्य है और यह लंबा वाक्य है, जो अगली पंक्ति में जारी रहता है।",
        "दूसरा।",
    ]
    assert [b.lines for b in result.blocks] == [(1, 2), (6,)]
    assert result.dropped == ()


def test_exact_repeats_are_dropped_and_recorded():
    result = cleaned("शीर्षक यहां\nशीर्षक यहां\n\nवाक्य एक।\n\nवाक्य एक।\n")
    assert [b.text for b in result.blocks] == ["शीर्षक यहां", "वाक्य एक।"]
    assert [(d.line, d.text, d.reason) for d in result.dropped] == [
        (2, "शीर्षक यहां", "repeats the headline (line 1)"),
        (6, "वाक्य एक।", "repeats line 4"),
    ]


def test_short_unpunctuated_lines_are_headings_not_glued_to_the_next_sentence():
    result = cleaned(f"{STORY}\n\nबीजेपी का तंत्र फैला है\nउन्होंने कहा कि संवाद जरूरी है।\n")
    assert kinds(result) == [
        ("text", STORY),
        ("heading", "बीजेपी का तंत्र फैला है"),
        ("text", "उन्होंने कहा कि संवाद जरूरी है।"),
    ]


def test_heading_rule():
    assert is_heading("गिरोह का करेंगे पर्दाफाश")
    assert not is_heading("गिरोह का पर्दाफाश करेंगे।")
    assert not is_heading(" ".join(["शब्द"] * 30))


def test_top_of_the_page_labels_headline_byline_and_date():
    text = (
        "देश\n\nराज्य\n\nमंत्री ने नई सड़क योजना का किया शिलान्यास\n\nBy Rajesh Kumar\n\n11 जनवरी 2022\n\n" + STORY
    )
    result = cleaned(text)
    assert kinds(result) == [("headline", "मंत्री ने नई सड़क योजना का किया शिलान्यास"), ("text", STORY)]
    assert result.metadata == Metadata(
        headline="मंत्री ने नई सड़क योजना का किया शिलान्यास",
        date="2022-01-11",
        byline="Rajesh Kumar",
        section="देश",
    )
    assert reasons(result) == {
        1: "section label (in metadata)",
        3: "section label",
        7: "byline (in metadata)",
        9: "publication date (in metadata)",
    }


def test_a_headline_with_a_kicker_and_without_is_one_headline():
    result = cleaned(
        "Kanpur News: मंत्री ने नई सड़क योजना का किया शिलान्यास\n\nमंत्री ने नई सड़क योजना का किया शिलान्यास\n\n"
        + STORY
    )
    assert kinds(result)[0] == ("headline", "मंत्री ने नई सड़क योजना का किया शिलान्यास")
    assert reasons(result) == {1: "the headline again (line 3), with 'Kanpur News:' before it"}


def test_the_given_headline_is_the_headline_and_wins_in_metadata():
    text = "नगर निगम की बैठक आज\n\nमंत्री ने नई सड़क योजना का किया शिलान्यास\n\n" + STORY
    result = cleaned(
        text, Metadata(headline="मंत्री ने नई सड़क योजना का किया शिलान्यास", url="https://x.example/a")
    )
    assert kinds(result)[0] == ("headline", "मंत्री ने नई सड़क योजना का किया शिलान्यास")
    assert reasons(result)[1] == OVER_HEADLINE  # a title over the story's own is another story's
    assert result.metadata.url == "https://x.example/a"


@pytest.mark.parametrize(
    ("given", "printed", "date"),
    [
        (
            "2022-01-11",
            "Published : Jan 11, 2022, 11:27 AM IST",
            "2022-01-11T11:27:00+05:30",
        ),  # same day, precise
        ("2022-01-12", "Published : Jan 11, 2022, 11:27 AM IST", "2022-01-12"),  # another day: the input's
        (None, "Jan 11, 2022 11:27", "2022-01-11T11:27:00"),
    ],
)
def test_the_printed_date_refines_the_given_one_only_on_the_same_day(given, printed, date):
    assert cleaned(f"{printed}\n\n{STORY}", Metadata(date=given)).metadata.date == date


def test_related_article_list_runs_to_its_read_more_line():
    text = (
        f"{STORY}\n\nAlso Read\n\nदूसरी खबर का शीर्षक यहां\n\n23 Nov 2024 06:51 AM\n\n"
        "दूसरी खबर का पहला वाक्य यहां है। और पढ़ें\n\nपुलिस ने आगे की जांच शुरू कर दी है।\n"
    )
    result = cleaned(text)
    assert [b.text for b in result.blocks] == [STORY, "पुलिस ने आगे की जांच शुरू कर दी है।"]
    assert reasons(result) == {
        3: "related-articles list",
        **{n: "related-articles list (opened on line 3)" for n in (5, 7, 9)},
    }


def test_related_list_without_an_end_runs_over_its_links_and_stops_at_a_sentence():
    text = f"ये भी पढ़ें:\nपहली खबर का शीर्षक\nदूसरी खबर का शीर्षक\n{STORY}\n"
    result = cleaned(text)
    assert [b.text for b in result.blocks] == [STORY]
    assert sorted(reasons(result)) == [1, 2, 3]


@pytest.mark.parametrize("line", ["खबर और है..", "खबरें और भी हैं", "अन्य खबरें"])
def test_a_more_news_label_opens_a_related_list(line):
    assert bp.matches(bp.RELATED_MARKER, line)
    assert not bp.matches(bp.RELATED_MARKER, "खबर और है कि पुलिस ने जांच शुरू की।")


@pytest.mark.parametrize(
    "line",
    [
        "इसे भी पढ़ें - शुरू हुआ भाजपा का महा जनसंपर्क अभियान",
        "यह भी पढ़ें: कानपुर में बारिश",
        "ये भी पढ़ें- लखनऊ में बैठक",  # पढ़ें with ढ + nukta typed apart
        "ALSO READ | Kanpur traffic diverted today",
    ],
)
def test_related_links_on_one_line(line):
    result = cleaned(f"{STORY}\n\n{line}\n")
    assert reasons(result) == {3: "related-article link"}


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("ऐसी ही जरूरी और विश्वसनीय खबरों के लिए डाउनलोड करें ईटीवी भारत ऐप", "ईटीवी भारत"),
        ("ताजा अपडेट्स के लिए हमें फेसबुक पर फॉलो करें", None),
        ("Download the NewsNow app for the latest news", "NewsNow"),
        ("Follow us on WhatsApp for breaking news", None),
    ],
)
def test_promotions_are_dropped_and_name_the_site(line, site):
    result = cleaned(f"{STORY}\n\n{line}\n")
    assert reasons(result) == {3: "promotion"}
    assert result.metadata.site == site


@pytest.mark.parametrize(
    "line",
    [
        "सरकार ने लोगों से आरोग्य सेतु ऐप डाउनलोड करने की अपील की।",
        "उन्होंने कहा कि किसान मंडी का ऐप डाउनलोड करें।",  # a call reported, not made to the reader
        "Users can download the app from the store.",
        "The newspaper said readers could subscribe to its news service.",
        "Teachers said children should read more.",
    ],
)
def test_story_sentences_about_apps_or_reading_are_kept(line):
    assert cleaned(f"{STORY}\n\n{line}\n").dropped == ()


def test_author_box_and_advertisement_labels():
    text = f"{STORY}\n\nविज्ञापन\n\nपुलिस ने जांच शुरू की।\n\nABOUT THE AUTHOR\n\nराजेश कुमार\n\n...view details\n"
    result = cleaned(text)
    assert reasons(result) == {
        3: "advertisement label",
        7: "author box",
        9: "author box (opened on line 7)",
        11: "author box (opened on line 7)",
    }


def test_captions_printed_twice_credited_or_after_an_image_marker():
    text = (
        f"{STORY}\n\nकमिश्नर विदाई संदेश देते हुए\nकमिश्नर विदाई संदेश देते हुए\n\nUPT | सांसद बैठक करते हुए\n\n"
        "फोटो\nजिलाधिकारी निरीक्षण करते हुए\n\n![मंत्री मंच पर](https://x.example/a.jpg)\n\n![](b.jpg)\n\n"
        "पुलिस ने जांच शुरू की।\n"
    )
    result = cleaned(text)
    assert [(b.kind, b.text) for b in result.blocks if b.kind == "caption"] == [
        ("caption", "कमिश्नर विदाई संदेश देते हुए"),
        ("caption", "UPT | सांसद बैठक करते हुए"),
        ("caption", "जिलाधिकारी निरीक्षण करते हुए"),
        ("caption", "मंत्री मंच पर"),
    ]
    assert reasons(result) == {
        4: "repeats the caption (line 3)",
        8: "image marker",
        13: "image without a caption",
    }


@pytest.mark.parametrize(
    ("paragraph", "place", "byline", "story"),
    [
        ("कानपुर:कानपुर पुलिस कमिश्नर ने विदाई संदेश दिया।", "कानपुर", None, 7),
        ("नई दिल्ली : संसद का सत्र आज से शुरू होगा।", "नई दिल्ली", None, 12),
        ("Kanpur News: यूपी के कानपुर में बैठक हुई।", "Kanpur", None, 13),
        ("लखनऊ (भाषा): मुख्यमंत्री ने बैठक की।", "लखनऊ", "भाषा", 13),
        ("रायपुर। मुख्यमंत्री ने बैठक की।", "रायपुर", None, 8),
        ("ग्वालियर, अतुल सक्सेना। पुलिस ने चोर पकड़ा।", "ग्वालियर", "अतुल सक्सेना", 24),
        ("लखनऊ (राम कुमार). मुख्यमंत्री ने बैठक की।", "लखनऊ", "राम कुमार", 18),
        ("जासं, गाजियाबाद : पुलिस ने चोर पकड़ा।", "गाजियाबाद", "जासं", 18),
        ("किशनगंज, बिहार – जिले में लूट का आरोपी पकड़ा गया।", "किशनगंज", None, 17),
        ("Rain alert : मौसम विभाग ने अलर्ट जारी किया है।", None, None, 13),
        ("नई दिल्ली | केंद्र सरकार ने योजना शुरू की।", "नई दिल्ली", None, 12),
        ("स्टोरी(कमल जगाती, नैनीताल):- उच्च न्यायालय ने मामला निरस्त किया।", "नैनीताल", "कमल जगाती", 29),
        ("देहरादून से शगुफता परवीन की रिपोर्ट: नए डीएम ने कार्यभार संभाला।", "देहरादून", "शगुफता परवीन", 37),
        ("शनिवार (14 दिसंबर) को कमिंस ने रिकॉर्ड बनाया।", None, None, 0),
        ("खेतासराय(जौनपुर) पुलिस ने अभियान चलाया।", "खेतासराय", None, 17),
        ("देवली , इसी शनिवार से दीपावली पर्व शुरू होगा।", "देवली", None, 8),
        ("पुलिस(जौनपुर) ने अभियान चलाया।", None, None, 0),
        ("जानकीनगर(पूर्णियां):-थाना क्षेत्र में युवक गिरफ्तार हुआ।", "जानकीनगर", None, 21),
        ("राहुल शुक्ला, अंबिकापुर। कोरोना की तीसरी लहर की तैयारी है।", "अंबिकापुर", "राहुल शुक्ला", 25),
        ("नईदिल्ली| देश के कई हिस्सों में बारिश हो रही है।", "नईदिल्ली", None, 10),
        ("धमतरी /// नगर निगम की बैठक में हंगामा हुआ।", "धमतरी", None, 10),  # a run of slashes is one mark
        ("रायपुर, छत्तीसगढ़ के खाद्य मंत्री ने बैठक की।", "रायपुर", None, 8),
        ("निखिल शर्मा, मेरठ यूपी के मेरठ जनपद में बैठक हुई।", "मेरठ", "निखिल शर्मा", 18),
        ("लखनऊ, कानपुर और आगरा में बारिश हुई।", None, None, 0),
        ("सावधान.. इन इलाकों में होगी मूसलाधार बारिश।", None, None, 0),  # an ellipsis is no mark
        ("Assembly Byelections; बीजेपी ने सूची जारी की।", None, None, 22),  # a kicker, no known place
        ("महाकुंभ दौरे पर जुबानी जंग: नेता आमने-सामने हुए।", None, None, 0),  # a phrase is no dateline
        ("राम शर्मा, मेरठ के रहने वाले हैं।", None, None, 0),
        ("उन्होंने कहा: हम मिलकर काम करेंगे।", None, None, 0),
        ("वह चला गया। फिर लौटा।", None, None, 0),
        ("बैठक में तय हुआ कि पुलिस और संगठन मिलकर काम करेंगे।", None, None, 0),
    ],
)
def test_dateline_is_read_into_metadata_and_cut_off_the_text(paragraph, place, byline, story):
    result = cleaned(f"शीर्षक यहां है आज\n\n{paragraph}\n")
    assert (result.metadata.place, result.metadata.byline) == (place, byline)
    assert result.blocks[-1].text == paragraph[story:]
    datelines = [d.text for d in result.dropped if d.reason == DATELINE]
    assert datelines == ([paragraph[:story].rstrip()] if story else [])
    assert cleaned(f"शीर्षक यहां है आज\n\n{paragraph}\n", keep_boilerplate=True).blocks[-1].text == paragraph


def test_keep_boilerplate_keeps_every_line_and_still_reads_metadata():
    text = (
        "देश\n\nमंत्री ने नई सड़क योजना का किया शिलान्यास\n\nJan 11, 2022\n\n" + STORY + "\n\nइसे भी पढ़ें - दूसरी खबर\n"
    )
    result = cleaned(text, keep_boilerplate=True)
    assert result.dropped == ()
    assert [b.lines for b in result.blocks] == [(1,), (3,), (5,), (7,), (9,)]
    assert result.metadata.date == "2022-01-11"
    assert result.blocks[1].kind == "headline"


def test_every_line_is_kept_or_dropped(sample_paths):
    for path in sample_paths:
        text = path.read_text(encoding="utf-8")
        result = cleaned(text)
        kept = [n for b in result.blocks for n in b.lines]
        dropped = [d.line for d in result.dropped if d.reason not in CUTS or d.line not in kept]
        non_blank = [n for n, line in enumerate(text.split("\n"), start=1) if line.strip()]
        assert sorted(kept + dropped) == non_blank


FLORES = Path(__file__).resolve().parents[2] / "shared" / "data" / "flores200"


@pytest.mark.parametrize("language", ["hin_Deva", "eng_Latn"])
def test_no_sentence_of_plain_prose_is_taken_for_furniture(language):
    """Two thousand news and wiki sentences, each a paragraph of its own: the rules drop none."""
    files = sorted(FLORES.glob(f"{language}.dev*"))
    if not files:
        pytest.skip(f"FLORES-200 not found under {FLORES}")
    sentences = [line for file in files for line in file.read_text(encoding="utf-8").splitlines()]
    assert len(sentences) > 1000
    result = cleaned("\n\n".join(sentences))
    assert result.dropped == ()
    assert result.metadata == Metadata()


def test_run_furniture_is_dropped_by_its_key():
    text = "शीर्षक यहां है\n\nहोम  »  देश\n\nकानपुर में आज बारिश हुई।"
    furniture = frozenset({furniture_key("होम » देश")})
    cleaned = clean(Source("a.txt", "a", text), furniture=furniture)
    assert [d.reason for d in cleaned.dropped if d.text == "होम » देश"] == [RUN_FURNITURE]
    kept = clean(Source("a.txt", "a", text), keep_boilerplate=True, furniture=furniture)
    assert any(block.text == "होम » देश" for block in kept.blocks)


def _training_script():
    path = Path(__file__).parent.parent / "models" / "train_line_classifier.py"
    spec = importlib.util.spec_from_file_location("train_line_classifier", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _shipped_classifier() -> dict:
    return json.loads(resources.files("summarize").joinpath("line_classifier.json").read_text("utf-8"))


def test_shipped_line_classifier_is_what_its_training_script_fits():
    shipped, fitted = _shipped_classifier(), _training_script().fit(cross_validated=False)
    assert shipped["features"] == fitted["features"] == list(line_classifier.FEATURES)
    for key in ("means", "scales", "weights"):
        assert shipped[key] == pytest.approx(fitted[key], abs=1e-4), key
    assert shipped["bias"] == pytest.approx(fitted["bias"], abs=1e-4)


@pytest.mark.slow
def test_shipped_line_classifiers_threshold_is_what_leaving_each_site_out_gives():
    shipped, fitted = _shipped_classifier(), _training_script().fit()
    assert shipped["threshold"] == pytest.approx(fitted["threshold"], abs=1e-4)
    assert shipped["cross_validation"] == fitted["cross_validation"]


def test_line_classifier_scores_a_comment_prompt_above_a_story_line():
    model = line_classifier.load()
    lines = ["शीर्षक यहां है", STORY, STORY.replace("बैठक", "सभा"), "Leave a Reply"]
    scores = model.probabilities(lines)
    assert scores[3] > 0.5 > scores[1]


def test_line_classifier_refuses_weights_for_other_features():
    with pytest.raises(ValueError, match="has other features"):
        line_classifier.load(json.dumps({"features": ["log_chars"]}))


def test_a_name_under_the_headline_is_the_reporter_only_when_the_story_never_mentions_it():
    headline = "अदालत ने सरकार से चार हफ्ते में जवाब मांगा है इस मामले में"
    story = "सुप्रीम कोर्ट ने सोमवार को सुनवाई की। " + STORY
    caption = cleaned(f"{headline}\n\nसुप्रीम कोर्ट\n\n{story}\n")
    assert caption.metadata.byline is None
    reporter = cleaned(f"{headline}\n\nराम कुमार\n\n{story}\n")
    assert reporter.metadata.byline == "राम कुमार"
    further = cleaned(f"{headline}\n\nबारिश के लिए पूर्वानुमान\n\nमौसम चेतावनी\n\n{story}\n")
    assert further.metadata.byline is None


def test_a_first_line_cut_off_with_an_ellipsis_is_the_headline_only_when_the_story_follows():
    headline = "बारिश से कई जिलों में जलभराव, प्रशासन ने जारी की चेतावनी…"
    assert cleaned(f"{headline}\n{STORY}\n").metadata.headline == headline
    promo = cleaned(f"ऐप पर पढ़ें देश की ताजा खबरें…\n{headline.rstrip('…')}\n{STORY}\n")
    assert promo.metadata.headline == headline.rstrip("…")


def test_a_paper_named_in_a_repost_credit_or_a_headline_is_not_the_site():
    credit = cleaned(f"{STORY}\nfrom Latest News बिहार News18 हिंदी https://ift.tt/2Dlt81u\n")
    assert credit.metadata.site is None
    headline = cleaned(f"बीबीसी और वेबदुनिया का समझौता\n\n{STORY}\n")
    assert headline.metadata.site is None
    own = cleaned(f"डाउनलोड करें ईटीवी भारत ऐप\n\n{STORY}\n")
    assert own.metadata.site == "ईटीवी भारत"


def test_credit_rows_glued_bylines_and_datelines_with_an_address_are_read():
    row = cleaned(f"बैठक में फैसला\nशारदा न्यूज़, संवाददाता |\nमेरठ। {STORY}\n")
    assert (row.metadata.byline, row.metadata.site, row.metadata.place) == ("संवाददाता", "शारदा न्यूज़", "मेरठ")
    foot = cleaned(f"{STORY}\nब्यूरो रिपोर्ट\n")
    assert foot.metadata.byline == "ब्यूरो रिपोर्ट" and 2 in reasons(foot)
    glued = cleaned(f"4 महीने पहलेलेखक: शुभेंदु प्रताप भूमंडल, न्यूज ब्रीफ एडिटर\n\n{STORY}\n")
    assert glued.metadata.byline == "शुभेंदु प्रताप भूमंडल"
    address = cleaned(f"हापुड़, सीमन (ehapurnews.com): {STORY}\n")
    assert (address.metadata.place, address.metadata.byline, address.metadata.site) == (
        "हापुड़",
        "सीमन",
        "ehapurnews.com",
    )
    doubled = cleaned(f"खंडवा।। {STORY}\n\n{STORY}\n")
    assert doubled.metadata.place == "खंडवा" and doubled.blocks[0].text == STORY


def test_comment_boxes_and_an_embedded_posts_credit_are_furniture_and_give_no_date():
    embed = "— Nand Kumar Yadav (@NandKum32708685) March 11, 2021"
    result = cleaned(f"{STORY}\nबेटा तेरा बारी भी आएगा\n{embed}\nPost A Comment:\n0 comments:\n")
    assert result.metadata.date is None
    assert set(reasons(result)) == {3, 4, 5}


def test_lines_in_another_script_are_kept_as_foreign_paragraphs():
    tweet = "We are a 130 crore family so tag karna mushkil hai #TwitterAntakshari hai .."
    result = cleaned(f"{STORY} {STORY} {STORY}\n\n{tweet}\n\nउन्होंने कहा कि यह Twitter पर चल रहा है।\n")
    assert kinds(result) == [
        ("text", f"{STORY} {STORY} {STORY}"),
        ("foreign", tweet),
        ("text", "उन्होंने कहा कि यह Twitter पर चल रहा है।"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "byline", "site"),
    [
        (
            "रायपुर, 29 सितंबर (आरएनएस)। दशहरा पर पुलिस तैनात रहेगी।",
            "आरएनएस",
            "आरएनएस",
        ),  # initials: the site's own
        ("नई दिल्ली, 24 जुलाई, (वीएनआई) संसद का सत्र जारी है।", "वीएनआई", "वीएनआई"),
        ("नई दिल्ली, जनमुख न्यूज।पुलिस ने आरोपी को पकड़ा।", "जनमुख न्यूज", "जनमुख न्यूज"),
        ("भोजपुर, श्रीनारद मीडिया। पुलिस ने कट्टा बरामद किया।", "श्रीनारद मीडिया", "श्रीनारद मीडिया"),
        ("लखनऊ (भाषा): मुख्यमंत्री ने बैठक की।", "भाषा", None),  # an agency credits no site
        (
            "एचआर ब्रेकिंग न्यूज। हिसार जिला के गजेटियर पर बैठक हुई।",
            "एचआर ब्रेकिंग न्यूज",
            "एचआर ब्रेकिंग न्यूज",
        ),  # the site alone credits itself
        ("राष्ट्रीय प्रस्तावना न्यूज़ नेटवर्क हरदोई : बैठक हुई।", "राष्ट्रीय प्रस्तावना न्यूज़ नेटवर्क", "राष्ट्रीय प्रस्तावना"),
        ("जयपुर न्यूज डेस्क। राजस्थान में बारिश हुई।", "जयपुर न्यूज डेस्क", None),  # a town's desk is no site
        ("(छत्तीसगढ़ प्रयाग न्यूज) :- दीपोत्सव धूमधाम से मनाया गया।", "छत्तीसगढ़ प्रयाग न्यूज", "छत्तीसगढ़ प्रयाग न्यूज"),
        ("नईदुनिया प्रतिनिधि, इंदौर। शहर में ठंड बढ़ी है।", "नईदुनिया प्रतिनिधि", "नईदुनिया"),  # a paper's staff
        ("जनजीवन ब्यूरो / पटना : परीक्षा का परिणाम आया।", "जनजीवन ब्यूरो", "जनजीवन"),  # a name of its own
        ("डेली संवाद, लुधियाना। पुलिस ने छापा मारा।", "डेली संवाद", "डेली संवाद"),  # a daily's name
        ("जीएन न्यूज संवाददाता: गांवों में लाइब्रेरी बनी।", "जीएन न्यूज संवाददाता", "जीएन न्यूज"),
        ("डिजिटल डेस्क, नागपुर। शहर में बारिश हुई।", "डिजिटल डेस्क", None),  # the desk's kind, no paper
        ("हरियाणा डेस्क, चंडीगढ़। बैठक हुई।", "हरियाणा डेस्क", None),  # a state's desk
        ("राम शर्मा संवाददाता, आगरा। बैठक हुई।", "राम शर्मा संवाददाता", None),  # a reporter
        ("रायपुर ( शिखर दर्शन ) // पुलिस ने आरोपी को पकड़ा।", "शिखर दर्शन", "शिखर दर्शन"),  # a paper's word ends it
        ("उदित वाणी, रांची : परीक्षा का रिजल्ट जल्द आएगा।", "उदित वाणी", "उदित वाणी"),
        ("जयपुर। रिपोर्ट टाइम्स।\nपुलिस ने बड़ी कार्रवाई की है।", "रिपोर्ट टाइम्स", "रिपोर्ट टाइम्स"),
        ("तुफान मेल न्युज, मंडी. पहाड़ी दरकने से हादसा हुआ।", "तुफान मेल न्युज", "तुफान मेल न्युज"),
        ("लखनऊ (दर्शन सिंह)। बैठक हुई।", "दर्शन सिंह", None),  # a man named Darshan
    ],
)
def test_a_datelines_credit_of_the_sites_own_names_the_site(paragraph, byline, site):
    result = cleaned(f"शीर्षक यहां है आज\n\n{paragraph}\n")
    assert (result.metadata.byline, result.metadata.site) == (byline, site)


def test_a_name_beside_the_date_line_is_the_byline_and_labels_are_not():
    story = f"{STORY} {STORY}"
    for name, date in (("Nilmani Pal", "7 April 2022 1:07 PM GMT"), ("Pooja Khodani", "Published on -")):
        result = cleaned(f"बैठक में सभी थानेदार मौजूद रहे\n\n{name}\n{date}\n\n{story}\n")
        assert result.metadata.byline == name
    for label in ("min read", "Site Admin", "a year ago"):
        result = cleaned(f"बैठक में सभी थानेदार मौजूद रहे\n\n{label}\n7 April 2022 1:07 PM GMT\n\n{story}\n")
        assert result.metadata.byline is None


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("जलालपुर, अंबेडकर नगर।", "जलालपुर"),  # the town, not its district
        ("असम, गुवाहाटी।", "गुवाहाटी"),  # its state first
        ("जबलपुर, यशभारत।", "जबलपुर"),  # the paper after it
        ("बबलू गोस्वामी, नादौन।", "नादौन"),  # the reporter before it
        ("पटना/मोतिहारी, (ब्यूरो)।", "पटना/मोतिहारी"),  # towns filed from together
    ],
)
def test_the_place_is_the_town_the_dateline_files_from(dateline, place):
    assert cleaned(f"शीर्षक यहां है आज\n\n{dateline} {STORY}\n").metadata.place == place


def test_a_town_before_its_district_is_the_dateline_not_the_headline():
    result = cleaned(f"नकुड़, सहारनपुर\nरिपोर्ट...हसीब ख़ान\n{STORY}\n")
    assert (result.metadata.headline, result.metadata.place, result.metadata.byline) == (
        None,
        "नकुड़",
        "हसीब ख़ान",
    )


def test_markup_number_rows_and_source_credits_are_furniture():
    text = f"शीर्षक यहां है आज\n\n<p>\n4 (1) 3 (2) 2 (1) 1 (1)\n{STORY}\n</p>\n(पीटीआई से इनपुट्स के साथ)\n"
    result = cleaned(text)
    assert [b.text for b in result.blocks if b.kind == "text"] == [STORY]
    assert result.metadata.byline == "पीटीआई"
    assert reasons(result)[4] == "numbers without words (a counter, a gallery's index)"


def test_report_credits_relative_times_and_embed_labels_are_furniture():
    text = (
        "शीर्षक यहां है आज\n\nधार4 मिनट पहले\nईस्ट इंडिया टाइम्स रिपोर्ट संजीव सक्सेना।\n"
        f"{STORY}\nदेखिए कार्यक्रम का सीधा प्रसारण :\nRead More : दूसरी खबर का शीर्षक यहां\n"
    )
    result = cleaned(text)
    assert [b.text for b in result.blocks if b.kind == "text"] == [STORY]
    assert (result.metadata.byline, result.metadata.site) == ("संजीव सक्सेना", "ईस्ट इंडिया टाइम्स")


def test_a_kicker_after_the_dateline_is_cut_too():
    result = cleaned(f"शीर्षक यहां है आज\n\nडेली संवाद, लुधियाना। Punjab News: {STORY}\n")
    assert result.metadata.place == "लुधियाना"
    assert result.blocks[-1].text == STORY


def test_three_names_in_a_row_are_credits_surname_known_or_not():
    names = (
        "Kuldeep Khandelwal/ Niti Sharma/ Kaviraj Singh Chauhan/ Vineet Dhiman/ Anirudh vashisth/ Anju Sandi"
    )
    result = cleaned(f"हिमाचल की टीम ने कबड्डी में जीता गोल्ड मेडल\n{names}\n{STORY} {STORY}\n")
    assert result.metadata.byline == names


def test_an_install_prompt_is_a_promotion_naming_the_site_and_a_papers_credit_is_the_site():
    prompt = "Ads से है परेशान? बिना Ads खबरों के लिए इनस्टॉल करें दैनिक भास्कर ऐप"
    result = cleaned(f"शीर्षक यहां है आज\n\n{prompt}\n\n{STORY}\n")
    assert (result.metadata.site, reasons(result)[3]) == ("दैनिक भास्कर", "promotion")
    result = cleaned(f"शीर्षक यहां है आज\nAuthor: Dainik Awantika\n\n{STORY}\n")
    assert (result.metadata.byline, result.metadata.site) == ("Dainik Awantika", "Dainik Awantika")


def test_a_bulleted_line_is_no_headline_and_player_feed_and_embed_labels_are_furniture():
    text = (
        "• दूसरी खबर का शीर्षक यहां है आज\nख़बर सुनकर\n\nइस खबर का अपना शीर्षक यहां है आज\n\n"
        f"{STORY}\nदेखें आदेश\nSubscribe to:\nPost Comments (Atom)\n"
    )
    result = cleaned(text)
    assert result.metadata.headline == "इस खबर का अपना शीर्षक यहां है आज"
    assert result.metadata.byline is None
    assert {2, 7, 8, 9} <= set(reasons(result))


def test_an_advertisements_image_is_no_caption():
    result = cleaned(f"शीर्षक यहां है आज\n\n![Banner Ad](http://example.in/ad.jpg)\n\n{STORY}\n")
    assert reasons(result)[3] == "advertisement (an image)"
    assert [b.kind for b in result.blocks] == ["headline", "text"]


@pytest.mark.parametrize(
    "headline",
    [
        "इस तारीख को होगी कैबिनेट की बैठक, कई अहम फैसलों पर लग सकती है मुहर.....",
        "खनिज विभाग का छापा, रेत माफियाओं में मचा हड़कंप….",  # (an ellipsis and full stops mixed)
    ],
)
def test_a_headline_may_trail_off_in_an_ellipsis(headline):
    assert cleaned(f"{headline}\n\n{STORY}\n").metadata.headline == headline


@pytest.mark.parametrize("label", ["शहर", "जांजगीर-चाम्पा", "आतंकी"])
def test_one_word_over_the_story_is_no_headline(label):
    assert cleaned(f"{label}\n\n{STORY}\n").metadata.headline is None
    teaser = "कांकेर टॉप 10 अब पढें विस्तार से…."
    headline = "महानदी से लीगल उत्खनन का नियम क्या है"
    assert cleaned(f"{teaser}\n\n{headline}\n\n{STORY}\n").metadata.headline == headline


def test_a_crawls_date_before_the_text_dates_the_story_and_is_cut():
    result = cleaned(f"शीर्षक यहां है आज\n\n date 2025-12-17 जागरण संवाददाता, रुद्रपुर। {STORY}\n")
    m = result.metadata
    assert [m.date, m.place, m.byline, m.site] == ["2025-12-17", "रुद्रपुर", "जागरण संवाददाता", "जागरण"]
    assert result.blocks[-1].text == STORY
    result = cleaned(f"date 2025-10-16 गुजरात में मंत्रियों ने इस्तीफा दिया\n\n{STORY}\n")
    assert (result.metadata.headline, result.metadata.date) == ("गुजरात में मंत्रियों ने इस्तीफा दिया", "2025-10-16")


def test_a_copyright_lines_owner_and_a_logo_in_capitals_name_the_site():
    result = cleaned(f"शीर्षक यहां है आज\n\n{STORY}\n\n2023 © DL NEWS. All Rights Reserved.\n")
    assert result.metadata.site == "DL NEWS"
    result = cleaned(f"BUDAUN SHIKHAR\nशीर्षक यहां है आज\n\n{STORY}\n")
    assert result.metadata.site == "BUDAUN SHIKHAR"
    for line in ("UTTAR PRADESH", "BREAKING NEWS", "© सर्वाधिकार सुरक्षित"):
        assert cleaned(f"{line}\nशीर्षक यहां है आज\n\n{STORY}\n").metadata.site is None


def test_share_prompts_and_links_elsewhere_are_furniture():
    text = f"शीर्षक यहां है आज\n\n{STORY}\nव्हाट्सएप पर शेयर करें\nसमाचार स्रोत: मूल लेख पढ़ने के लिए यहां क्लिक करें\n"
    assert set(reasons(cleaned(text))) == {4, 5}
    # (the link set off by arrows; a prompt to watch what is embedded, pointing at it)
    text = f"शीर्षक यहां है आज\n\n{STORY}\nअधिक खबरों के लिये यहाँ >>क्लिक<< करें\nदेखिए वीडियो भी 👆\n"
    assert set(reasons(cleaned(text))) == {4, 5}


def test_a_title_row_glued_to_crumbs_in_capitals_loses_them():
    assert bp.title_after_crumbs("HomeTECHNOLOGYअब कार नहीं आ रही है CNG Bike") == len("HomeTECHNOLOGY")
    assert bp.title_after_crumbs("Home Minister ने कहा कि सब ठीक है") is None


@pytest.mark.parametrize("credit", ["(भाषा)", "(हि.स.)।", "(आरएनएस)", "[वार्ता]"])
def test_an_agencys_credit_at_the_storys_end_is_cut_into_the_byline(credit):
    result = cleaned(f"शीर्षक यहां है आज\n\n{STORY} {credit}\n")
    assert result.blocks[-1].text == STORY
    assert result.metadata.byline == credit.strip("()[]।")
    assert [(d.line, d.text, d.reason) for d in result.dropped] == [(3, credit, END_CREDIT)]
    # A name in parentheses closing a sentence is the story's.
    text = f"{STORY} (राम कुमार)"
    assert cleaned(f"शीर्षक यहां है आज\n\n{text}\n").blocks[-1].text == text


@pytest.mark.parametrize(
    "text",
    [
        # a line stopping mid-sentence goes on in the next
        "पटना, 15 अगस्त। मुख्यमंत्री श्री नीतीश कुमार ने पटना के\nऐतिहासिक गांधी मैदान में परेड की सलामी ली\n"
        "और झंडा फहराया।",
        # the next line finishes the sentence with its verb
        "सभी अधिकारी बैठक में रहे। जिला परिषद के अधिकारी को एसडीएम नियुक्त\nकिया गया है। वह अब काम देखेंगे।",
        # as wide as the text lines around it
        "उत्तर प्रदेश के सुल्तानपुर जिले में पुलिस ने गोमांस बरामद किया।\nउन्होंने बताया कि पकड़े गए आरोपी के पास से सवा\n"
        "कुंतल गोमांस, दो चॉपर और दो चाकू बरामद किए गए हैं।",
    ],
)
def test_hard_wrapped_lines_are_one_paragraph_not_headings(text):
    result = cleaned(f"शीर्षक यहां है आज\n\n{text}\n")
    assert [b.kind for b in result.blocks] == ["headline", "text"]


def test_a_subheading_between_long_paragraphs_stays_a_heading():
    first = f"{STORY} गांव के लोगों ने बताया कि रात में दो लोग बाइक से आए थे और घर के बाहर खड़े रहे।"
    second = "थाने में मामला दर्ज हुआ है। पुलिस ने आसपास के कैमरों की फुटेज जुटाई है और दो लोगों से पूछताछ की है।"
    result = cleaned(f"शीर्षक यहां है आज\n\n{first}\nपुलिस कर रही जांच\n{second}\n")
    assert [b.kind for b in result.blocks] == ["headline", "text", "heading", "text"]


def test_rows_of_the_story_s_figures_after_its_text_are_kept():
    rows = ["रिचार्ज संख्या- 13, वैलिडिटी 13×28 = 364 दिन", "एक्स्ट्रा डाटा- 5 जीबी, 5+28=33 जीबी"]
    result = cleaned(f"शीर्षक यहां है आज\n\n{STORY}\n" + "".join(f"{row}\n" for row in rows))
    assert [b.text for b in result.blocks[-2:]] == rows
    related = cleaned(f"शीर्षक यहां है आज\n\n{STORY}\nदूसरी खबर का शीर्षक यहां\n")
    assert related.blocks[-1].text == STORY


def test_a_sentence_a_blank_line_cut_into_is_one_paragraph():
    first = (
        "उन्होंने बताया कि बेगूसराय जिला एवं खगड़िया जिला एक संवेदनशील इलाका है और इसमें बेहतर पुलिसिंग के"
        " लिए किन माध्यमों का उपयोग किया जाए इस पर गहन विचार विमर्श किया"
    )
    result = cleaned(f"शीर्षक यहां है आज\n\n{STORY}\n{first}\n\nगया है।\n")
    assert result.blocks[-1].text == f"{STORY} {first} गया है।"
    # (a verse's line ends in a comma, and the next opens its own sentence)
    verse = "भजन मेरी मैया ने ऐसी सौगात दे दी जागरण के लिए सारी रात दे दी,"
    kept = cleaned(f"शीर्षक यहां है आज\n\n{verse}\n\nगया तो बजाने लगे सब भक्त।\n")
    assert [b.text for b in kept.blocks[1:]] == [verse, "गया तो बजाने लगे सब भक्त।"]


def test_an_amp_pages_logo_text_names_the_site_and_buttons_in_capitals_do_not():
    result = cleaned(f"Site icon Hindi Dynamite News\nशीर्षक यहां है आज\n\n{STORY}\n")
    assert (result.metadata.site, reasons(result)[1]) == ("Hindi Dynamite News", "the site's logo")
    assert cleaned(f"शीर्षक यहां है आज\n\n{STORY}\n\nLEAVE A REPLY\n").metadata.site is None


def test_a_line_opening_with_a_byline_label_is_no_headline():
    result = cleaned(f"रिपोर्ट – पवन कुमार श्रीमाली यूपी हेड फतेहपुर\nइस खबर का अपना शीर्षक यहां है आज\n\n{STORY}\n")
    assert result.metadata.headline == "इस खबर का अपना शीर्षक यहां है आज"


def test_a_headline_sentence_over_a_latin_i_dateline_in_its_paragraph():
    text = f"लखनऊ में दिख रहा लॉक डाउन का असर।\nलखनऊ I {STORY}\n"
    result = cleaned(text)
    assert (result.metadata.headline, result.metadata.place) == ("लखनऊ में दिख रहा लॉक डाउन का असर।", "लखनऊ")


@pytest.mark.parametrize(
    ("line", "byline", "site"),
    [
        ("संवाद न्यूज एजेंसी, आगरा", "संवाद न्यूज एजेंसी", None),  # an agency and its desk's town
        ("बैसा/सिटिहलचल न्यूज़", "सिटिहलचल न्यूज़", "सिटिहलचल न्यूज़"),
        ("रिपोर्ट कदीर खान", "कदीर खान", None),  # no mark, but a surname
        ("अजीत पाण्डेय की रिपोर्ट", "अजीत पाण्डेय", None),
    ],
)
def test_credit_lines_beside_a_town_or_without_a_mark(line, byline, site):
    result = cleaned(f"शीर्षक यहां है आज\n{line}\n\n{STORY}\n")
    assert (result.metadata.byline, result.metadata.site) == (byline, site)
    assert 2 in reasons(result)


def test_a_player_prompt_and_a_poll_button_are_furniture():
    result = cleaned(f"शीर्षक यहां है आज\n\n👇खबर सुनने के लिए प्ले बटन दबाएं\n{STORY}\nवोट करें\n")
    assert set(reasons(result)) == {3, 5}


def test_a_sections_name_alone_is_a_label_and_a_share_request_is_furniture():
    result = cleaned(f"- राज्य\nइस खबर का अपना शीर्षक यहां है आज\n\n{STORY}\nखबर को शेयर करे\n")
    assert result.metadata.headline == "इस खबर का अपना शीर्षक यहां है आज"
    assert set(reasons(result)) == {1, 5}


def test_a_headline_written_as_one_short_sentence_on_the_first_line_is_the_headline():
    # (page shapes of dailymails.com and publicnews: a sentence-shaped headline, then the story)
    headline = "चीन में भयानक सड़क हादसा, आपस में टकराई 50 कारें।"
    result = cleaned(f"{headline}\n\n{STORY} {STORY}\n")
    assert result.metadata.headline == headline
    assert kinds(result)[0] == ("headline", headline)
    # a lead reporting speech, a first sentence longer than a headline, or two sentences are the story's
    # text; so is a long first sentence in the story's first paragraph
    long = (
        "जिले में सोमवार को हुई भारी बारिश से कई गांवों का संपर्क टूट गया और किसानों की खेतों में खड़ी फसलें"
        " पूरी तरह बर्बाद हो गईं।"
    )
    for first in (STORY, long, "भारी बारिश हुई। सड़कें टूट गईं।"):
        assert cleaned(f"{first}\n\n{STORY}\n").metadata.headline is None
    shorter = "जिले में सोमवार को हुई भारी बारिश से कई गांवों का संपर्क टूट गया और फसलें बर्बाद हो गईं।"
    assert cleaned(f"{shorter}\n{STORY}\n").metadata.headline is None
    assert cleaned(f"{shorter}\n\n{STORY}\n").metadata.headline == shorter  # set off: a headline


def test_an_english_title_opening_a_hindi_page_is_its_headline_only_when_it_has_no_hindi_one():
    title = "Boss: 1st Day Box Office Collections, Akshay Breaks His Best Record"
    only = cleaned(f"{title}\n\nमुंबई। {STORY} {STORY}\n")
    assert only.metadata.headline == title
    hindi = "अक्षय की फिल्म बॉस ने पहले दिन रिकॉर्ड तोड़ा"
    both = cleaned(f"{title}\n\n{hindi}\n\nमुंबई। {STORY} {STORY}\n")
    assert both.metadata.headline == hindi
    assert reasons(both)[1] == LATIN_FURNITURE


@pytest.mark.parametrize(
    ("line", "place", "byline", "site"),
    [
        ("उत्तर प्रदेश प्रयागराज से पवन मिश्रा की रिपोर्ट", "प्रयागराज", "पवन मिश्रा", None),
        (
            "उत्तर प्रदेश / महाराजगंज से बेखौफ खबर के लिए स्वतंत्र पत्रकार जगदम्बा प्रसाद की रिपोर्ट",
            "महाराजगंज",
            "जगदम्बा प्रसाद",
            "बेखौफ खबर",
        ),
        ("By vandna", None, "vandna", None),  # a bare "By" before a name alone
        ("By भाषा | Updated: June 29, 2021 20:02 IST", None, "भाषा", None),  # beside the date
        ("23 DEC 2025 6:19PM by PIB Delhi", None, "PIB Delhi", "PIB"),  # a known agency site
        ("लोकेशन – हथगांव फतेहपुर", "हथगांव फतेहपुर", None, None),  # a labelled location
        ("शोहरतगढ़-सिद्धार्थनगर/ दिनाँक 25 मार्च 2023", "शोहरतगढ़-सिद्धार्थनगर", None, None),  # the date's label
    ],
)
def test_credit_lines_anywhere_on_the_page_are_read_and_dropped(line, place, byline, site):
    result = cleaned(f"शीर्षक यहां है आज\n\n{STORY} {STORY}\n\n{line}\n\n{STORY}\n")
    metadata = result.metadata
    assert (metadata.place, metadata.byline, metadata.site) == (place, byline, site)
    assert 5 in reasons(result)
    # "By the way" is a phrase, no byline
    assert cleaned(f"शीर्षक यहां है आज\n\n{STORY}\n\nBy the way\n").metadata.byline is None


def test_a_sites_logo_above_the_story_is_its_name_never_the_headline():
    result = cleaned(f"मिसाल न्यूज़\n\nरायपुर। {STORY} {STORY}\n")
    assert (result.metadata.headline, result.metadata.site) == (None, "मिसाल न्यूज़")
    assert reasons(result)[1] == "the site's name"
    # a news service's name is the story's credit, not the site's
    service = cleaned(f"समग्र समाचार सेवा\n\nनई दिल्ली। {STORY} {STORY}\n").metadata
    assert (service.headline, service.byline, service.site) == (None, "समग्र समाचार सेवा", None)


def test_a_town_after_its_state_alone_on_a_line_is_the_dateline():
    result = cleaned(f"गोरखनाथ मंदिर में उमड़ी भीड़\n\nउत्तर प्रदेश गोरखपुर\n\n{STORY} {STORY}\n")
    assert result.metadata.place == "गोरखपुर"
    assert reasons(result)[3] == DATELINE


def test_an_unclosed_shortcode_like_line_is_text_and_read_at_once():
    # "[a b= c= ..." with no closing bracket: each attribute reads one way, so the markup test fails
    # at once instead of trying every split of the line (the first pattern took minutes on this)
    line = "[a" + " b= c" * 50 + " पर बात हुई।"
    result = cleaned(f"शीर्षक यहां है आज\n\n{line}\n")
    assert result.blocks[-1].text == line


def test_a_sentence_before_a_dateline_in_its_paragraph_is_story_and_initials_in_a_sentence_are_no_dateline():
    lead = "भारतीय शेयर बाजार में मंगलवार को जोरदार लिवाली रही और सेंसेक्स 600 अंक चढ़कर बंद हुआ।"
    wrapped = "नेशनल स्टॉक एक्सचेंज (एनएसई) के 50 शेयरों पर आधारित निफ्टी भी चढ़ा।"
    result = cleaned(f"सेंसेक्स 601 अंक चढ़कर बंद हुआ\n{lead}\n{wrapped}\n")
    assert [b.text for b in result.blocks if b.kind == "text"] == [f"{lead} {wrapped}"]
    assert result.metadata.place is None and result.metadata.byline is None
    # A short credit over the dateline in its paragraph is the dateline's.
    credited = cleaned(f"बैठक में सभी थानेदार मौजूद रहे\n(ब्यूरो कार्यालय)\nसिवनी (साई)। {STORY}\n")
    assert credited.metadata.place == "सिवनी" and [b.text for b in credited.blocks][-1] == STORY


@pytest.mark.parametrize(
    ("credit", "byline"),
    [
        ("भोपाल। रिपोर्टर देवेन्द्र कुमार जैन", "देवेन्द्र कुमार जैन"),  # the role before the name
        ("Toran Kumar reporter", "Toran Kumar"),  # after it
        ("जयपुर। रिपोर्ट टाइम्स।", "रिपोर्ट टाइम्स"),  # a paper's name, not a role
        ("स्टाफ रिपोर्टर", "स्टाफ रिपोर्टर"),  # a staff credit
    ],
)
def test_a_reporters_role_is_no_part_of_the_byline(credit, byline):
    result = cleaned(f"बैठक में सभी थानेदार मौजूद रहे\n\n{credit}\n\n{STORY}\n")
    assert result.metadata.byline == byline


def test_a_headline_trailing_off_over_the_story_is_the_headline_and_a_list_of_them_is_teasers():
    headline = "स्कॉर्पियो ने स्कूटी सवार को मारी टक्कर...दो बहनों की दर्दनाक मौत से मचा कोहराम..."
    result = cleaned(f"May 06 2024, 20:32\n\n{headline}\n{STORY} {STORY}\n")
    assert result.metadata.headline == headline
    # printed twice, once in a glued title row, with its last word cut in one of them
    twice = "कलेक्टर के निर्देश, बारिश से हुए नुकसान का आकलन करें अफसर…"
    row = "HomeCHHATTISGARHकलेक्टर के निर्देश, बारिश से हुए नुकसान का आकलन करें..."
    assert cleaned(f"{twice}\n\n{row}\n\n{STORY} {STORY}\n").metadata.headline == twice
    # two such lines over the story are a list of other stories' teasers
    teasers = "शहर में बिजली कटौती से लोग परेशान रहे...\nबारिश से कई गांवों का संपर्क टूटा...\n"
    listed = cleaned(f"{teasers}\n{STORY} {STORY}\n")
    assert listed.metadata.headline is None and set(reasons(listed)) == {1, 2}


def test_a_headline_under_the_pages_first_paragraph_is_the_headline_and_a_set_off_subheading_is_not():
    lead = "राजधानी के भारत नगर थाना पुलिस ने एक ऐसे लुटेरे को गिरफ्तार किया है, जो कई दिनों से लूटपाट कर रहा था।"
    headline = "भारत नगर थाना पुलिस ने एक लुटेरे को किया गिरफ्तार"
    result = cleaned(f"{lead}\n{headline}\n{STORY} {STORY}\n")
    assert result.metadata.headline == headline
    assert [b.text for b in result.blocks if b.kind == "text"][0] == lead
    subheading = cleaned(f"{lead}\n\n{headline}\n\n{STORY} {STORY}\n")
    assert subheading.metadata.headline is None


def test_headings_after_the_storys_last_text_are_the_pages_but_a_last_sentence_without_its_mark_is_not():
    related = ["महिला समेत दो मादक तस्कर गिरफ्तार", "दो किलो गांजा बरामद", "एंटरटेनमेंट बॉलीवुड"]
    result = cleaned(f"बैठक में सभी थानेदार मौजूद रहे\n\n{STORY} {STORY}\n\n" + "\n".join(related) + "\n")
    assert [d.text for d in result.dropped if d.reason == AFTER_STORY] == related
    # a heading with text after it is the story's subheading; a last line ending in its verb is a sentence
    last = "आग और धुएं के कारण पास के वार्डों में भगदड़ मच गई"
    more = "अस्पताल के सभी मरीजों को दूसरे वार्डों में भेज दिया गया।"
    kept = cleaned(f"बैठक में सभी थानेदार मौजूद रहे\n\n{STORY}\n\nअस्पताल में अफरा-तफरी\n\n{more}\n\n{last}\n")
    assert not [d for d in kept.dropped if d.reason == AFTER_STORY]
    assert [b.text for b in kept.blocks][-1] == last


def test_a_menu_glued_into_one_long_word_is_navigation_never_the_headline_or_the_site():
    result = cleaned(f"उत्तर प्रदेशबहराइचब्रेकिंग न्यूज़\n\nबहराइच। {STORY} {STORY}\n")
    assert reasons(result)[1] == "navigation (a menu's words glued together)"
    assert (result.metadata.headline, result.metadata.site) == (None, None)
    # long Hindi words are no glue
    assert not bp.glued_menu("अंतरराष्ट्रीय प्रतिनिधिमंडल पहुंचा")


@pytest.mark.parametrize(
    ("paragraph", "place", "date"),
    [
        (f"24 जनवरी,2026ः {STORY}", None, "2026-01-24"),  # a date alone, closed by a visarga for a colon
        (f"अमृतसर, 24 जनवरी,2026ः {STORY}", "अमृतसर", "2026-01-24"),  # no space after the comma
    ],
)
def test_a_date_opening_the_story_is_its_date_and_is_cut_off(paragraph, place, date):
    result = cleaned(f"गोल्डन टेंपल सरोवर में कुल्ला करने वाले पर होगी कार्रवाई\n\n{paragraph} {STORY}\n")
    assert (result.metadata.place, result.metadata.date) == (place, date)
    assert [b.text for b in result.blocks][-1] == f"{STORY} {STORY}"


def test_a_reporter_signed_in_parentheses_at_the_storys_end_is_the_byline():
    result = cleaned(f"बैठक में सभी थानेदार मौजूद रहे\n\n{STORY} {STORY}.( मनमोहन सेजू /बाड़मेर)\n")
    assert result.metadata.byline == "मनमोहन सेजू"
    assert [b.text for b in result.blocks][-1] == f"{STORY} {STORY}."
    # a parenthesis of other words stays the story's
    kept = cleaned(f"बैठक में सभी थानेदार मौजूद रहे\n\n{STORY} (फाइल फोटो)\n")
    assert kept.metadata.byline is None


def test_a_list_of_other_stories_over_the_story_gives_way_to_the_title_its_opening_sums_up():
    others = [
        "सांची विश्वविद्यालय में चित्रकला प्रतियोगिता",
        "उज़्बेकिस्तान में हस्तशिल्प महोत्सव में बाग प्रिंट कला का लहराया परचम",
        "भोपाल के दो ज्वेलर्स ने बैंकों को गोल्ड लोन में लगाया करोड़ों का चूना",
    ]
    headline = "46 नगरीय निकाय चुनाव के लिए अब तक 276 नामांकन दाखिल"
    story = "मध्य प्रदेश के 18 जिलों में 46 नगरीय निकायों के चुनाव के लिए अब तक 276 नामांकन दाखिल हुए हैं।"
    result = cleaned("\n-\n".join([*others, headline]) + f"\n\n{story} {STORY}\n")
    assert result.metadata.headline == headline
    assert [d.text for d in result.dropped if d.reason == OVER_HEADLINE] == others


def test_a_datelines_kicker_repeating_the_headlines_is_no_byline_and_a_doubled_mark_is_cut_too():
    headline = "Haryana Sarso Mandi Bhav: हरियाणा में खुले में ज्यादा बिक रही है सरसों"
    opening = "अप्रैल के शुरुआती दिनों में हरियाणा की सभी अनाज मंडी में खरीद शुरू हो गई है।"
    result = cleaned(f"{headline}\n\nरेवाड़ी, Haryana Sarso Mandi Bhav: :- {opening} {STORY}\n")
    assert (result.metadata.place, result.metadata.byline) == ("रेवाड़ी", None)
    assert [b.text for b in result.blocks][-1] == f"{opening} {STORY}"
    credited = cleaned(f"{headline}\n\nदाउदपुर(संवाददाता वीरेश सिंह): {STORY}\n").metadata  # the role off
    assert (credited.place, credited.byline) == ("दाउदपुर", "वीरेश सिंह")


@pytest.mark.parametrize(
    "link", ["पढ़ें पूरी खबर", "Read More", "पूरी खबर..", "… Continue reading गोवर्धन पूजा पर भीड़,"]
)
def test_a_read_more_link_at_a_paragraphs_end_is_cut_off(link):
    # (a paragraph longer than a teaser's: a short one ending in "Read More" is another story's teaser)
    story = " ".join([STORY] * 10)
    result = cleaned(f"बैठक में सभी थानेदार मौजूद रहे\n\n{story} {link}\n")
    assert result.blocks[-1].text == story
    assert [(d.text, d.reason) for d in result.dropped] == [(link, READ_MORE_END)]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("00:00", "media player's clock"),
        ("प्रविष्टि तिथि:", "a date's label without its date"),
        ("(रिलीज़ आईडी: 2207852)", "press release's number"),
    ],
)
def test_a_players_clock_an_empty_date_label_and_a_release_number_are_furniture(line, reason):
    result = cleaned(f"बैठक में सभी थानेदार मौजूद रहे\n\n{line}\n\n{STORY}\n")
    assert reasons(result)[3] == reason


def test_the_story_printed_again_under_its_tags_and_date_is_no_other_story_and_the_date_is_the_storys():
    lead = "योगा दिन-प्रतिदिन लोगों की दिनचर्या का हिस्सा बनते जा रहा है और इसके फायदे सामने आ रहे हैं।"
    text = f"अस्थमा के लिए रामबाण योगा, शोधकर्ताओं ने की पुष्टि\n\nनई दिल्ली: {lead}\n\nyoga, योगा\n"
    result = cleaned(text + f"Last Updated: April 28, 2016 12:53:53 IST\nनई दिल्ली: {lead} {STORY}\n")
    assert result.metadata.date == "2016-04-28T12:53:53+05:30"
    assert OTHER_STORY not in reasons(result).values()


def test_titles_listed_under_a_label_after_the_story_are_other_stories():
    titles = "उपायुक्त ने पैरा एथलीट को किया सम्मानित\nहमीरपुर में 18 मार्च को लगेगा मिनी रोजगार मेला"
    page = f"{STORY}\nhimachaltehalakanews\nMore Stories\n{titles}\n"
    assert [b.text for b in cleaned(page).blocks] == [STORY]
    subheading = f"{STORY}\n\nवीडियो\nबैठक में क्या हुआ\nबैठक में सभी थानेदार मौजूद रहे और चर्चा हुई।\n"
    assert "बैठक में क्या हुआ" in [b.text for b in cleaned(subheading).blocks]


@pytest.mark.parametrize(
    "furniture",
    [
        "👉 न्यूज़ हाइट के समाचार ग्रुप (WhatsApp) से जुड़ें",  # the call ends the line
        "यह भी पढ़ें…महिला आरक्षण बिल का राज्यसभा में एक और लिटमस टेस्ट",  # a link after an ellipsis
        "यह भी पढ़ें 👉 चंपावत में जिला क्रिकेट लीग दिसंबर से",  # after an arrow
        '0 Response to "सड़क में गड्ढे, गड्ढों में पानी"',  # Blogger's comment count
    ],
)
def test_promotions_links_and_counts_after_the_story_are_dropped(furniture):
    after = "जांच के बाद आगे की कार्रवाई की जाएगी।"
    assert [b.text for b in cleaned(f"{STORY}\n{furniture}\n{after}\n").blocks] == [STORY, after]


def test_the_line_saying_what_a_promotion_is_for_goes_with_it():
    page = f"{STORY}\nलेटेस्ट न्यूज़ अपडेट पाने के लिए -\n👉 न्यूज़ हाइट के समाचार ग्रुप (WhatsApp) से जुड़ें\n"
    assert [b.text for b in cleaned(page).blocks] == [STORY]


def test_the_story_s_opening_cut_off_over_it_is_dropped():
    opening = "दिल्ली से सटे उत्तर प्रदेश के नोएडा और ग्रेटर नोएडा के लोगों के लिए एक खुशी की खबर आई है।"
    page = f"{opening[:60]}…\n\n{opening} {STORY}\n"
    assert [b.text for b in cleaned(page).blocks] == [f"{opening} {STORY}"]


def test_a_description_cut_off_over_the_lines_it_runs_over_is_dropped():
    # (the page's description: its headline and the text's start joined, an advertisement's label
    # between them on the page)
    headline = "नगर निगम में 1089 करोड़ का बजट पेश होगा: विपक्ष का राज्य गीत पर जोर"
    opening = "नगर निगम की महापौर की पहली सामान्य सभा आज देवकीनंदन सभागार में हो रही है।"
    description = f"{headline} बिलासपुर : {opening[:30]}..."
    page = f"{description}\n- Advertisement -\n{headline}\nबिलासपुर :\n{opening} {STORY}\n"
    result = cleaned(page)
    assert reasons(result)[1] == "the story's opening (from line 3), cut off"
    assert result.metadata.headline == headline
    assert result.metadata.place == "बिलासपुर"
    # A line cut off that the lines under it do not say again stays: a teaser's title is read elsewhere.
    teaser = f"{headline} बिलासपुर : सभा में पार्षदों ने मच्छरों की समस्या पर हंगामा कि..."
    other = f"{teaser}\n{headline}\n{opening} {STORY}\n"
    assert "opening" not in reasons(cleaned(other)).get(1, "")


def test_the_site_s_name_ended_as_a_sentence_under_the_dateline_is_the_site():
    page = f"भिलाई, दुर्ग ।\nअसल बात न्यूज़।।\n00 क्राइम रिपोर्टर\nयहां सुपेला थाना क्षेत्र में {STORY}\n"
    result = cleaned(page)
    assert result.metadata.site == "असल बात न्यूज़"
    assert result.metadata.place == "भिलाई"
    assert [b.text for b in result.blocks] == [f"यहां सुपेला थाना क्षेत्र में {STORY}"]


def test_the_same_day_printed_again_with_its_time_dates_the_story_more_precisely():
    page = f"Wednesday, December 19, 2012\n\nदुकानों का आवंटन होगा\n\n19-दिसंबर-2012 15:54 IST\n\n{STORY}\n"
    assert cleaned(page).metadata.date == "2012-12-19T15:54:00+05:30"


def test_a_date_printed_a_part_a_line_is_one_date_line():
    result = cleaned(f"Apr\n27\n2019\nBy Praveen Upadhayay\n\nखेतों में लगी आग से गेहूं की फसल जली\n\n{STORY}\n")
    assert result.metadata.date == "2019-04-27"
    assert result.metadata.headline == "खेतों में लगी आग से गेहूं की फसल जली"
    assert {reasons(result)[n] for n in (2, 3)} == {"part of the date on line 1"}
    counted = cleaned(f"शीर्षक यहां है आज\n\n{STORY}\n10\n20\n30\n")  # numbers alone are no date
    assert counted.metadata.date is None


def test_a_standfirst_that_says_the_lead_again_in_nearly_the_same_words_is_dropped():
    lead = "झारखंड के दुमका से लेकर दिल्ली तक एकतरफा प्यार में सिरफिरे आशिकों ने वारदातों को अंजाम दिया है."
    standfirst = lead.replace("एकतरफा", "एक तरफा")
    rest = "पुलिस ने बताया कि जांच जारी है और आरोपियों की तलाश में टीमें लगी हैं."
    text = f"दुमका में वारदात\n\n{standfirst}\n\n{lead} {rest}\n"
    result = clean(Source(path="a.txt", name="a", text=text))
    kept = " ".join(block.text for block in result.blocks if block.kind == "text")
    assert kept == f"{lead} {rest}"
    assert any("nearly the same words" in d.reason for d in result.dropped)


@pytest.mark.parametrize(
    "line",
    [
        "Your email address will not be published. Required fields are marked *",
        "Thank you for reading this post!",
    ],
)
def test_a_comment_forms_notes_and_the_thanks_under_a_post_are_furniture(line):
    result = clean(Source(path="a.txt", name="a", text=f"शीर्षक यहां है\n\n{STORY}\n\n{line}\n"))
    assert [d.text for d in result.dropped] == [line]


def test_a_summary_box_whose_opening_the_story_says_again_is_dropped_though_it_runs_on_a_sentence():
    said = "राजस्थान में 90 नगर निकायों के प्रमुख चुने गए हैं। कांग्रेस ने 48 निकायों में अपना प्रमुख बनाया है।"
    more = "हालांकि, कांग्रेस ने 50 से अधिक निकायों में अपना प्रमुख बनाया था।"
    page = f"कांग्रेस ने किया निकाय चुनाव में कब्जा\n\n{said} {more}\n\nजयपुर। {said} {STORY}\n"
    result = clean(Source(path="a.txt", name="a", text=page))
    assert [b.text for b in result.blocks if b.kind == "text"] == [f"{said} {STORY}"]
    # one sentence said again is no box
    once = f"कांग्रेस ने किया निकाय चुनाव में कब्जा\n\n{said.split('।')[0]}। {more}\n\nजयपुर। {said} {STORY}\n"
    assert len([b for b in clean(Source(path="a.txt", name="a", text=once)).blocks if b.kind == "text"]) == 2


def test_a_long_line_over_the_dateline_in_its_paragraph_is_a_standfirst_or_in_stars_a_subheading():
    headline = "बिहार बोर्ड का मैट्रिक रिज़ल्ट घोषित, लड़कियों ने मारी बाजी"
    dateline = "पटना। बिहार बोर्ड ने रविवार को मैट्रिक का रिज़ल्ट घोषित किया। " + STORY
    standfirst = "- मैट्रिक में करीब 95. 38 प्रतिशत छात्र इस बार सफल रहे"
    result = cleaned(f"{headline}\n\n{standfirst}\n{dateline}\n")
    assert reasons(result)[3] == STANDFIRST
    assert result.metadata.place == "पटना"
    subheading = "*ग्रामीण अंचलों में 95. 38 प्रतिशत छात्र सफल, एक नई पहल*"
    starred = cleaned(f"{headline}\n\n{subheading}\n{dateline}\n")
    assert 3 not in reasons(starred)
    assert subheading in [text for _, text in kinds(starred)]


def test_a_one_word_label_over_the_story_is_furniture_and_a_subheading_inside_it_stays():
    text = f"हादसा\nछपरा में एक स्कार्पियो गाड़ी बिजली के खम्भे से जा टकराई।\nघायल\n{STORY}\n"
    result = cleaned(text)
    assert reasons(result) == {1: ONE_WORD_LABEL}
    assert ("heading", "घायल") in kinds(result)  # (under the story's first text, its own)


def test_a_pictures_file_name_before_its_alt_text_is_no_headline():
    title = "सीएमओ ने सीएचसी का किया औचक निरीक्षण, कई कर्मचारी मिले गैर हाजिर।"
    result = cleaned(f"demo image v 2025 02 10t163746.570 - {title}\n\n{title}\n\n{STORY}\n")
    assert result.metadata.headline == title
    assert 1 in reasons(result)


def test_a_sites_motto_under_its_logo_is_furniture_and_no_headline():
    title = "उपायुक्त ने जनता दरबार में सुनी फरियादियों की समस्या"
    result = cleaned(f"झारखण्ड वाणी\n\nसच सोच और समाधान\n\n{title}\n\n{STORY}\n")
    assert result.metadata.headline == title
    assert "सच सोच और समाधान" not in [b.text for b in result.blocks]
    # a short headline right under the logo, with the story under it, is the headline
    assert (
        cleaned(f"News Chetna\n\nचार आरोपित गिरफ्तार\n\n{STORY}\n").metadata.headline == "चार आरोपित गिरफ्तार"
    )


def test_a_related_list_over_the_story_ends_over_the_headline_its_first_paragraph_says_again():
    title = "शहर में साफ-सफाई का अभाव, सड़कों पर बह रहा गंदा पानी"
    story = "शहर में साफ-सफाई का अभाव है। जगह-जगह गंदा पानी सड़कों पर बह रहा है और लोग परेशान हैं, कोई सुनवाई नहीं होती।"
    result = cleaned(f"LATEST NEWS\nLifestyle\n\n{title}\n\nShare This Post\n\nजोधपुर।\n\n{story}\n")
    assert (result.metadata.headline, result.metadata.place, result.metadata.site) == (title, "जोधपुर", None)


def test_a_page_of_one_word_keeps_it():
    assert [b.text for b in cleaned("नमस्ते\n").blocks] == ["नमस्ते"]
