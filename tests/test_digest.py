import json
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path
from urllib.parse import quote

import pytest

from summarize.digest import (
    DigestEntry,
    article_similarity,
    group_stories,
    read_entries,
    render_digest_html,
    render_digest_md,
    write_digest,
)
from summarize.document import Brief
from summarize.options import Options
from summarize.pipeline import Pipeline
from summarize.reading import read_source
from summarize.writers import brief_to_dict, write_brief

NEWS = Path(__file__).parent / "data" / "news"
ARTIFACTS = Path(__file__).parent / "artifacts"  # git-ignored; the screenshot is left here to look at
SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"
FAREWELL = SAMPLES / "etv-kanpur-commissioner-farewell.hi.txt"
MEETING = SAMPLES / "upt-kanpur-mp-police-meeting.hi.txt"

# The farewell sample as a second outlet would write it up in its own words (written for this test):
# the same event, hardly a sentence in common.
REWRITE = """असीम अरुण ने कानपुर पुलिस को कहा अलविदा, वीडियो संदेश में बोले- सुपर कॉप नहीं, सुपर सिस्टम बनें

कानपुर, 11 जनवरी 2022

कानपुर के पुलिस आयुक्त असीम अरुण ने स्वैच्छिक सेवानिवृत्ति (वीआरएस) के लिए आवेदन के बाद सोमवार रात एक वीडियो जारी कर शहरवासियों और पुलिसकर्मियों से विदा ली। सरकार ने 15 जनवरी से उनका वीआरएस मंजूर कर दिया है, तब तक वे पद पर बने रहेंगे।

अपने संदेश में उन्होंने कहा कि कमिश्नरेट बनने के बाद सभी साथियों ने कड़ी मेहनत की और एक नई संस्था खड़ी की। उन्होंने कहा कि हमें सुपर कॉप नहीं बल्कि सुपर सिस्टम बनना है। उन्होंने मौजूदा हालात को देखते हुए विदाई समारोह न करने की अपील की और कहा कि इसी संदेश को विदाई मान लें।

1994 बैच के आईपीएस अधिकारी असीम अरुण आचार संहिता लागू होने के बाद भाजपा में शामिल हो गए थे। चर्चा है कि पार्टी उन्हें कन्नौज सदर सीट से विधानसभा चुनाव में उतार सकती है।

उन्होंने बताया कि उनके कार्यालय में महात्मा गांधी, डॉ. भीमराव आंबेडकर और सरदार वल्लभ भाई पटेल के चित्र रहते हैं, जो धर्म, विधि और शक्ति के प्रतीक हैं।
"""  # noqa: E501  (an article has a paragraph a line)


@pytest.fixture
def make_brief(tmp_path, tagging):
    """make_brief(name, text) -> the brief of that article, made with the tagging translator."""
    pipeline = Pipeline(Options(), translator=tagging())

    def make(name: str, text: str) -> Brief:
        path = tmp_path / "articles" / f"{name}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return pipeline.brief(read_source(str(path)))

    return make


def near_copy(text: str) -> str:
    """The article re-published elsewhere: other page furniture, a line of its own, one sentence cut."""
    text = text.replace("Published : Jan 11, 2022, 11:27 AM IST", "Updated: 11 Jan 2022 12:05 PM")
    text = text.replace("ऐसी ही जरूरी और विश्वसनीय खबरों के लिए डाउनलोड करें ईटीवी भारत ऐप", "Also Read")
    cut = text.rindex(" नई संस्था विकसित की.")  # (from the story, not from the standfirst over it)
    text = text[:cut] + text[cut + len(" नई संस्था विकसित की.") :]
    return "लखनऊ डेस्क\n\n" + text + "\nहमें फॉलो करें: फेसबुक | ट्विटर\n"


@pytest.fixture
def farewell(make_brief):
    return make_brief("farewell", FAREWELL.read_text(encoding="utf-8"))


@pytest.fixture
def meeting(make_brief):
    return make_brief("meeting", MEETING.read_text(encoding="utf-8"))


def names(story) -> list[str]:
    return [b.article.source.name for b in story.articles]


def dated(brief: Brief, date: str | None) -> Brief:
    return replace(brief, article=replace(brief.article, metadata=replace(brief.article.metadata, date=date)))


def test_the_two_kanpur_samples_are_different_stories(farewell, meeting):
    stories = group_stories([farewell, meeting])
    assert sorted(names(s)[0] for s in stories) == ["farewell", "meeting"]


