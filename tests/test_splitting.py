import itertools
import time
import unicodedata

import pytest

from summarize.cleaning import clean
from summarize.document import Source
from summarize.splitting import cut_word, split, split_clauses, split_sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "पहला वाक्य है। दूसरा वाक्य है॥ क्या तीसरा है? हाँ!",
            ["पहला वाक्य है।", "दूसरा वाक्य है॥", "क्या तीसरा है?", "हाँ!"],
        ),
        ("उन्होंने मैसेज दिया है. नई संस्था विकसित की.", ["उन्होंने मैसेज दिया है.", "नई संस्था विकसित की."]),
        (
            "बाबा साहब डॉ. भीमराव आंबेडकर आए. श्री. राम भी आए.",
            ["बाबा साहब डॉ. भीमराव आंबेडकर आए.", "श्री. राम भी आए."],
        ),
        ("Dr. Singh और A. K. Sharma आए. फिर गए.", ["Dr. Singh और A. K. Sharma आए.", "फिर गए."]),
        ("कीमत 2.5 प्रतिशत बढ़ी. तारीख 15.01.2022 थी.", ["कीमत 2.5 प्रतिशत बढ़ी.", "तारीख 15.01.2022 थी."]),
        ("मेरा जय हिंद... जैसा कि आप जानते हैं. ठीक है.", ["मेरा जय हिंद... जैसा कि आप जानते हैं.", "ठीक है."]),
        (
            "उन्होंने वीआरएस लिया (Asim Arun took VRS. He joined the BJP). फिर चुनाव लड़े.",
            ["उन्होंने वीआरएस लिया (Asim Arun took VRS. He joined the BJP).", "फिर चुनाव लड़े."],
        ),
        # one initial before a name, a full stop typed twice, a bar between spaces for the danda
        ("मुख्यमंत्री एन. बीरेन सिंह ने इस्तीफा दिया। वह गए.", ["मुख्यमंत्री एन. बीरेन सिंह ने इस्तीफा दिया।", "वह गए."]),
        ("कार आ रही थी.. तभी हादसा हुआ। और... फिर", ["कार आ रही थी..", "तभी हादसा हुआ।", "और... फिर"]),
        ("बैठक हुई | अधिकारियों ने कहा | ठीक", ["बैठक हुई |", "अधिकारियों ने कहा |", "ठीक"]),
        # a title typed with a danda on a page that turned full stops into dandas; initials of two
        # letters' names; a title's short form
        (
            "साइंटिस्ट प्रो। सुप्रतीक बनर्जी ने रिसर्च की। यह अच्छा है।",
            ["साइंटिस्ट प्रो। सुप्रतीक बनर्जी ने रिसर्च की।", "यह अच्छा है।"],
        ),
        ("प्रधानाचार्य ओ. पी कायस्थ ने जानकारी दी. सभी आए.", ["प्रधानाचार्य ओ. पी कायस्थ ने जानकारी दी.", "सभी आए."]),
        ("राज्यमंत्री चौ. कृष्णपाल गुर्जर आए। फिर गए।", ["राज्यमंत्री चौ. कृष्णपाल गुर्जर आए।", "फिर गए।"]),
        ("चेयरमैन स. बब्बर ने बताया। ठीक है।", ["चेयरमैन स. बब्बर ने बताया।", "ठीक है।"]),
        # an ellipsis after the verb that closes a sentence ends it, glued or not; after another word it
        # goes on; a full stop typed after one ends it; rupees' short form
        (
            "मार्ग बाधित है… यह मार्ग सीमा के पास है…गांवों का संपर्क कट गया है… विकास… और प्रगति।",
            ["मार्ग बाधित है…", "यह मार्ग सीमा के पास है…", "गांवों का संपर्क कट गया है…", "विकास… और प्रगति।"],
        ),
        ("रेत माफियाओं में मचा हड़कंप…. जिले में कार्रवाई हुई।", ["रेत माफियाओं में मचा हड़कंप….", "जिले में कार्रवाई हुई।"]),
        ("नया प्याज 6100 रू. प्रति क्विंटल बिका। ठीक है।", ["नया प्याज 6100 रू. प्रति क्विंटल बिका।", "ठीक है।"]),
        # HTML tags a crawl left around sentences are no part of them
        ("<p>लखनऊ में टीम जीती।</p> <p>फिर आई।</p>", ["लखनऊ में टीम जीती।", "फिर आई।"]),
    ],
)
def test_sentence_boundaries(text, sentences):
    assert split_sentences(text) == sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # full stops end sentences in a paragraph that also has dandas
        ("पहला वाक्य है। दूसरा वाक्य है. तीसरा है।", ["पहला वाक्य है।", "दूसरा वाक्य है.", "तीसरा है।"]),
        # a closing quote stays with the sentence it closes
        ('उन्होंने कहा, "हम जीतेंगे।" फिर गए।', ['उन्होंने कहा, "हम जीतेंगे।"', "फिर गए।"]),
        ("उन्होंने कहा, ‘हम जीतेंगे।’ फिर गए।", ["उन्होंने कहा, ‘हम जीतेंगे।’", "फिर गए।"]),
        # a run of dandas ends one sentence and never makes one
        ("वह आया। ।। फिर गया।", ["वह आया। ।।", "फिर गया।"]),
        # initials stay whole, in Latin and in Devanagari, and the text is never altered
        ("Dr. A.K. Sharma आए. फिर गए.", ["Dr. A.K. Sharma आए.", "फिर गए."]),
        ("एस.के. शर्मा ने कहा कि काम होगा। बाद में गए।", ["एस.के. शर्मा ने कहा कि काम होगा।", "बाद में गए।"]),
        # हुई. ends a sentence: its ई is no abbreviation
        ("बैठक हुई. फिर सब गए.", ["बैठक हुई.", "फिर सब गए."]),
        # the Urdu full stop
        ("یہ پہلا جملہ ہے۔ یہ دوسرا ہے۔", ["یہ پہلا جملہ ہے۔", "یہ دوسرا ہے۔"]),
    ],
)
def test_sentences_are_verbatim_slices(text, sentences):
    assert split_sentences(text) == sentences
    assert all(s in text for s in sentences)


