"""What the upload page does with an upload of several that htmx sent: the answer lists the articles
waiting, and the page asks for them one request each (timeline/batch.py). `take_turns` does the same
with the test client."""
from __future__ import annotations

import json
import re
from html import unescape

HTMX = {"HX-Request": "true"}
# the article whose turn has come: it asks for its extraction as it is loaded
TURN = re.compile(r'hx-post="(?P<url>/upload/\d+/retry/)" hx-trigger="load" hx-swap="none" hx-vals="(?P<vals>[^"]*)"')


def take_turns(client, html: str) -> list[str]:
    """Ask for the article whose turn it is in the answer to an upload, then for the next one its
    answer names, until the last: the answers (none when the upload extracted them all itself)."""
    answers = []
    while (turn := TURN.search(html)) and len(answers) < 1000:
        html = client.post(turn["url"], json.loads(unescape(turn["vals"])), headers=HTMX).content.decode()
        answers.append(html)
    return answers
