"""Date lines as Hindi and English news sites print them, to ISO 8601."""

import pytest

from summarize.dates import find_date, parse_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Published : Jan 11, 2022, 11:27 AM IST", "2022-01-11T11:27:00+05:30"),
        ("Jul 20, 2024 16:27", "2024-07-20T16:27:00"),
        ("23 Nov 2024 06:51 AM", "2024-11-23T06:51:00"),
        ("Jan 11, 2022, 12:05 am IST", "2022-01-11T00:05:00+05:30"),
        ("- Nov, 04, 2025 09:06", "2025-11-04T09:06:00"),  # a dash list's mark, a comma after the month
        ("Last Updated: Saturday, July 20, 2024, 4:27 PM [IST]", "2024-07-20T16:27:00+05:30"),
        ("प्रकाशित: 11 जनवरी, 2022 11:27 AM (IST)", "2022-01-11T11:27:00+05:30"),
        ("अपडेटेड शनिवार, 20 जुलाई 2024, 16:27 बजे", "2024-07-20T16:27:00"),
        ("11 फ़रवरी 2022", "2022-02-11"),  # फ़ with its nukta
        ("२० जुलाई २०२४", "2024-07-20"),  # Devanagari digits
        ("September 5, 2023", "2023-09-05"),
        ("11/01/2022 09:30", "2022-01-11T09:30:00"),  # day first
        ("2022-01-11T11:27:00+0530", "2022-01-11T11:27:00+05:30"),
        ("2022-01-11T11:27:00Z", "2022-01-11T11:27:00+00:00"),
        ("2022-01-11", "2022-01-11"),
        ("17-Oct-2025", "2025-10-17"),  # dashes between day, month and year
        ("Tue, 01 Oct 2024-2:54 pm,", "2024-10-01T14:54:00"),  # the time after a dash
        ("Aug 11, 2024 - 14:40", "2024-08-11T14:40:00"),
        ("मार्च 26, 2024 7:31 अपराह्न", "2024-03-26T19:31:00"),  # "afternoon" for pm
        ("Tue. Sep 17th, 2024", "2024-09-17"),  # a weekday with a full stop
        ("अपडेटेड सन, 18 अप्रैल 2021 12:01 AM IST", "2021-04-18T00:01:00+05:30"),  # "Sun" in Devanagari
        ("Updated: September 15, 2025 • 4:16 PM", "2025-09-15T16:16:00"),  # a bullet before the time
        ("08 Sep 24", "2024-09-08"),  # an English month's name and the century's year
        ("वीरवार, 23 अक्टूबर 2025", "2025-10-23"),  # Thursday as Punjab's papers print it
        ("4/17/2021 11:47:00 am", "2021-04-17T11:47:00"),  # month first where the day cannot be a month
        ("  • Last Updated: April 28, 2016 12:53:53 IST", "2016-04-28T12:53:53+05:30"),  # a list's bullet
        ("7 फ़र॰ 2024", "2024-02-07"),  # a Hindi locale's short month, its abbreviation sign after it
        ("12 अक्तू॰ 2023, 10:30 am", "2023-10-12T10:30:00"),
        ("29.05.20", "2020-05-29"),  # day, month and the century's year, the same mark between them
        ("12/03/24 10:30 AM", "2024-03-12T10:30:00"),
    ],
)
def test_date_lines(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "text",
    [
        "कानपुर में 11 जनवरी 2022 को बैठक हुई",  # a date inside a sentence is story
        "Updated: 12:00 PM",  # a time without a date
        "31/02/2022",  # the shape of a date, not a date
        "Jan 11, 2022, 13:27 PM",
        "12 मार्च 26",  # a Hindi month's day, then a count: no two-digit year
        "29.05-20",  # two marks: no date
        "1.2.3.4",  # a version or a list's number
        "2022",
        "",
    ],
)
def test_not_date_lines(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("line", "iso", "beside"),
    [
        ("ज़ी न्यूज़ 11 Jan 2026 4:20 pm", "2026-01-11T16:20:00", "ज़ी न्यूज़"),
        ("नई दिल्ली, 25 सितंबर 2019, अपडेटेड 17:36 IST", "2019-09-25T17:36:00+05:30", "नई दिल्ली,"),
        ("01:40 AM Jan 10, 2022 IST", "2022-01-10T01:40:00+05:30", ""),
        (", शुक्रवार, 19 सितम्बर 2014 (18:58 IST)", "2014-09-19T18:58:00+05:30", ","),
        ("Ram Kumar Tue, 8 April 2025 07:01 PM", "2025-04-08T19:01:00", "Ram Kumar"),
    ],
)
def test_dates_beside_names_and_places(line, iso, beside):
    assert find_date(line) == (iso, beside)


@pytest.mark.parametrize(
    "line",
    [
        "8 April 07:01 PM",  # no year: unknown, not guessed
        "पुलिस ने बताया कि 11 जनवरी 2022 को हुई घटना में शहर के कई लोग घायल हुए थे और मामला दर्ज किया गया।",
    ],
)
def test_no_date_without_a_year_or_inside_a_sentence(line):
    assert find_date(line) is None