def test_a_near_copy_and_another_outlets_rewrite_join_their_story(make_brief, farewell, meeting):
    copy = make_brief("copy", near_copy(FAREWELL.read_text(encoding="utf-8")))
    rewrite = make_brief("rewrite", REWRITE)
    stories = group_stories([meeting, rewrite, farewell, copy])
    assert [sorted(names(s)) for s in stories] == [["copy", "farewell", "rewrite"], ["meeting"]]
    # The original shares most with both others, so it leads: its headline and summary stand for the story.
    assert stories[0].lead is farewell and names(stories[0])[0] == "farewell"
    assert stories[0].headline == farewell.article.headline.english
    assert stories[0].headline_source == farewell.article.headline.source
    similarity = article_similarity([farewell, copy, rewrite, meeting])
    assert similarity[0, 1] > 0.85 and similarity[0, 2] > 0.5 and similarity[0, 3] < 0.3


def test_same_place_and_topic_but_different_events_stay_apart(make_brief):
    """The closest different events in tests/data/news: two Lucknow project launches by the chief
    minister on different days, and rain alerts for different states."""
    files = [
        "bharatsamachar-lucknow-1883-crore.txt",
        "indianews-up-lucknow-272-projects.txt",
        "anmnews-rain-alert-20-states.txt",
        "enavabharat-rain-alert-17-states.txt",
        "dharataltimes-weather-red-alert.txt",
    ]
    briefs = [make_brief(Path(f).stem, (NEWS / f).read_text(encoding="utf-8")) for f in files]
    assert [len(s.articles) for s in group_stories(briefs)] == [1] * len(files)


def test_stories_by_size_then_newest_first_and_every_article_once(make_brief, farewell, meeting):
    copy = dated(
        make_brief("copy", near_copy(FAREWELL.read_text(encoding="utf-8"))), "2022-01-12T09:00:00+05:30"
    )
    rewrite = dated(make_brief("rewrite", REWRITE), None)
    old = dated(meeting, "2019-05-01")
    undated = make_brief(
        "undated", (NEWS / "mynation-rain-maharashtra-bihar.txt").read_text(encoding="utf-8")
    )
    stories = group_stories([undated, old, farewell, rewrite, copy])
    # Undated stories go last, whatever their place in the input.
    assert [sorted(names(s)) for s in stories] == [["copy", "farewell", "rewrite"], ["meeting"], ["undated"]]
    assert stories[0].dates == ("2022-01-12", "2022-01-11")  # newest first; the undated rewrite adds none
    assert stories[0].outlets == ("ईटीवी भारत",)


def test_nothing_or_one_article(farewell):
    assert group_stories([]) == []
    [story] = group_stories([farewell])
    assert story.articles == (farewell,) and story.lead is farewell


def with_headline(brief: Brief, text: str) -> Brief:
    first, *rest = brief.article.paragraphs
    sentence = replace(first.sentences[0], source=text, english=text)
    paragraphs = (replace(first, sentences=(sentence, *first.sentences[1:])), *rest)
    return replace(brief, article=replace(brief.article, paragraphs=paragraphs))


def test_article_text_is_escaped(farewell, meeting):
    attack = "<script>alert(1)</script>"
    stories = group_stories(
        [with_headline(farewell, attack), with_headline(meeting, 'x" onmouseover="alert(2)')]
    )
    page = render_digest_html(stories, {"-": "a.html"})
    assert attack not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'onmouseover="' not in page
    assert page.count("<script>") == 1  # the page's own filter, nothing else


def test_the_digest_page_loads_nothing_from_anywhere(tmp_path, farewell, meeting):
    out = tmp_path / "out"
    entries = [DigestEntry(b, tuple(write_brief(b, out, ("html", "json")))) for b in (farewell, meeting)]
    write_digest(entries, out)
    for page in (out / "digest.html", out / "farewell.brief.html"):
        text = page.read_text(encoding="utf-8")
        assert "@import" not in text and "url(" not in text
        references = re.findall(r"""(?:src|href)\s*=\s*["']?([^"'\s>]+)""", text, flags=re.I)
        assert all(not re.match(r"[a-z][a-z0-9+.-]*:|//", r, flags=re.I) for r in references), references
        assert "Content-Security-Policy" in text
    links = re.findall(r'href="([^"]+)"', (out / "digest.html").read_text(encoding="utf-8"))
    assert sorted(links) == ["farewell.brief.html", "meeting.brief.html"]