def test_paragraphs_headings_and_ids():
    article = split(
        clean(Source("a.txt", "a", "शीर्षक यहाँ\n\nपहला वाक्य यह है। दूसरा वाक्य।\n\nउपशीर्षक\nतीसरा वाक्य।\n"))
    )
    assert [(p.id, p.kind, [s.id for s in p.sentences]) for p in article.paragraphs] == [
        ("p1", "headline", ["p1.s1"]),
        ("p2", "text", ["p2.s1", "p2.s2"]),
        ("p3", "heading", ["p3.s1"]),
        ("p4", "text", ["p4.s1"]),
    ]
    assert article.headline.source == "शीर्षक यहाँ"


def test_samples_lose_no_character(sample_paths):
    for path in sample_paths:
        cleaned = clean(Source(str(path), path.stem, path.read_text(encoding="utf-8")))
        article = split(cleaned)
        for block, paragraph in zip(cleaned.blocks, article.paragraphs, strict=True):
            joined = "".join(s.source for s in paragraph.sentences)
            assert joined.replace(" ", "") == block.text.replace(" ", "")
        assert len(article.sentences) > 20


def test_clauses_fit_and_rejoin_to_the_sentence():
    sentence = "राम ने कहा कि वह आएगा, लेकिन श्याम नहीं आया और सीता भी नहीं आई क्योंकि बारिश बहुत तेज थी"

    def fits(text):
        return len(text.split()) <= 5

    parts = split_clauses(sentence, fits)
    assert " ".join(parts) == sentence
    assert all(fits(p) for p in parts)
    assert parts[:2] == ["राम ने कहा", "कि वह आएगा,"]
    # Nothing fits: each grapheme is a part of its own (a letter with its vowel signs).
    assert split_clauses("एकशब्द", lambda text: False) == ["ए", "क", "श", "ब्द"]


# ---- a word longer than the model accepts is cut between graphemes, never truncated


def chars_at_most(n):
    return lambda text: len(text) <= n


def test_a_word_that_does_not_fit_is_cut_into_pieces_that_do():
    word = "एकशब्दजोबहुतलंबाहै"
    parts = split_clauses(word, chars_at_most(5))
    assert "".join(parts) == word
    assert all(len(p) <= 5 for p in parts)
    assert not any(p[0] in "ािीुूेैोौंँः़्" for p in parts)  # no piece opens with a mark


