"""Trains the entity model and writes it to models/entities/ (see README.md beside this file).

    /usr/bin/python3 training/ner/train.py [--work DIR] [--smartdata N] [--probabilities] [--folds K] [--epochs N]
"""
import argparse
import collections
import json
import lzma
import os
import random
import subprocess
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data  # noqa: E402
from model import CASINGS, CORENLP_TAGS, MAX_CHARS, Features, Tagger  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(ROOT, "..", "shared")
TRAIN = os.path.join(SHARED, "eval", "ner", "germeval2014-test-a.tsv")
DEV = os.path.join(SHARED, "eval", "ner", "germeval2014-dev.tsv")
RAW = os.path.join(SHARED, "corpora", "raw-de", "bundestag-speeches.txt.xz")
SMARTDATA = [os.path.join(SHARED, "corpora", "smartdata", f) for f in ("train.json.gz", "test.json.gz")]
OUT = os.path.join(ROOT, "models", "entities")


def log(*parts):
    print(time.strftime("%H:%M:%S"), *parts, file=sys.stderr, flush=True)


def word_vectors(work, lines, dim, epochs):
    """fastText skip-gram vectors on the first LINES paragraphs of the raw corpus (cached in WORK)."""
    vec = os.path.join(work, "vectors.vec")
    if os.path.exists(vec):
        return vec
    raw = os.path.join(work, "raw.txt")
    tokens = os.path.join(os.path.dirname(os.path.abspath(__file__)), "raw_text.py")
    with lzma.open(RAW, "rb") as source, open(raw, "wb") as target:
        subprocess.run([sys.executable, tokens, str(lines)], stdin=source, stdout=target, check=True)
    subprocess.run(["fasttext", "skipgram", "-input", raw, "-output", os.path.join(work, "vectors"),
                    "-dim", str(dim), "-epoch", str(epochs), "-minCount", "3", "-thread", "2", "-maxn", "0",
                    "-verbose", "1"], check=True)
    return vec


def read_vectors(path):
    vectors = {}
    with open(path, encoding="utf-8", errors="replace") as lines:
        next(lines)
        for line in lines:
            parts = line.rstrip().split(" ")
            vectors[parts[0]] = [float(x) for x in parts[1:]]
    return vectors


def classpath():
    jar = os.path.join(ROOT, "target", "wortlaut.jar")
    if not os.path.exists(jar):
        subprocess.run(["mvn", "-B", "-q", "-DskipTests", "package"], cwd=ROOT, check=True)
    return jar + os.pathsep + os.path.join(ROOT, "target", "lib", "*")


def tensors(features, batch):
    length = max(len(s.words) for s in batch)
    columns = [[], [], [], [], [], []]
    padding = [0, [1] * MAX_CHARS, 0, 0, 0, [1.0] + [0.0] * (len(CORENLP_TAGS) - 1)]
    labels, mask = [], []
    for s in batch:
        ids = features.of(s.text, s.words)
        pad = length - len(s.words)
        for column, values, filler in zip(columns, ids, padding):
            column.append(values + [filler] * pad)
        labels.append([data.LABELS.index(x) for x in s.labels] + [0] * pad)
        mask.append([1.0] * len(s.words) + [0.0] * pad)
    if not PROBABILITIES:
        columns.pop()
    return [torch.tensor(c) for c in columns], torch.tensor(labels), torch.tensor(mask)


def predict(model, features, sentences):
    model.eval()
    result = [[] for _ in sentences]
    order = sorted((i for i, s in enumerate(sentences) if s.words), key=lambda i: len(sentences[i].words))
    with torch.no_grad():
        for at in range(0, len(order), 64):
            batch = order[at:at + 64]
            inputs, _, _ = tensors(features, [sentences[i] for i in batch])
            emissions = model(*inputs)
            for row, i in enumerate(batch):
                labels = model.decode(emissions[row, :len(sentences[i].words)])
                result[i] = [data.LABELS[x] for x in labels]
    return result


