"""Pick WiNER-fr articles for new gold: rich in figures, of a readable length,
not already annotated. Prints `source id` lines, a seeded random sample.

    python3 select_articles.py COUNT SEED

The first 96 WiNER articles of the gold were drawn the same way (seed
20261202); later rounds use a new seed and skip every article already in
corpus/gold, so no article is drawn twice.
"""
import glob
import os
import random
import re
import sys

from goldlib import GOLD, SOURCES

NUMBER = re.compile(r'\d+(?:[  .,]\d+)*')


def candidates():
    done = {os.path.basename(p).split('.')[0]
            for p in glob.glob(os.path.join(GOLD, '*', '*.gold.jsonl'))}
    for source in ('winer-fr/train', 'winer-fr/dev'):
        for path in sorted(glob.glob(os.path.join(SOURCES[source], '*.txt'))):
            doc = os.path.basename(path)[:-4]
            if doc in done:
                continue
            with open(path, encoding='utf-8') as fh:
                text = fh.read()
            if 700 <= len(text) <= 3200 and len(NUMBER.findall(text)) >= 8:
                yield source, doc


def main():
    count, seed = int(sys.argv[1]), int(sys.argv[2])
    pool = list(candidates())
    for source, doc in sorted(random.Random(seed).sample(pool, count), key=lambda x: x[1]):
        print(source, doc)


if __name__ == '__main__':
    main()
