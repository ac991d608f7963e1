"""Regenerate every gold file: runs each <id>.py generator of this folder."""
import glob
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

def main():
    tools = {'goldlib.py', 'make_all.py', 'validate.py', 'select_articles.py'}
    scripts = sorted(p for p in glob.glob(os.path.join(HERE, '*.py'))
                     if os.path.basename(p) not in tools)
    for p in scripts:
        runpy.run_path(p, run_name='__main__')
    print('%d gold files written' % len(scripts))

if __name__ == '__main__':
    main()
