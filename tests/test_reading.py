import io
import sys
from pathlib import Path

import pytest

from summarize.cleaning import clean
from summarize.errors import InputError
from summarize.reading import MAX_BYTES, read_source, read_sources

DATA = Path(__file__).parent / "data"

TEXT = "पहला वाक्य है। दूसरा वाक्य है।\n\nतीसरा पैराग्राफ।\n"


def test_utf8_with_bom_and_crlf_reads_as_plain_lf_text(tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes(b"\xef\xbb\xbf" + TEXT.replace("\n", "\r\n").encode())
    source = read_source(str(path))
    assert source.text == TEXT
    assert source.name == "article"
    assert source.path == str(path)


def test_name_keeps_inner_dots(tmp_path):
    path = tmp_path / "upt-story.hi.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert read_source(str(path)).name == "upt-story.hi"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b" \n\n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("café résumé".encode("latin-1"), "not UTF-8"),
        (b"x" * (MAX_BYTES + 1), "too big"),
    ],
)
def test_bad_files_are_one_clear_error(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as error:
        read_source(str(path))
    assert "\n" not in str(error.value)
    assert str(path) in str(error.value)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_source(str(tmp_path / "missing.txt"))
    with pytest.raises(InputError, match="not a regular file"):
        read_source(str(tmp_path))


# ---- saved pages, JSON Lines and standard input


def test_a_saved_page_gives_its_story_and_metadata():
    source = read_source(str(DATA / "etv-kanpur-commissioner-farewell.html"))
    assert source.name == "etv-kanpur-commissioner-farewell"
    assert source.given.headline == "कानपुर कमिश्नर असीम अरुण ने सोशल मीडिया पर पोस्ट किया अपना अलविदा मैसेज"
    assert source.given.date == "2022-01-11T11:27:00+05:30"  # the page's <meta>, not its update time
    assert source.given.site == "ETV Bharat News"
    assert source.given.url.startswith("https://www.etvbharat.com/")
    assert source.given.byline is None  # not the author box's "ABOUT THE AUTHOR"
    paragraphs = source.text.split("\n\n")
    assert paragraphs[0] == source.given.headline  # put on top: the page's text did not show it
    assert "![कमिश्नर असीम अरुण विदाई संदेश](" in source.text
    for furniture in ("होम", "Trending", "Privacy Policy", "All rights reserved", "कोहरे का कहर"):
        assert furniture not in source.text


def test_a_page_without_an_article_is_one_clear_error(tmp_path):
    page = tmp_path / "blank.htm"
    page.write_text("<html><head><script>var page = 1;</script></head><body><img src=a.png></body></html>")
    with pytest.raises(InputError, match="no article text found in the page"):
        read_source(str(page))


def test_jsonl_gives_one_source_a_line_and_reports_bad_lines_in_place():
    path = str(DATA / "day.jsonl")
    items = read_sources(path)
    assert [type(item).__name__ for item in items] == ["Source", "InputError", "Source", "InputError"]
    first, broken, third, untitled = items
    assert (first.path, first.name) == (f"{path}:1", "day-etv-kanpur-1")
    assert first.given.date == "2022-01-11T11:27:00+05:30"
    assert first.given.site == "ईटीवी भारत"  # a known site's address gives its name
    assert first.text.startswith(first.given.headline + "\n\n")
    assert str(broken).startswith(f"{path}: line 2: not valid JSON (Unterminated string")
    assert (third.path, third.name, third.given.date) == (f"{path}:4", "day-4", "2024-07-20T16:27:00")
    assert (
        str(untitled) == f'{path}: line 5: no "text" string; each line needs the article\'s text under "text"'
    )


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('["text"]', "not a JSON object"),
        ('{"text": "वाक्य।", "title": 5}', '"title" must be a string, not a number'),
        ('{"text": "वाक्य।", "date": "कल"}', "\"date\" 'कल' is not a date"),
        ('{"text": "  "}', "line 1: empty, no text to summarize"),
    ],
)
def test_bad_jsonl_records(tmp_path, line, message):
    path = tmp_path / "day.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    (error,) = read_sources(str(path))
    assert isinstance(error, InputError)
    assert message in str(error)


def test_jsonl_ids_must_differ(tmp_path):
    path = tmp_path / "day.jsonl"
    path.write_text('{"id": 7, "text": "एक।"}\n{"id": "7", "text": "दो।"}\n', encoding="utf-8")
    first, second = read_sources(str(path))
    assert first.name == "day-7"
    assert "line 2: id repeats line 1's" in str(second)
    with pytest.raises(InputError, match="holds 2 articles"):
        read_source(str(path))


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("पहला वाक्य है।\n", "text"),
        ('{"id": "a", "text": "पहला वाक्य है।"}\n{"id": "b", "text": "दूसरा।"}\n', "jsonl"),
        ((DATA / "upt-kanpur-mp-police-meeting.html").read_text(encoding="utf-8"), "page"),
    ],
)
def test_stdin_is_told_by_its_first_character(monkeypatch, content, kind):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(content.encode())))
    sources = read_sources("-")
    names = {"text": ["stdin"], "jsonl": ["stdin-a", "stdin-b"], "page": ["stdin"]}[kind]
    assert [s.name for s in sources] == names
    assert all(s.path.startswith("-") for s in sources)
    assert (sources[0].given.site == "Uttar Pradesh Times") == (kind == "page")


