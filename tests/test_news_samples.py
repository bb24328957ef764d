"""The two scraped sample articles, and saved pages of the same stories, through the pipeline.

What each sample holds was read by hand: which lines are story, subheadings, captions and page
furniture. The briefs must keep every story sentence, show the furniture only under "dropped",
and read the same story and metadata from the page as from the scraped text.
"""

from pathlib import Path

import pytest

from summarize.cleaning import DATELINE
from summarize.options import Options
from summarize.pipeline import Pipeline
from summarize.reading import read_source
from summarize.splitting import split_sentences
from summarize.writers import brief_to_dict

DATA = Path(__file__).parent / "data"

SAMPLES = {
    "etv-kanpur-commissioner-farewell.hi": {
        "metadata": {
            "headline": "कानपुर कमिश्नर असीम अरुण ने सोशल मीडिया पर पोस्ट किया अपना अलविदा मैसेज",
            "date": "2022-01-11T11:27:00+05:30",
            "place": "कानपुर",
            "section": "उत्तर प्रदेश",
            "site": "ईटीवी भारत",
            "language": "hin_Deva",
        },
        "story_lines": [11, 16, 18, 24, 26],
        "headings": [],
        "captions": ["कमिश्नर असीम अरुण विदाई संदेश"],
        "dropped": {
            22: "इसे भी पढ़ें",  # a related-article link
            28: "डाउनलोड करें ईटीवी भारत ऐप",  # the app promotion
            30: "ABOUT THE AUTHOR",
        },
    },
    "upt-kanpur-mp-police-meeting.hi": {
        "metadata": {
            "headline": "बीजेपी सांसद के नेतृत्व में पार्षदों-मंडल अध्यक्षों ने पुलिस कमिश्नर के साथ की बैठक, "
            "पुलिस-संगठन मिलकर करेगा काम",
            "date": "2024-07-20T16:27:00",
            "place": "Kanpur",
            "language": "hin_Deva",
        },
        "story_lines": [8, 12, 14, 17, 20, 23, 26],
        "headings": [16, 19, 22, 25],
        "captions": ["UPT | सांसद-सीपी बैठक करते हुए"],
        "dropped": {
            28: "Also Read",
            30: "कानपुर शहर की यातायात व्यवस्था में आज रहेगा बदलाव",  # the other story's headline,
            36: "सीसीमाऊ विधानसभा के हुए उपचुनाव",  # its teaser (the Sisamau by-election traffic story)
        },
    },
}


@pytest.fixture
def briefs(sample_paths, tagging):
    """Sample name -> (its lines, its brief as JSON)."""
    pipeline = Pipeline(Options(), translator=tagging())
    return {
        path.stem: (
            path.read_text(encoding="utf-8").split("\n"),
            brief_to_dict(pipeline.brief(read_source(str(path)))),
        )
        for path in sample_paths
    }


def body(data: dict) -> list[dict]:
    return [s for p in data["paragraphs"] for s in p["sentences"]]


@pytest.mark.parametrize("name", SAMPLES)
def test_metadata(briefs, name):
    _, data = briefs[name]
    metadata = data["metadata"]
    assert {key: metadata[key] for key in SAMPLES[name]["metadata"]} == SAMPLES[name]["metadata"]
    assert data["headline"]["source"] == SAMPLES[name]["metadata"]["headline"]
    assert data["paragraphs"][0]["kind"] == "headline"


@pytest.mark.parametrize("name", SAMPLES)
def test_no_story_sentence_is_missing(briefs, name):
    lines, data = briefs[name]
    sentences = [s["source"] for s in body(data)]
    datelines = {d["line"]: d["text"] for d in data["dropped"] if d["reason"] == DATELINE}
    for number in SAMPLES[name]["story_lines"]:
        line = lines[number - 1].strip()
        for sentence in split_sentences(line.removeprefix(datelines.get(number, "")).strip()):
            assert sentence in sentences, (number, sentence)


@pytest.mark.parametrize("name", SAMPLES)
def test_furniture_is_out_of_the_body_and_under_dropped(briefs, name):
    lines, data = briefs[name]
    text = " ".join(s["source"] for s in body(data))
    dropped = {d["line"]: d for d in data["dropped"]}
    for number, words in SAMPLES[name]["dropped"].items():
        assert words in lines[number - 1]
        assert words not in text
        assert dropped[number]["text"] == lines[number - 1].strip() and dropped[number]["reason"]


@pytest.mark.parametrize("name", SAMPLES)
def test_captions_once_and_subheadings_as_headings(briefs, name):
    lines, data = briefs[name]
    captions = [p["sentences"][0]["source"] for p in data["paragraphs"] if p["kind"] == "caption"]
    assert captions == SAMPLES[name]["captions"]
    headings = [p["sentences"][0]["source"] for p in data["paragraphs"] if p["kind"] == "heading"]
    for number in SAMPLES[name]["headings"]:
        assert lines[number - 1].strip() in headings


@pytest.mark.parametrize("name", SAMPLES)
def test_a_saved_page_gives_the_same_story_and_metadata(briefs, name, tagging):
    _, from_text = briefs[name]
    page = DATA / f"{name.removesuffix('.hi')}.html"
    from_page = brief_to_dict(Pipeline(translator=tagging()).brief(read_source(str(page))))

    def story(data: dict) -> list[str]:
        return [s["source"] for p in data["paragraphs"] if p["kind"] == "text" for s in p["sentences"]]

    assert story(from_page) == story(from_text)
    for key in ("headline", "date", "place", "language"):
        assert from_page["metadata"][key] == from_text["metadata"][key], key
    assert from_page["metadata"]["url"] or from_page["metadata"]["site"]
    assert [p["kind"] for p in from_page["paragraphs"]].count("caption") == 1


def test_glosses_in_parentheses_reach_the_translator_whole(briefs):
    _, data = briefs["etv-kanpur-commissioner-farewell.hi"]
    glossed = [s for s in body(data) if "(Kanpur Commissioner Aseem Arun)" in s["source"]]
    assert len(glossed) == 2
    assert all("(Kanpur Commissioner Aseem Arun)" in s["english"] for s in glossed)
