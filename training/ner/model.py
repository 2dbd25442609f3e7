"""The entity model: convolutions over words, characters, CoreNLP's tag, cluster and casing, with a CRF on top."""
import torch
from torch import nn

MAX_CHARS = 20
CORENLP_TAGS = ["O", "PERSON", "LOCATION", "ORGANIZATION", "MISC"]
CASINGS = ["lower", "title", "upper", "mixed", "digit", "other"]


def casing(word):
    """The word's shape class; the Java side computes the same."""
    if any(c.isdigit() for c in word):
        return 4
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return 5
    if all(c.islower() for c in letters):
        return 0
    if all(c.isupper() for c in letters):
        return 2 if len(letters) > 1 else 1
    if word[0].isupper() and all(c.islower() for c in letters[1:]):
        return 1
    return 3


class Features:
    """Word, character, tag, cluster and casing ids of a sentence; index 0 of each vocabulary is 'unknown'."""

    def __init__(self, words, chars, clusters):
        self.words = {w: i for i, w in enumerate(words)}
        self.chars = {c: i for i, c in enumerate(chars)}
        self.clusters = {c: i for i, c in enumerate(clusters)}

    def word_id(self, word):
        found = self.words.get(word)
        return found if found is not None else self.words.get(word.lower(), 0)

    def of(self, text, words):
        forms = [text[s:e] for s, e, *_ in words]
        word_ids = [self.word_id(f) for f in forms]
        char_ids = [[self.chars.get(c, 0) for c in f[:MAX_CHARS]] + [1] * (MAX_CHARS - len(f[:MAX_CHARS]))
                    for f in forms]
        tags = [CORENLP_TAGS.index(t) if t in CORENLP_TAGS else 0 for _, _, t, *_ in words]
        clusters = [self.clusters.get(c, 0) for _, _, _, c, *_ in words]
        casings = [casing(f) for f in forms]
        probabilities = [w[4] for w in words]
        return word_ids, char_ids, tags, clusters, casings, probabilities


