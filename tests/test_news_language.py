"""The language check: the script mix decides whether an article is translated, and from what."""

import json
from pathlib import Path

import pytest

from summarize.errors import InputError
from summarize.language import ENGLISH, article_language, language_note, script_shares
from summarize.options import Options
from summarize.pipeline import Pipeline
from summarize.reading import read_source
from summarize.writers import brief_from_dict, render_json, render_markdown

DATA = Path(__file__).parent / "data"


class NoTranslator:
    """Fails the test if the pipeline so much as asks it anything."""

    @property
    def model(self):
        raise AssertionError("the translator was used for an English article")

    def translate(self, sentences):
        raise AssertionError("the translator was used for an English article")

    def too_long(self, sentence):
        raise AssertionError("the translator was used for an English article")


def test_script_shares_count_letters_and_marks_not_digits_or_punctuation():
    shares = dict(script_shares("कानपुर (Kanpur) 2022। كانپور"))
    assert set(shares) == {"Devanagari", "Latin", "Arabic"}
    assert shares["Latin"] == pytest.approx(6 / sum([6, 6, 6]))  # क न प र are letters, ा ु marks: all count
    assert dict(script_shares("cafe\u0301")) == {"Latin": 1}  # a combining accent has no script of its own


def test_a_hindi_article_with_english_glosses_is_hindi(sample_paths):
    text = sample_paths[0].read_text(encoding="utf-8")
    assert article_language(text, "hin_Deva", "a.txt") == "hin_Deva"


def test_a_script_the_user_named_and_we_do_not_know_is_trusted():
    assert article_language("कानपुर में बैठक हुई।", "xyz_Qaaa", "a.txt") == "xyz_Qaaa"


def test_an_english_article_is_summarized_without_any_translator():
    options = Options(translator="nobody/no-such-model", formats=("md", "json"))
    brief = Pipeline(options).brief(read_source(str(DATA / "english-article.txt")))  # would raise if loaded
    assert brief.translator is None
    assert brief.article.metadata.language == ENGLISH
    assert all(s.english == s.source for s in brief.article.sentences)
    assert (
        brief.article.headline.source == "Kanpur police commissioner Aseem Arun says goodbye on social media"
    )
    metadata = brief.article.metadata
    assert (metadata.byline, metadata.place, metadata.site) == ("Staff Reporter", "Kanpur", "ETV Bharat")
    assert {d.reason for d in brief.article.dropped} >= {
        "promotion",
        "related-article link",
        "section label (in metadata)",
    }
    assert "load_translator" not in brief.timings and "translate" not in brief.timings

    markdown = render_markdown(brief)
    assert "| Translator | none: the article is in English |" in markdown
    assert "## Full text" in markdown
    data = json.loads(render_json(brief))
    assert data["translator"] is None
    assert render_json(brief_from_dict(data)) == render_json(brief)


def test_the_pipeline_never_touches_the_translator_for_english():
    brief = Pipeline(translator=NoTranslator()).brief(read_source(str(DATA / "english-article.txt")))
    assert brief.translator is None


def test_an_article_in_another_script_names_the_script_and_the_fix():
    with pytest.raises(InputError) as error:
        Pipeline(translator=NoTranslator()).brief(read_source(str(DATA / "urdu-article.txt")))
    message = str(error.value)
    assert message.startswith(f"{DATA / 'urdu-article.txt'}: written in Arabic script (100% of letters)")
    assert "not Devanagari as --src-lang hin_Deva expects" in message
    assert "--src-lang" in message and "urd_Arab" in message
    assert "\n" not in message


def test_src_lang_of_the_articles_script_lets_it_through(tagging):
    brief = Pipeline(Options(src_lang="urd_Arab"), translator=tagging()).brief(
        read_source(str(DATA / "urdu-article.txt"))
    )
    assert brief.article.metadata.language == "urd_Arab"
    assert all(s.english == f"EN<{s.source}>" for s in brief.article.sentences)


# ---- Hindi taken for English: marks count, and what is not prose is not counted


def test_a_hindi_story_full_of_product_names_is_hindi():
    text = "Samsung ने Galaxy S24 Ultra लॉन्च किया। कीमत पहले से ज़्यादा है। Apple के iPhone 15 Pro से मुकाबला होगा।"
    assert article_language(text, "hin_Deva", "a.txt") == "hin_Deva"  # by letters alone: 57% Latin


@pytest.mark.parametrize(
    "noise",
    [
        "![फोटो](data:image/png;base64,"
        + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk" * 50
        + ")",
        "https://www.example.com/news/kanpur/commissioner-aseem-arun-farewell-message-social-media-story",
        "editor.kanpur@examplenews.com @ExampleNewsHindi #KanpurPolice #AseemArunFarewellMessage",
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0 " * 5,
        "utm_source=whatsapp&utm_medium=social&utm_campaign=share123 tracking_id_9f8e7d6c5b4a3210",
    ],
)
def test_urls_data_uris_addresses_tags_and_code_are_not_counted(noise):
    text = f"कानपुर पुलिस कमिश्नर ने विदाई संदेश दिया। {noise} उन्होंने सभी का धन्यवाद किया।"
    assert article_language(text, "hin_Deva", "a.txt") == "hin_Deva"
    assert dict(script_shares(text)).get("Latin", 0) < 0.2


def test_an_english_article_with_much_devanagari_gets_a_note():
    text = "The commissioner said goodbye in a post. He wrote: कानपुर नगर को मेरा जय हिंद, धन्यवाद."
    assert article_language(text, "hin_Deva", "a.txt") == ENGLISH
    note = language_note(text, ENGLISH)
    assert note and "Devanagari" in note and "\n" not in note
    assert language_note("The commissioner said goodbye. कानपुर", ENGLISH) is None  # a word is no share
    assert language_note("कानपुर में बैठक हुई।", "hin_Deva") is None  # translated: nothing to note