# ---- hostile JSONL: every oddity is a one-line InputError for its line, never a traceback


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"text": "वाक्य।", "url": "http://[::1"}', "\"url\" 'http://[::1' is not a URL"),
        ('{"text": "वाक्य।", "url": "http://[zz]/"}', "\"url\" 'http://[zz]/' is not a URL"),
        ('{"text":' + "[" * 100_000, "JSON nested too deeply"),
        ('{"text": "वाक्य।", "x": ' + "[" * 100_000 + "]" * 100_000 + "}", "JSON nested too deeply"),
        ('{"text": "वाक्य \\ud800 है।"}', '"text" holds a lone surrogate escape (\\ud800 at character 6)'),
        ('{"text": "वाक्य।", "title": "\\udfff"}', '"title" holds a lone surrogate escape'),
        ('{"text": "वाक्य।", "id": true}', '"id" must be a string or an integer, not a boolean'),
        ('{"text": "वाक्य।", "id": 1.5}', '"id" must be a string or an integer, not a number'),
        ('{"text": "वाक्य।", "id": ["a"]}', '"id" must be a string or an integer, not a list'),
        ('{"text": "वाक्य।", "id": "' + "x" * 200 + '"}', '"id" is too long to name a file'),
        ('{"text": "वाक्य।", "id": ' + "1" * 5000 + "}", "not readable JSON (Exceeds the limit"),
        ('{"text": NaN}', 'no "text" string'),
        ('{"text": "वाक्य।", "date": {"y": 2022}}', '"date" must be a string, not an object'),
        ('{"text": "वाक्य।", "url": false}', '"url" must be a string, not a boolean'),
        ('{"text": "वाक्य।", "date": "' + "1" * 100_000 + '"}', '"date" \'111'),
    ],
)
def test_hostile_jsonl_records_are_one_line_errors(tmp_path, line, message):
    path = tmp_path / "day.jsonl"
    path.write_text(line + "\n" + '{"text": "अगला वाक्य।"}\n', encoding="utf-8")
    error, good = read_sources(str(path))
    assert isinstance(error, InputError), error
    assert message in str(error)
    assert str(error).startswith(f"{path}: line 1: ")
    assert "\n" not in str(error) and len(str(error)) < 300
    assert good.text == "अगला वाक्य।"  # one bad record does not cost the others


def test_a_paired_surrogate_escape_is_the_character_it_spells(tmp_path):
    path = tmp_path / "day.jsonl"
    path.write_text('{"text": "खबर \\ud83d\\udcf0"}\n', encoding="utf-8")
    (source,) = read_sources(str(path))
    assert source.text == "खबर 📰"


def test_ids_keep_hindi_letters_and_marks(tmp_path):
    path = tmp_path / "day.jsonl"
    path.write_text('{"id": "कानपुर/ख़बर 1", "text": "एक।"}\n{"id": 0, "text": "दो।"}\n', encoding="utf-8")
    first, second = read_sources(str(path))
    assert (first.name, second.name) == ("day-कानपुर-ख़बर-1", "day-0")


def test_figcaption_text_comes_through_as_a_caption(tmp_path):
    story = "कानपुर पुलिस कमिश्नर ने आज सभी थानेदारों के साथ एक लंबी बैठक की और अपराध पर चर्चा की। बैठक में कई फैसले हुए।"
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>कानपुर में बैठक</title></head><body><article><h1>कानपुर में पुलिस की बैठक हुई</h1>"
        f"<p>{story}</p>"
        '<figure><img src="a.jpg" alt="बैठक">'
        "<figcaption>बैठक में मौजूद अधिकारी (फोटो: ईटीवी)</figcaption></figure>"
        f"<p>{story.replace('आज', 'कल')}</p>"
        '<figure><img src="b.jpg"><figcaption>सांसद और पुलिस\nअधिकारी एक साथ</figcaption></figure>'
        f"<p>{story.replace('आज', 'परसों')}</p>"
        "<figure><video src='c.mp4'></video><figcaption>वीडियो में बैठक का हाल</figcaption></figure>"
        f"<p>{story.replace('आज', 'फिर')}</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    cleaned = clean(read_source(str(page)))
    captions = [block.text for block in cleaned.blocks if block.kind == "caption"]
    assert captions == ["बैठक में मौजूद अधिकारी (फोटो: ईटीवी)", "सांसद और पुलिस अधिकारी एक साथ"]
    assert cleaned.blocks[-2].text == "वीडियो में बैठक का हाल"  # no image to caption: a line of its own
    assert cleaned.dropped == ()