def test_write_digest_and_rebuild_it_from_the_json_briefs(tmp_path, make_brief, farewell, meeting):
    out = tmp_path / "out"
    rewrite = make_brief("rewrite", REWRITE)
    entries = [
        DigestEntry(farewell, tuple(write_brief(farewell, out, ("md", "json")))),
        DigestEntry(meeting, tuple(write_brief(meeting, out, ("html", "md", "json")))),
        DigestEntry(rewrite, tuple(write_brief(rewrite, out, ("json",)))),
    ]
    written = write_digest(entries, out)
    assert [p.name for p in written] == ["digest.md", "digest.html", "briefs.jsonl"]
    lines = (out / "briefs.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [
        json.loads(json.dumps(brief_to_dict(e.brief))) for e in entries
    ]
    md = (out / "digest.md").read_text(encoding="utf-8")
    # Each brief linked once, the page a person reads preferred: HTML, else Markdown, else JSON.
    for link in ("farewell.brief.md", "meeting.brief.html", "rewrite.brief.json"):
        assert md.count(f"(<{link}>)") == 1
    assert md.count("\n## ") == 2 and "2 reports · ईटीवी भारत · 2022-01-11" in md
    # Read back from OUT/*.brief.json, as a resumed run does, the digest is the same.
    again = read_entries(out)
    assert [e.brief.article.source.name for e in again] == ["farewell", "meeting", "rewrite"]
    write_digest(again, out)
    assert (out / "digest.md").read_text(encoding="utf-8") == md
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == []  # no temporary file left


def test_markdown_digest_lists_each_story_and_report(farewell, meeting):
    stories = group_stories([farewell, meeting])
    md = render_digest_md(stories, {farewell.article.source.path: "farewell brief.md"})
    assert md.startswith("# Digest\n\n2 stories from 2 articles")
    assert f"## {farewell.article.headline.english}" in md and f"*{meeting.article.headline.source}*" in md
    assert "(<farewell brief.md>)" in md


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def open_headless(browser: str, url: str, profile: Path, screenshot: Path | None = None) -> str:
    """The page's DOM after its script has run (and a phone-width screenshot, if asked for)."""
    flags = [
        "--headless",
        "--no-sandbox",  # root in a container has no sandbox to use
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        "--window-size=412,1600",
    ]
    if screenshot:
        flags.append(f"--screenshot={screenshot}")
    result = subprocess.run(
        [browser, *flags, "--dump-dom", url], capture_output=True, text=True, timeout=60, check=True
    )
    return result.stdout


@pytest.mark.skipif(chromium() is None, reason="no chromium on PATH: `make browser` installs Debian's")
def test_digest_in_headless_chromium(tmp_path, make_brief, farewell, meeting):
    out = tmp_path / "out"
    rewrite = make_brief("rewrite", REWRITE)
    entries = [DigestEntry(b, tuple(write_brief(b, out, ("html",)))) for b in (farewell, meeting, rewrite)]
    write_digest(entries, out)
    stories = group_stories([farewell, meeting, rewrite])
    page = (out / "digest.html").resolve().as_uri()
    ARTIFACTS.mkdir(exist_ok=True)
    screenshot = ARTIFACTS / "digest.png"
    screenshot.unlink(missing_ok=True)

    dom = open_headless(chromium(), page, tmp_path / "profile-1", screenshot)
    shown = re.findall(r'<article class="story"[^>]*>\s*<h2>(.*?)</h2>', dom)
    assert "hidden" not in "".join(re.findall(r'<article class="story"[^>]*>', dom))
    assert len(shown) == len(stories) == 2 and "Showing 2 of 2 stories" in dom
    assert screenshot.stat().st_size > 10_000

    # Both Kanpur stories hold the word कमिश्नर (commissioner); the source filter keeps one.
    fragment = f"#q={quote('कमिश्नर')}&source={quote('UPT')}"
    dom = open_headless(chromium(), page + fragment, tmp_path / "profile-2")
    visible = re.findall(r'<article class="story"(?![^>]*hidden)[^>]*>\s*<h2>(.*?)</h2>', dom)
    hidden = re.findall(r'<article class="story"[^>]*hidden[^>]*>\s*<h2>(.*?)</h2>', dom)
    assert len(visible) == 1 and meeting.article.headline.source[:20] in visible[0]
    assert len(hidden) == 1 and "Showing 1 of 2 stories" in dom