def test_cut_words_keep_conjuncts_and_vowel_signs_with_their_consonant():
    word = "क्षत्रिय" * 3  # क्ष and त्र are conjuncts: consonant + virama + consonant
    for limit in range(1, 12):
        parts = cut_word(word, chars_at_most(limit))
        assert "".join(parts) == word
        for left, right in itertools.pairwise(parts):
            assert unicodedata.category(right[0])[0] != "M" and not left.endswith("्")
    assert cut_word("क्ष", chars_at_most(1)) == ["क्ष"]  # a grapheme too long alone is kept whole


def test_sentence_with_a_long_word_rebuilds_and_every_part_fits():
    sentence = "लिंक यह है: https://example.com/" + "a" * 500 + " और फिर वाक्य आगे चलता है"
    parts = split_clauses(sentence, chars_at_most(40))
    assert all(len(p) <= 40 for p in parts)
    assert "".join(parts).replace(" ", "") == sentence.replace(" ", "")
    assert " ".join(parts).split()[:3] == ["लिंक", "यह", "है:"]


def test_a_megabyte_word_is_cut_in_a_second():
    word = "कि" * 500_000
    start = time.perf_counter()
    parts = split_clauses(word, chars_at_most(200))
    assert time.perf_counter() - start < 3
    assert "".join(parts) == word and all(len(p) <= 200 for p in parts)


def test_a_full_stop_glued_to_the_next_word_ends_a_hindi_sentence_but_not_an_abbreviation():
    assert split_sentences("जीत दर्ज करायी.चैंपियनशिप अब होगी. इनाम था.Mathura News") == [
        "जीत दर्ज करायी.",
        "चैंपियनशिप अब होगी.",
        "इनाम था.",
        "Mathura News",
    ]
    assert split_sentences("डॉ.राम आए। www.x.in पर 2.5 है.") == ["डॉ.राम आए।", "www.x.in पर 2.5 है."]


def test_a_numbered_list_inside_a_sentence_stays_one_sentence():
    text = "जिले ये हैं - 1. अजमेर 2. अलवर 3. कोटा इन जिलों में बारिश होगी।"
    assert split_sentences(text) == [text]


def test_a_bar_typed_for_the_danda_ends_a_sentence_after_hindi_only():
    assert split_sentences("राहत की साँस ली| क्योंकि यह कम नही|") == ["राहत की साँस ली|", "क्योंकि यह कम नही|"]
    assert split_sentences("Sensex | Nifty ऊपर गए।") == ["Sensex | Nifty ऊपर गए।"]
    # spaced from the word it closes and glued to the next sentence's
    assert split_sentences("सुनवाई १७ मई को होगी |यह आदेश दिया है |") == [
        "सुनवाई १७ मई को होगी |",
        "यह आदेश दिया है |",
    ]
    assert split_sentences("*यह बड़ा फैसला है।* आगे क्या होगा?") == ["*यह बड़ा फैसला है।*", "आगे क्या होगा?"]


def test_foreign_paragraphs_are_split_into_sentences():
    from summarize.document import Block, Cleaned, Source

    source = Source("a.txt", "a", "x")
    article = split(Cleaned(source, (Block("He came. He left.", "foreign"),)))
    assert [s.source for s in article.paragraphs[0].sentences] == ["He came.", "He left."]
    assert article.paragraphs[0].kind == "foreign"


def test_a_bullet_before_a_sentence_is_not_part_of_it():
    assert split_sentences("★ अब तक 13 लाख टन गेहूं पहुंचा। • कई मंडियों में जगह की कमी।") == [
        "अब तक 13 लाख टन गेहूं पहुंचा।",
        "कई मंडियों में जगह की कमी।",
    ]


def test_a_short_form_of_single_syllables_is_not_cut_but_a_glued_verb_still_ends():
    assert split_sentences("शि.वा.ब्यूरो, सहारनपुर। यह था.Mathura गया।") == [
        "शि.वा.ब्यूरो, सहारनपुर।",
        "यह था.",
        "Mathura गया।",
    ]


def test_initials_glued_by_their_dot_stay_in_the_sentence_but_a_glued_verb_still_ends():
    assert split_sentences("मेजर राठौर, एस.पी इंटैलीजैन्स मौजूद थे। म.प्र कांग्रेस हार गई।") == [
        "मेजर राठौर, एस.पी इंटैलीजैन्स मौजूद थे।",
        "म.प्र कांग्रेस हार गई।",
    ]
    assert split_sentences("यह हुआ था.वे चले गए।") == ["यह हुआ था.", "वे चले गए।"]
