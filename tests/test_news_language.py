"""The language check: the script mix decides whether an article is translated, and from what."""

import json
from pathlib import Path

import pytest

from summarize.errors import InputError
from summarize.language import ENGLISH, article_language, script_shares
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


def test_script_shares_count_letters_not_marks_digits_or_punctuation():
    shares = dict(script_shares("कानपुर (Kanpur) 2022। كانپور"))
    assert set(shares) == {"Devanagari", "Latin", "Arabic"}
    assert shares["Latin"] == pytest.approx(6 / sum([4, 6, 6]))  # क न प र are letters; ा ु are marks


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
