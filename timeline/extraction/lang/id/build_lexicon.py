"""Build lexicon_common.txt: ordinary Indonesian words, used to reject capitalized words that
are not names ("Namun", "Menurut", "Pertemuan") and to tell a title ("Menteri Luar Negeri")
from the name after it.

Derived from the POS-tagged news corpus that the `nlp-id` package ships
(nlp_id/data/dataset_postag.txt, ~560k tokens): a word is common when it occurs at least
twice written in lower case, or is tagged as something other than a proper noun (NNP/FW) in
at least 80% of its occurrences; plus indoNLP's list of Indonesian function words
(`indoNLP.preprocessing.STOPWORDS`: "sesudahnya", "masing-masing", ...), which no name is.
Run once, commit the output; the runtime needs neither package:

    .venv/bin/python -m timeline.extraction.lang.id.build_lexicon
"""
from __future__ import annotations

import collections
import importlib.util
import sys
from pathlib import Path

OUT = Path(__file__).with_name("lexicon_common.txt")


def build(corpus: Path) -> list[str]:
    lower = collections.Counter()
    tagged = collections.Counter()
    proper = collections.Counter()
    for line in corpus.read_text(encoding="utf-8").splitlines():
        word, _, tag = line.partition("\t")
        if not word.isalpha() or len(word) < 2:
            continue
        key = word.lower()
        tagged[key] += 1
        if tag in ("NNP", "FW"):
            proper[key] += 1
        elif word.islower():
            lower[key] += 1
    words = {w for w, n in lower.items() if n >= 2}
    words |= {w for w, n in tagged.items() if n >= 3 and proper[w] <= 0.2 * n}
    return sorted(words)


def main() -> int:
    spec = importlib.util.find_spec("nlp_id")
    if spec is None or not spec.origin:
        print("nlp-id is not installed: pip install nlp-id to rebuild the lexicon", file=sys.stderr)
        return 1
    corpus = Path(spec.origin).parent / "data" / "dataset_postag.txt"
    words = build(corpus)
    from indoNLP.preprocessing import STOPWORDS
    words = sorted(set(words) | {w.lower() for w in STOPWORDS if len(w) >= 2})
    OUT.write_text("# Ordinary Indonesian words, lower case (built by build_lexicon.py from nlp-id's corpus and indoNLP's stop words)\n"
                   + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
