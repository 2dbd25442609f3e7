"""Tokenises the first LINES lines of the raw corpus for word vectors: stdin xz text, stdout one paragraph per line."""
import re
import sys

TOKEN = re.compile(r"\w+(?:[-'.]\w+)*|[^\w\s]", re.UNICODE)

limit = int(sys.argv[1])
for number, line in enumerate(sys.stdin):
    if number >= limit:
        break
    words = TOKEN.findall(line)
    if words:
        sys.stdout.write(" ".join(words) + "\n")
