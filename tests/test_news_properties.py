"""Properties of the clean stage on generated articles: it never invents text, and loses no line.

Articles are built from lines of every kind the rules know (story sentences, headings, captions,
dates, bylines, related links, promotions, author boxes, images), from arbitrary text (any Unicode),
and from long lines of repeated furniture fragments, in any order, with or without blank lines
between them. Each case is bounded in time.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from summarize.cleaning import DATELINE, END_CREDIT, clean
from summarize.document import Metadata, Source

NEWS_LINES = [
    "उत्तर प्रदेश",
    "uttar pradesh",
    "कानपुर कमिश्नर असीम अरुण ने सोशल मीडिया पर पोस्ट किया अपना अलविदा मैसेज",
    "Kanpur News: कानपुर कमिश्नर असीम अरुण ने सोशल मीडिया पर पोस्ट किया अपना अलविदा मैसेज",
    "By",
    "By Rajesh Kumar",
    "Published : Jan 11, 2022, 11:27 AM IST",
    "Jul 20, 2024 16:27",
    "कानपुर:कानपुर पुलिस कमिश्नर ने (Kanpur Commissioner) विदाई मैसेज दिया है.",
    "उन्होंने कहा कि सभी ने बहुत मेहनत की. नई संस्था विकसित की.",
    "बैठक में तय हुआ कि पुलिस और संगठन के लोग मिलकर काम करेंगे।",
    "उसमें एक संवाद होना था,",
    "गिरोह का करेंगे पर्दाफाश",
    "कमिश्नर असीम अरुण विदाई संदेश",
    "UPT | सांसद-सीपी बैठक करते हुए",
    "फोटो",
    "![मंत्री मंच पर](a.jpg)",
    "![](b.jpg)",
    "इसे भी पढ़ें - शुरू हुआ भाजपा का महा जनसंपर्क अभियान",
    "Also Read",
    "ये भी पढ़ें:",
    "दूसरी खबर का पहला वाक्य यहां है। और पढ़ें",
    "ऐसी ही जरूरी और विश्वसनीय खबरों के लिए डाउनलोड करें ईटीवी भारत ऐप",
    "विज्ञापन",
    "ABOUT THE AUTHOR",
    "...view details",
]
LETTERS = "कखगचजटडतदनपबमयरलवसह ािीुूेैोौंः।.,:|-() ABCxyz019\t"

# Fragments that opened a backtracking pattern, repeated into long lines.
FRAGMENTS = [
    "(फोटो: ",
    "(photo:",
    "By ",
    "डॉ. ",
    "इसे भी ",
    "और पढ़ें ",
    "कानपुर:",
    "UPT |",
    "11 Jan 2022 ",
    "a",
    " ",
]
long_lines = st.tuples(st.sampled_from(FRAGMENTS), st.integers(50, 3000)).map(lambda pair: pair[0] * pair[1])

articles = st.lists(
    st.one_of(
        st.sampled_from(NEWS_LINES),
        st.text(alphabet=LETTERS, max_size=40),
        st.text(max_size=40),
        long_lines,
        st.just(""),
    ),
    max_size=30,
).map("\n".join)


def non_blank(text: str) -> dict[int, str]:
    return {n: " ".join(line.split()) for n, line in enumerate(text.split("\n"), start=1) if line.strip()}


@settings(max_examples=150, deadline=1000)
@given(text=articles, keep=st.booleans(), headline=st.sampled_from([None, NEWS_LINES[2]]))
def test_every_line_is_in_the_body_or_dropped_and_nothing_is_invented(text, keep, headline):
    result = clean(Source("a.txt", "a", text, Metadata(headline=headline)), keep_boilerplate=keep)
    lines = non_blank(text)
    kept = [n for block in result.blocks for n in block.lines]
    # A dateline is cut off the front of its line, an agency's credit off its end: the line is kept, and
    # the cut text is under dropped.
    cut = {d.line for d in result.dropped if d.reason in (DATELINE, END_CREDIT) and d.line in kept}
    dropped = [d.line for d in result.dropped if d.line not in cut]
    assert sorted(kept + dropped) == sorted(lines)  # each line once, kept or dropped
    for block in result.blocks:  # a block is its lines' text (a Markdown image: its caption)
        assert block.text and block.text in " ".join(lines[n] for n in block.lines)
    for entry in result.dropped:
        assert entry.reason
        line = lines[entry.line]
        if entry.line in cut:
            assert line.endswith(entry.text) if entry.reason == END_CREDIT else line.startswith(entry.text)
        else:
            assert entry.text == line
    if keep:
        assert result.dropped == ()


@settings(max_examples=50, deadline=1000)
@given(text=articles)
def test_cleaning_is_deterministic_and_the_source_is_untouched(text):
    source = Source("a.txt", "a", text)
    assert clean(source) == clean(source)
    assert source.text == text
