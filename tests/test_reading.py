import pytest

from summarize.errors import InputError
from summarize.reading import MAX_BYTES, read_source

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
