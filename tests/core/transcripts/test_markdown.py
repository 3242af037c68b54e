"""Discord's Markdown as HTML: what Discord draws, and nothing a member writes becomes markup."""

import pytest

from core.models import TranscriptFile
from core.transcripts.markdown import Directory, plain, render
from core.transcripts.render import portable_html, referenced_files

NAMES = Directory({1: "Ann <b>"}, {2: ("Staff", 0xFF0000)}, {3: "general"})


@pytest.mark.parametrize(
    ("written", "drawn"),
    [
        ("**bold** and **more**", "<strong>bold</strong> and <strong>more</strong>"),
        ("**open but not closed", "**open but not closed"),
        ("****", "****"),
        ("a ~~gone~~ b ||hidden||", 'a <s>gone</s> b <span class="spoiler">hidden</span>'),
        ("***both***", "<strong><em>both</em></strong>"),
        ("**a *b** c*", "<strong>a *b</strong> c*"),
        ("**bold _and italic_**", "<strong>bold <em>and italic</em></strong>"),
        ("snake_case_name and _it_", "snake_case_name and <em>it</em>"),
        ("`a<b` and `**not bold**`", "<code>a&lt;b</code> and <code>**not bold**</code>"),
        ("one ` backtick", "one ` backtick"),
        ("``a ` b``", "<code>a ` b</code>"),
        ("```py\nx = '<b>'\n```", '<pre><code data-language="py">x = &#x27;&lt;b&gt;&#x27;</code></pre>'),
        ("# Title\n- one\n- two", "<h3>Title</h3><ul><li>one</li><li>two</li></ul>"),
        ("> quoted\nafter", "<blockquote>quoted</blockquote>after"),
        ("-# small print", "<small>small print</small>"),
        ('"quotes" & <tags>', "&quot;quotes&quot; &amp; &lt;tags&gt;"),
        ("\\*not italic\\*", "*not italic*"),
        ("*italic with **bold** inside*", "<em>italic with <strong>bold</strong> inside</em>"),
        ("*2 * 3*", "*2 * 3*"),  # an italic holds no lone * of its own, as in Discord
        ("*a *b *c", "*a *b *c"),  # openers never closed: each is tried up to the next, not to the line's end
        ("_a _b _c", "_a _b _c"),
    ],
)
def test_markdown(written, drawn):
    assert render(written, NAMES) == drawn


def test_mentions_links_and_emoji_are_named():
    html = render("<@1> <@&2> <#3> <@9> <:blob:123> @everyone [site](https://e.com/a_b) https://x.org/a_b.", NAMES)
    assert '<span class="mention">@Ann &lt;b&gt;</span>' in html and 'style="color:#ff0000">@Staff' in html
    assert "#general" in html and "@unknown user" in html and ":blob:" in html and "@everyone" in html
    assert '<a href="https://e.com/a_b" rel="noopener noreferrer nofollow" title="https://e.com/a_b">site</a>' in html
    assert '<a href="https://x.org/a_b" rel="noopener noreferrer nofollow">https://x.org/a_b</a>.' in html
    assert plain("<@1> in <#3>", NAMES) == "@Ann <b> in #general"


def test_a_link_cannot_carry_script_or_break_out():
    html = render('[x](javascript:alert(1)) [y](https://e.com/"onmouseover=alert(1)) <https://e.com/">', NAMES)
    assert html.startswith("[x](javascript:alert(1))") and 'href="javascript' not in html
    assert 'href="https://e.com/&quot;onmouseover=alert(1"' in html and 'href="https://e.com/&quot;"' in html


def test_text_that_looks_like_a_kept_files_address_stays_text():
    html = render(' src="/t/5/files/0/cat.png" ', NAMES).encode()
    assert referenced_files(html) == []
    assert portable_html(html, {0: TranscriptFile(5, 0, "cat.png", "image/png", b"x")}, None) == html
