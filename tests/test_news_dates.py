"""Date lines as Hindi and English news sites print them, to ISO 8601."""

import pytest

from summarize.dates import parse_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Published : Jan 11, 2022, 11:27 AM IST", "2022-01-11T11:27:00+05:30"),
        ("Jul 20, 2024 16:27", "2024-07-20T16:27:00"),
        ("23 Nov 2024 06:51 AM", "2024-11-23T06:51:00"),
        ("Jan 11, 2022, 12:05 am IST", "2022-01-11T00:05:00+05:30"),
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
        "2022",
        "",
    ],
)
def test_not_date_lines(text):
    assert parse_date(text) is None
