"""Write factlint's English word list (factlint/lang/data/words-en.txt.gz) from SCOWL's American list.

    python tools/make_wordlist.py [/usr/share/dict/american-english]

The source is Debian's ``wamerican`` package (SCOWL size 50, ``apt-get install wamerican``). Possessive
entries ("Smith's") are dropped; everything else is kept, one word a line, so lower-case entries are common
words and capitalised ones are names the list knows. SCOWL's copyright and permission notice must stay beside
the data file (factlint/lang/data/SCOWL-COPYRIGHT), as its licence asks.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "factlint" / "lang" / "data" / "words-en.txt.gz"


def main(source: str = "/usr/share/dict/american-english") -> None:
    words = sorted({w.strip() for w in open(source, encoding="utf-8")
                    if w.strip() and not w.strip().endswith("'s")})
    # mtime=0: the same source gives the same bytes, so regenerating does not change the file in git
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
        out.write(("\n".join(words) + "\n").encode("utf-8"))
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main(*sys.argv[1:])
