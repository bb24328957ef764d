from summarize.cleaning import clean, is_heading
from summarize.document import Source


def cleaned(text: str):
    return clean(Source(path="a.txt", name="a", text=text))


def test_trims_collapses_blank_lines_and_joins_wrapped_lines():
    result = cleaned("  पहला वाक्य\t है और यह लंबा वाक्य है,\nजो अगली पंक्ति में जारी रहता है।  \n\n\n\nदूसरा।\n")
    assert [b.text for b in result.blocks] == [
        "पहला वाक्य है और यह लंबा वाक्य है, जो अगली पंक्ति में जारी रहता है।",
        "दूसरा।",
    ]
    assert result.dropped == ()


def test_exact_repeats_are_dropped_and_recorded():
    result = cleaned("शीर्षक\nशीर्षक\n\nवाक्य एक।\n\nवाक्य एक।\n")
    assert [b.text for b in result.blocks] == ["शीर्षक", "वाक्य एक।"]
    assert [(d.line, d.text, d.reason) for d in result.dropped] == [
        (2, "शीर्षक", "repeats line 1"),
        (6, "वाक्य एक।", "repeats line 4"),
    ]


def test_short_unpunctuated_lines_are_headings_not_glued_to_the_next_sentence():
    result = cleaned("बीजेपी का तंत्र फैला है\nउन्होंने कहा कि संवाद जरूरी है।\n")
    assert [(b.kind, b.text) for b in result.blocks] == [
        ("heading", "बीजेपी का तंत्र फैला है"),
        ("text", "उन्होंने कहा कि संवाद जरूरी है।"),
    ]


def test_heading_rule():
    assert is_heading("गिरोह का करेंगे पर्दाफाश")
    assert not is_heading("गिरोह का पर्दाफाश करेंगे।")
    assert not is_heading(" ".join(["शब्द"] * 30))


def test_every_line_is_kept_or_dropped(sample_paths):
    for path in sample_paths:
        text = path.read_text(encoding="utf-8")
        result = cleaned(text)
        kept = " ".join(b.text for b in result.blocks)
        for line in filter(None, (" ".join(raw.split()) for raw in text.splitlines())):
            assert line in kept or any(d.text == line for d in result.dropped), line