class Tagger(nn.Module):
    """Two convolutions of width 3 (each word sees two words either side), cheap enough to train on two shared cores."""

    def __init__(self, vectors, char_count, cluster_count, label_tags, hidden=64, dropout=0.3, encoder="cnn",
                 probabilities=False):
        """LABEL_TAGS: per BIO label, the index of the CoreNLP tag of its type (O for O); PROBABILITIES: whether
        the model also reads CoreNLP's probability of each of its tags."""
        label_count = len(label_tags)
        super().__init__()
        self.encoder = encoder
        self.words = nn.Embedding.from_pretrained(vectors, freeze=True)
        self.chars = nn.Embedding(char_count, 12, padding_idx=1)
        self.char_cnn = nn.Conv1d(12, 20, kernel_size=3, padding=1)
        self.tags = nn.Embedding(len(CORENLP_TAGS), 10)
        self.clusters = nn.Embedding(cluster_count, 20)
        self.casings = nn.Embedding(len(CASINGS), 5)
        size = vectors.shape[1] + 20 + 10 + 20 + 5 + (len(CORENLP_TAGS) if probabilities else 0)
        self.dropout = nn.Dropout(dropout)
        self.project = nn.Linear(size, hidden)
        self.conv1 = nn.Conv1d(hidden, hidden, kernel_size=3, padding=1)
        self.conv2 = nn.Conv1d(hidden, hidden, kernel_size=3, padding=1)
        self.lstm = nn.LSTM(hidden, hidden // 2, batch_first=True, bidirectional=True) if encoder == "lstm" else None
        self.out = nn.Linear(hidden, label_count)
        # CoreNLP's tag (and its log probabilities) straight to label scores, past the dropout: the
        # network learns corrections to them (and where CoreNLP is unsure)
        self.tag_scores = nn.Embedding(len(CORENLP_TAGS), label_count)
        self.probability_scores = nn.Linear(len(CORENLP_TAGS), label_count) if probabilities else None
        if probabilities:
            with torch.no_grad():  # start from CoreNLP's reading: each label scored by its tag's log probability
                self.probability_scores.weight.zero_()
                self.probability_scores.bias.zero_()
                for label, tag in enumerate(label_tags):
                    self.probability_scores.weight[label, tag] = 1.0
        self.transitions = nn.Parameter(torch.zeros(label_count, label_count))
        self.start = nn.Parameter(torch.zeros(label_count))
        self.end = nn.Parameter(torch.zeros(label_count))

    def forward(self, word_ids, char_ids, tags, clusters, casings, probabilities=None):
        """Emission scores [batch, words, labels]; PROBABILITIES only for a model that reads them."""
        direct = self.tag_scores(tags)
        extra = []
        if self.probability_scores is not None:
            certainty = torch.log(probabilities.clamp(min=1e-4))  # CoreNLP's log probability of each of its tags
            direct = direct + self.probability_scores(certainty)
            extra.append(certainty)
        batch, length, chars = char_ids.shape
        present = (char_ids[:, :, 0] != 1).unsqueeze(1).float()  # padding words have only padding characters
        c = self.chars(char_ids.reshape(batch * length, chars)).transpose(1, 2)
        c = torch.relu(self.char_cnn(c)).max(dim=2).values.reshape(batch, length, -1)
        x = torch.cat([self.words(word_ids), c, self.tags(tags), self.clusters(clusters), self.casings(casings)] + extra, dim=2)
        h = torch.relu(self.project(self.dropout(x))).transpose(1, 2) * present
        h = h + torch.relu(self.conv1(self.dropout(h))) * present
        if self.lstm is not None:
            h = h.transpose(1, 2)
            lengths = present.sum(dim=2).flatten()
            if bool((lengths < length).any()):  # a padded batch: the LSTM must not read the padding
                packed = nn.utils.rnn.pack_padded_sequence(self.dropout(h), lengths.long(), batch_first=True,
                                                           enforce_sorted=False)
                read = nn.utils.rnn.pad_packed_sequence(self.lstm(packed)[0], batch_first=True, total_length=length)[0]
            else:
                read = self.lstm(self.dropout(h))[0]
            return self.out(self.dropout(h + read)) + direct
        h = h + torch.relu(self.conv2(self.dropout(h))) * present
        return self.out(self.dropout(h.transpose(1, 2))) + direct

    def nll(self, emissions, labels, mask):
        """Mean negative log-likelihood of the gold label sequences under the CRF."""
        batch, length, count = emissions.shape
        score = self.start[labels[:, 0]] + emissions[:, 0].gather(1, labels[:, :1]).squeeze(1)
        alpha = self.start + emissions[:, 0]
        for t in range(1, length):
            m = mask[:, t]
            step = self.transitions[labels[:, t - 1], labels[:, t]] + emissions[:, t].gather(1, labels[:, t:t + 1]).squeeze(1)
            score = score + step * m
            nxt = torch.logsumexp(alpha.unsqueeze(2) + self.transitions + emissions[:, t].unsqueeze(1), dim=1)
            alpha = torch.where(m.unsqueeze(1) > 0, nxt, alpha)
        lengths = mask.sum(1).long()
        last = labels.gather(1, (lengths - 1).unsqueeze(1)).squeeze(1)
        score = score + self.end[last]
        partition = torch.logsumexp(alpha + self.end, dim=1)
        return (partition - score).mean()

    def decode(self, emissions):
        """Viterbi labels of one sentence's emissions [words, labels]."""
        score = self.start + emissions[0]
        back = []
        for t in range(1, emissions.shape[0]):
            total = score.unsqueeze(1) + self.transitions + emissions[t].unsqueeze(0)
            score, best = total.max(dim=0)
            back.append(best)
        score = score + self.end
        label = int(score.argmax())
        path = [label]
        for best in reversed(back):
            label = int(best[label])
            path.append(label)
        return list(reversed(path))