def train(train_sentences, features, vectors, epochs, dev=None, seed=1):
    """Trains for EPOCHS; with DEV, keeps the epoch that scores best there."""
    torch.manual_seed(seed)
    random.seed(seed)
    model = Tagger(vectors, len(features.chars), len(features.clusters), LABEL_TAGS, encoder=ENCODER,
                   probabilities=PROBABILITIES)
    optimiser = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=0.002)
    usable = [s for s in train_sentences if s.words]
    best, best_state, history = -1.0, None, []
    for epoch in range(1, epochs + 1):
        model.train()
        usable.sort(key=lambda s: len(s.words) + random.random() * 6)
        batches = [usable[i:i + 24] for i in range(0, len(usable), 24)]
        random.shuffle(batches)
        total = 0.0
        for batch in batches:
            inputs, labels, mask = tensors(features, batch)
            loss = model.nll(model(*inputs), labels, mask)
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optimiser.step()
            total += float(loss)
        entry = {"epoch": epoch, "loss": round(total / len(batches), 3)}
        if dev is not None:
            scores = data.score(dev, predict(model, features, dev))
            entry["dev"] = scores
            if scores["all"] > best:
                best, best_state = scores["all"], {k: v.clone() for k, v in model.state_dict().items()}
        history.append(entry)
        log(json.dumps(entry))
    if best_state is not None:
        model.load_state_dict(best_state)
    return model, history


def vocabulary(train_sentences, raw_vectors, raw_words):
    """Words: those of the training data with a vector, then the corpus's most frequent; chars and clusters seen in training."""
    words, seen = ["<unk>"], {"<unk>"}
    for s in train_sentences:
        for start, end, *_ in s.words:
            w = s.text[start:end]
            for form in (w, w.lower()):
                if form in raw_vectors and form not in seen:
                    seen.add(form)
                    words.append(form)
    for w in raw_words:
        if len(words) >= VOCABULARY_SIZE:
            break
        if w not in seen:
            seen.add(w)
            words.append(w)
    char_counts = collections.Counter(c for s in train_sentences for st, e, *_ in s.words for c in s.text[st:e])
    chars = ["\0", "\1"] + sorted(c for c, n in char_counts.items() if n >= 2)  # unknown, padding
    clusters = ["<unk>"] + sorted({w[3] for s in train_sentences for w in s.words})
    dim = len(next(iter(raw_vectors.values())))
    matrix = torch.zeros(len(words), dim)
    for i, w in enumerate(words[1:], start=1):
        matrix[i] = torch.tensor(raw_vectors[w])
    return Features(words, chars, clusters), matrix


VOCABULARY_SIZE = 60000
PROBABILITIES = False
# GermEval's types as CoreNLP's tags (OTH is its MISC)
LABEL_TAGS = [CORENLP_TAGS.index({"O": "O", "PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION", "OTH": "MISC"}
                                 [label[2:] if label != "O" else "O"]) for label in data.LABELS]
ENCODER = "cnn"


