"""Training sentences for the entity model: gold spans, CoreNLP's words with its tag and cluster, labels."""
import gzip
import json
import os
import re
import subprocess

BASE_TYPES = ("PER", "LOC", "ORG", "OTH")
LABELS = ["O"] + [prefix + "-" + t for t in BASE_TYPES for prefix in ("B", "I")]

# SmartData's types as GermEval's base types; its other types (dates, numbers, triggers) are no names.
SMARTDATA_TYPES = {
    "person": "PER",
    "organization": "ORG",
    "organization-company": "ORG",
    "location": "LOC",
    "location-city": "LOC",
    "location-street": "LOC",
    "location-stop": "LOC",
    "location-route": "LOC",
}


class Sentence:
    """A sentence: its text, gold spans (start, end, type), spans left out of the scoring (deriv, part)."""

    def __init__(self, text, entities, ignored, source):
        self.text = text
        self.entities = entities
        self.ignored = ignored
        self.source = source
        self.words = []  # (start, end, corenlp tag, cluster, probability of each corenlp tag)
        self.labels = []


def read_germeval(path, source):
    sentences, rows = [], []

    def flush():
        if not rows:
            return
        text, entities, ignored = "", [], []
        open_label, open_start, previous_end = None, 0, 0

        def close():
            target = entities if open_label in BASE_TYPES else ignored
            target.append((open_start, previous_end, open_label))

        for row in rows:
            if text:
                text += " "
            start = len(text)
            text += row[1]
            tag = row[2]
            continues = tag.startswith("I-") and tag[2:] == open_label
            if not continues and open_label is not None:
                close()
                open_label = None
            if tag.startswith("B-") or (tag.startswith("I-") and open_label is None):
                open_label, open_start = tag[2:], start
            previous_end = len(text)
        if open_label is not None:
            close()
        sentences.append(Sentence(text, entities, ignored, source))
        rows.clear()

    with open(path, encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if not line.strip():
                flush()
            elif not line.startswith("#"):
                rows.append(line.split("\t"))
    flush()
    return sentences


SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"„A-ZÄÖÜ])")


def read_smartdata(path):
    text = gzip.open(path, "rt", encoding="utf-8").read()
    decoder, position, sentences = json.JSONDecoder(), 0, []
    while True:
        while position < len(text) and text[position].isspace():
            position += 1
        if position >= len(text):
            break
        document, position = decoder.raw_decode(text, position)
        body = document["text"]["string"]
        mentions = [(m["span"]["start"], m["span"]["end"], SMARTDATA_TYPES[m["type"]])
                    for m in (document.get("conceptMentions") or {}).get("array", [])
                    if m["type"] in SMARTDATA_TYPES]
        seen = set()
        for line_match in re.finditer(r"[^\n]+", body):
            line_start = line_match.start()
            cuts = [0] + [m.end() for m in SENTENCE_END.finditer(line_match.group())] + [len(line_match.group())]
            for a, b in zip(cuts, cuts[1:]):
                chunk = line_match.group()[a:b]
                stripped = chunk.rstrip()
                start = line_start + a
                if not stripped.strip() or stripped in seen:  # headlines repeat within a document
                    continue
                seen.add(stripped)
                inside = [(s - start, e - start, t) for s, e, t in mentions
                          if s >= start and e <= start + len(stripped)]
                sentences.append(Sentence(stripped.replace("\r", " "), inside, [], "smartdata"))
    return sentences


def tag_with_corenlp(sentences, classpath, cache):
    """CoreNLP's words, tags and clusters for every sentence, through the chain's own tagger."""
    if not os.path.exists(cache):
        source = "\n".join(s.text.replace("\n", " ") for s in sentences) + "\n"
        result = subprocess.run(["java", "-Xmx2g", "-cp", classpath, "org.wortlaut.entities.TaggedWordsExport"],
                                input=source.encode("utf-8"), stdout=subprocess.PIPE, check=True)
        with open(cache, "wb") as out:
            out.write(result.stdout)
    index = None
    for line in open(cache, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# "):
            index = int(line[2:])
        elif line:
            start, end, tag, cluster, *probabilities = line.split("\t")
            sentences[index].words.append((int(start), int(end), tag, cluster, [float(p) for p in probabilities]))
    for sentence in sentences:
        sentence.labels = labels_of(sentence)


def misc_as_oth(sentence):
    """SmartData marks no OTH: its words that CoreNLP tags MISC and the gold leaves out become OTH."""
    labels = list(sentence.labels)
    for i, (word, label) in enumerate(zip(sentence.words, sentence.labels)):
        if label == "O" and word[2] == "MISC":
            continues = i > 0 and labels[i - 1].endswith("-OTH") and sentence.words[i - 1][2] == "MISC"
            labels[i] = ("I-" if continues else "B-") + "OTH"
    sentence.labels = labels


def labels_of(sentence):
    labels = []
    for start, end, *_ in sentence.words:
        label = "O"
        for s, e, t in sentence.entities:
            if start < e and s < end:
                first = not any(s < pe and ps < e for ps, pe, *_ in sentence.words if pe <= start)
                label = ("B-" if first else "I-") + t
                break
        labels.append(label)
    return labels


def spans_of(sentence, labels):
    """Predicted entities as (start, end, type) widened to the gold tokens (space-separated), as the Java scorer does."""
    spans, current = [], None
    for (start, end, *_), label in zip(sentence.words, labels):
        if label == "O" or label.startswith("B-") or current is None or current[2] != label[2:]:
            if current:
                spans.append(current)
            current = None if label == "O" else [start, end, label[2:]]
        else:
            current[1] = end
    if current:
        spans.append(current)
    text, widened = sentence.text, []
    for start, end, kind in spans:
        while start > 0 and text[start - 1] != " ":
            start -= 1
        while end < len(text) and text[end] != " ":
            end += 1
        widened.append((start, end, kind))
    return widened


def score(sentences, predictions):
    """Strict base-type precision, recall, F1 overall and per type; predictions on deriv/part gold not counted."""
    counts = {t: [0, 0, 0] for t in BASE_TYPES}
    for sentence, labels in zip(sentences, predictions):
        gold = set(sentence.entities)
        predicted = {p for p in spans_of(sentence, labels)
                     if not any(p[0] < e and s < p[1] for s, e, _ in sentence.ignored)}
        for t in BASE_TYPES:
            g = {x for x in gold if x[2] == t}
            p = {x for x in predicted if x[2] == t}
            counts[t][0] += len(g & p)
            counts[t][1] += len(p)
            counts[t][2] += len(g)

    def f1(tp, predicted, gold):
        precision = tp / predicted if predicted else 0.0
        recall = tp / gold if gold else 0.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    result = {t: round(f1(*c), 4) for t, c in counts.items()}
    result["all"] = round(f1(*total), 4)
    return result
