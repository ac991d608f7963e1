"""Pick WiNER-fr articles for new gold: rich in figures, of a readable length,
not already annotated. Prints `source id` lines, a seeded random sample.

    python3 select_articles.py COUNT SEED [MIN_NUMBERS MAX_CHARS]

The first 96 WiNER articles of the gold were drawn the same way (seed
20261202); later rounds use a new seed and skip every article already in
corpus/gold, so no article is drawn twice. By the eighth round only 18
articles with 8 numbers in 700-3 200 characters were left: it drew from
articles with 6 numbers in up to 4 500 characters (`40 20261209 6 4500`).
"""
import glob
import os
import random
import re
import sys

from goldlib import GOLD, SOURCES

NUMBER = re.compile(r'\d+(?:[  .,]\d+)*')


def candidates(min_numbers=8, max_chars=3200):
    done = {os.path.basename(p).split('.')[0]
            for p in glob.glob(os.path.join(GOLD, '*', '*.gold.jsonl'))}
    for source in ('winer-fr/train', 'winer-fr/dev'):
        for path in sorted(glob.glob(os.path.join(SOURCES[source], '*.txt'))):
            doc = os.path.basename(path)[:-4]
            if doc in done:
                continue
            with open(path, encoding='utf-8') as fh:
                text = fh.read()
            if 700 <= len(text) <= max_chars and len(NUMBER.findall(text)) >= min_numbers:
                yield source, doc


def main():
    count, seed = int(sys.argv[1]), int(sys.argv[2])
    pool = list(candidates(*map(int, sys.argv[3:5])))
    for source, doc in sorted(random.Random(seed).sample(pool, count), key=lambda x: x[1]):
        print(source, doc)


if __name__ == '__main__':
    main()
