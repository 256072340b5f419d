"""Article text is data: escaped so that pandoc shows it exactly and runs nothing."""

import subprocess

import pypandoc

from briefgen.brief.markup import cite, escape, marked_text

HOSTILE = ("<script>alert(1)</script> <img src=x onerror=alert(2)> [link](javascript:alert(3)) "
           "{{< include /etc/passwd >}} ```{=html}``` $\\frac{1}{2}$ [@key] @fig-x "
           '"quoted" -- ... *stars* # hash')


def to_html(markdown: str) -> str:
    proc = subprocess.run([pypandoc.get_pandoc_path(), "-f", "markdown", "-t", "html5",
                           "--wrap=none"],
                          input=markdown, capture_output=True, text=True, check=True)
    return proc.stdout


def test_escaped_text_comes_out_of_pandoc_as_the_same_words_and_no_markup():
    html = to_html(escape(HOSTILE))
    assert "<script" not in html and "<img" not in html and "<a " not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{&lt; include /etc/passwd &gt;}}" in html
    assert "[@key]" in html and "$\\frac{1}{2}$" in html
    assert '"quoted" -- ...' in html.replace("&quot;", '"')  # no smart quotes or dashes


def test_citations_list_sources_once_and_count_the_rest():
    assert cite(["a", "b", "a"]) == "[@a; @b]"
    assert cite([]) == ""
    assert cite([f"s{i}" for i in range(9)], limit=2) == "[@s0; @s1, and 7 more]"


def test_marked_text_anchors_each_span_and_keeps_the_words():
    text = "He said “we will come” on Monday.\nNext paragraph."
    md = marked_text(text, [(8, 22, "p-c1")])
    assert md == "He said [“we will come”]{#p-c1 .passage} on Monday\\.\n\nNext paragraph\\."


def test_overlapping_spans_become_one_mark_carrying_both_anchors():
    md = marked_text("abcdefghij", [(0, 5, "p-a"), (3, 8, "p-b")])
    assert md == "[]{#p-b}[abcdefgh]{#p-a .passage}ij"


def test_a_table_says_how_many_rows_it_leaves_out_and_only_then():
    import pandas as pd

    from briefgen.brief.markup import table

    df = pd.DataFrame({"a": ["x", "y"]})
    assert "Showing" not in table(df, [("a", "A", 50)], total=2)
    assert "[Showing 2 of 9 rows. See a.csv]{.note}" in table(df, [("a", "A", 50)], total=9,
                                                             note="See a.csv")