def export(model, features, out, manifest):
    os.makedirs(out, exist_ok=True)
    model.eval()
    s = data.Sentence("Angela Merkel besuchte Berlin .", [], [], "example")
    person, place, outside = [0.1, 0.9, 0.0, 0.0, 0.0], [0.2, 0.0, 0.8, 0.0, 0.0], [1.0, 0.0, 0.0, 0.0, 0.0]
    s.words = [(0, 6, "PERSON", "1", person), (7, 13, "PERSON", "1", person), (14, 22, "O", "1", outside),
               (23, 29, "LOCATION", "1", place), (30, 31, "O", "1", outside)]
    s.labels = ["O"] * 5
    inputs, _, _ = tensors(features, [s])
    names = ["words", "chars", "tags", "clusters", "casings", "probabilities"][:len(inputs)]
    axes = {n: {1: "length"} for n in names}
    axes["emissions"] = {1: "length"}
    torch.onnx.export(model, tuple(inputs), os.path.join(out, "tagger.onnx"), input_names=names,
                      output_names=["emissions"], dynamic_axes=axes, opset_version=13)
    with open(os.path.join(out, "tagger-vocabulary.tsv"), "w", encoding="utf-8") as f:
        # one section per input, in index order; the CRF's scores after them
        f.write("#words\n" + "".join(w + "\n" for w in sorted(features.words, key=features.words.get)))
        f.write("#chars\n" + "".join(str(ord(c)) + "\n" for c in sorted(features.chars, key=features.chars.get)))
        f.write("#clusters\n" + "".join(c + "\n" for c in sorted(features.clusters, key=features.clusters.get)))
        f.write("#labels\n" + "".join(x + "\n" for x in data.LABELS))
        f.write("#start\n" + "\t".join(f"{x:.6f}" for x in model.start.tolist()) + "\n")
        f.write("#end\n" + "\t".join(f"{x:.6f}" for x in model.end.tolist()) + "\n")
        f.write("#transitions\n" + "".join("\t".join(f"{x:.6f}" for x in row) + "\n"
                                           for row in model.transitions.tolist()))
    with open(os.path.join(out, "tagger.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write("\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", default="/tmp/wortlaut-ner", help="cache for vectors and CoreNLP's tags")
    parser.add_argument("--smartdata", type=int, default=0, metavar="N",
                        help="add N sentences of SmartData (its types mapped, CoreNLP's MISC as OTH), drawn at random, "
                             "to the training data")
    parser.add_argument("--folds", type=int, default=4, help="k for the cross-validated figure (0: none)")
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--raw-lines", type=int, default=110000, help="paragraphs of the raw corpus for the vectors")
    parser.add_argument("--encoder", choices=("cnn", "lstm"), default="cnn",
                        help="after the first convolution: a second one, or a BiLSTM")
    parser.add_argument("--probabilities", action="store_true",
                        help="also read CoreNLP's probability of each of its tags (the chain then runs its CRF twice)")
    parser.add_argument("--out", default=OUT)
    parser.add_argument("--fold-out", help="also write each fold's model and held-out sentences here")
    args = parser.parse_args()
    started = time.time()
    global ENCODER, PROBABILITIES
    ENCODER = args.encoder
    PROBABILITIES = args.probabilities
    torch.set_num_threads(1)
    os.makedirs(args.work, exist_ok=True)
    vec = word_vectors(args.work, args.raw_lines, 100, 4)
    log("vectors", vec)
    cp = classpath()
    train_sentences = data.read_germeval(TRAIN, "germeval")
    dev = data.read_germeval(DEV, "germeval")
    data.tag_with_corenlp(train_sentences, cp, os.path.join(args.work, "train.words"))
    data.tag_with_corenlp(dev, cp, os.path.join(args.work, "dev.words"))
    extra = []
    if args.smartdata:
        extra = data.read_smartdata(SMARTDATA[0]) + data.read_smartdata(SMARTDATA[1])
        data.tag_with_corenlp(extra, cp, os.path.join(args.work, "smartdata.words"))
        extra = random.Random(3).sample(extra, min(args.smartdata, len(extra)))
        for sentence in extra:
            data.misc_as_oth(sentence)
    raw_vectors = read_vectors(vec)
    raw_words = list(raw_vectors)  # fastText writes them by frequency
    features, matrix = vocabulary(train_sentences + extra, raw_vectors, raw_words)
    log("vocabulary", len(features.words), "chars", len(features.chars), "clusters", len(features.clusters))
    corenlp_dev = data.score(dev, [[corenlp_label(w, s.words) for w in s.words] for s in dev])
    log("CoreNLP alone on dev", corenlp_dev)

    model, history = train(train_sentences + extra, features, matrix, args.epochs, dev=dev)
    best_epoch = max(history, key=lambda h: h["dev"]["all"])["epoch"]
    dev_scores = data.score(dev, predict(model, features, dev))
    log("dev", dev_scores, "epoch", best_epoch)
    train_seconds = time.time() - started
    export(model, features, args.out, {"scores": {"dev": dev_scores}, "note": "folds still running"})

    folds, folds_corenlp = [], []
    if args.folds:
        order = list(range(len(train_sentences)))
        random.Random(7).shuffle(order)
        for k in range(args.folds):
            held = [train_sentences[i] for i in order[k::args.folds]]
            held_ids = set(order[k::args.folds])
            rest = [s for i, s in enumerate(train_sentences) if i not in held_ids]
            fold_features, fold_matrix = vocabulary(rest + extra, raw_vectors, raw_words)
            fold_model, _ = train(rest + extra, fold_features, fold_matrix, best_epoch)
            scores = data.score(held, predict(fold_model, fold_features, held))
            corenlp = data.score(held, [[corenlp_label(w, s.words) for w in s.words] for s in held])
            log("fold", k + 1, scores, "CoreNLP alone", corenlp)
            folds.append(scores)
            folds_corenlp.append(corenlp)
            if args.fold_out:
                where = os.path.join(args.fold_out, f"fold{k + 1}")
                export(fold_model, fold_features, where, {"fold": k + 1, "held_out": scores})
                write_germeval(TRAIN, sorted(order[k::args.folds]), os.path.join(where, "held-out.tsv"))
    mean = average(folds)

    manifest = {
        "model": "CRF entity tagger over a convolution of width 3 and " + ("a BiLSTM" if args.encoder == "lstm" else "a second convolution") + ", plus a direct path from CoreNLP's tag" + (" and tag probabilities" if args.probabilities else "") + " to the label scores (PER, LOC, ORG, MISC as GermEval's OTH), BIO labels",
        "files": {"tagger.onnx": "emission scores per word (ONNX, opset 13)",
                  "tagger-vocabulary.tsv": "the ids of words, characters, clusters; labels; CRF start, end and transition scores"},
        "data": {"train": "GermEval 2014 test sentences, 60 % part (../shared/eval/ner/germeval2014-test-a.tsv), "
                          f"{len(train_sentences)} sentences, CC BY 4.0; outer level, deriv/part as O",
                 "smartdata": ("SmartData v1 train+test, person/organization(-company)/location(-*) mapped to "
                               f"PER/ORG/LOC, the words outside them that CoreNLP tags MISC as OTH, "
                               f"{len(extra)} sentences, CC BY 4.0") if extra else "not used",
                 "vectors": f"fastText skip-gram, 100 dimensions, on the first {args.raw_lines} paragraphs of the "
                            "Bundestag speeches (../shared/corpora/raw-de), official works; "
                            f"{len(features.words) - 1} words kept",
                 "model_selection": "epoch chosen on GermEval 2014 dev (never trained on)"},
        "features": ["word vector (frozen; exact form, else lower case, else unknown)",
                     f"character CNN (20 filters, width 3, first {MAX_CHARS} characters)",
                     "CoreNLP German CRF tag (" + ", ".join(CORENLP_TAGS) + ")",
                     "CoreNLP's distributional cluster of the word (600 classes)",
                     "casing (" + ", ".join(CASINGS) + ")"]
                    + (["CoreNLP's probability of each of its tags (the marginals of its CRF), as log probabilities "
                        "into the network and, from CoreNLP's reading as the start, straight to the label scores"]
                       if args.probabilities else []),
        "settings": {"encoder": args.encoder, "hidden": 64, "dropout": 0.3, "optimiser": "Adam lr 0.002", "batch": 24,
                     "epochs": best_epoch, "epochs_tried": args.epochs, "seed": 1},
        "scores": {"dev": dev_scores, "dev_corenlp_alone": corenlp_dev,
                   "cross_validated": {"folds": args.folds, "mean": mean, "each": folds,
                                       "corenlp_alone_mean": average(folds_corenlp)} if folds else None,
                   "note": "strict, outer level, base types; tokens from CoreNLP, widened to gold tokens"},
        "history": history,
        "licence": "GPL-3.0-or-later (the project's); trained on CC BY 4.0 data (GermEval 2014: Benikova et al., "
                   "NoSta-D" + ("; SmartData: Schiersch et al., DFKI" if extra else "") + ") and official works; "
                   "clusters read at run time from CoreNLP's German model (GPL-2.0-or-later)",
        "rebuild": "/usr/bin/python3 training/ner/train.py" + (f" --smartdata {args.smartdata}" if args.smartdata else "")
                   + (" --probabilities" if args.probabilities else ""),
        "training_seconds": round(train_seconds),
        "training_seconds_note": "from the start of the command to the exported model, with word vectors and "
                                 "CoreNLP's tags already in --work (from scratch they take about 9 and 3 minutes more)",
        "total_seconds_with_folds": round(time.time() - started),
        "machine": "2 shared CPU cores",
    }
    export(model, features, args.out, manifest)
    manifest["size_bytes"] = {f: os.path.getsize(os.path.join(args.out, f)) for f in ("tagger.onnx", "tagger-vocabulary.tsv")}
    with open(os.path.join(args.out, "tagger.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write("\n")
    log("done", json.dumps(manifest["scores"]))


def average(scores):
    return {key: round(sum(f[key] for f in scores) / len(scores), 4) for key in scores[0]} if scores else None


def corenlp_label(word, words):
    """CoreNLP's own tag as a BIO label (its runs become one entity), for the comparison line."""
    names = {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG", "MISC": "OTH"}
    i = words.index(word)
    kind = names.get(word[2])
    if kind is None:
        return "O"
    return ("I-" if i > 0 and words[i - 1][2] == word[2] else "B-") + kind


def write_germeval(path, indices, target):
    wanted, current, index = set(indices), [], 0
    with open(path, encoding="utf-8") as lines, open(target, "w", encoding="utf-8") as out:
        for line in lines:
            if line.strip():
                current.append(line)
            elif current:
                if index in wanted:
                    out.write("".join(current) + "\n")
                current, index = [], index + 1
        if current and index in wanted:
            out.write("".join(current) + "\n")


if __name__ == "__main__":
    main()
