#!/usr/bin/env python3
"""Agreement between Spectral and charter on the corpus, per rule that both have.

Reads Spectral's JSON output (bench/lint-parity-spectral.sh) and charter's (the CorpusLint tool, or
`charter lint -f json`), both one file per spec under their folders, and matches findings on
(rule id, file, start line). Agreement of a rule = the share of Spectral's findings charter also
reports. Prints a Markdown table; with --details RULE lists the unmatched findings of one rule.

Usage: bench/lint-parity.py SPECTRAL_DIR CHARTER_DIR [--details RULE] [--limit N]
"""
import collections, glob, json, os, re, sys

def rule_ids(src_root):
    ids = set()
    for path in glob.glob(os.path.join(src_root, '**', '*Rule.java'), recursive=True):
        src = open(path, encoding='utf-8').read()
        m = re.search(r'@LintRule\(\s*id = "([^"]+)"', src)
        # Only the rules Spectral also has (same id) are compared.
        if m and re.search(r'family = RuleFamily\.SPECTRAL_', src):
            ids.add(m.group(1))
    return ids

def load(path):
    try:
        data = json.load(open(path, encoding='utf-8'))
    except (OSError, ValueError):
        return []
    out = []
    if isinstance(data, dict) and 'diagnostics' in data:
        # `charter lint -f json`: 1-based lines, rule id under "id".
        for d in data['diagnostics']:
            out.append((d['id'], os.path.normpath(d.get('file') or ''), d['line'], d.get('message', '')))
        return out
    for r in data:
        # Spectral's JSON and CorpusLint's: 0-based lines under "range" or "line".
        line = r['range']['start']['line'] if 'range' in r else r['line']
        out.append((r['code'], os.path.normpath(r.get('source') or ''), line + 1, r.get('message', '')))
    return out

def main():
    args = sys.argv[1:]
    details = None
    limit = 30
    if '--details' in args:
        i = args.index('--details'); details = args[i + 1]; del args[i:i + 2]
    if '--limit' in args:
        i = args.index('--limit'); limit = int(args[i + 1]); del args[i:i + 2]
    spectral_dir, charter_dir = args[0], args[1]
    here = os.path.dirname(os.path.abspath(__file__))
    shared = rule_ids(os.path.join(here, '..', 'lint-rules', 'src', 'main', 'java'))
    per_rule = collections.defaultdict(lambda: [0, 0, 0])  # spectral, charter, matched
    missed = collections.defaultdict(list)
    extra = collections.defaultdict(list)
    specs = 0
    for sp in sorted(glob.glob(os.path.join(spectral_dir, '**', '*.json'), recursive=True)):
        if os.path.basename(sp).startswith('.'):
            continue
        rel = os.path.relpath(sp, spectral_dir)
        ch = os.path.join(charter_dir, rel)
        if not os.path.exists(ch):
            continue
        specs += 1
        s = [f for f in load(sp) if f[0] in shared]
        c = [f for f in load(ch) if f[0] in shared]
        sc = collections.Counter((f[0], f[1], f[2]) for f in s)
        cc = collections.Counter((f[0], f[1], f[2]) for f in c)
        for key in set(sc) | set(cc):
            code = key[0]
            m = min(sc[key], cc[key])
            per_rule[code][0] += sc[key]
            per_rule[code][1] += cc[key]
            per_rule[code][2] += m
            if sc[key] > m:
                msg = next(f[3] for f in s if (f[0], f[1], f[2]) == key)
                missed[code].append((key[1], key[2], sc[key] - m, msg))
            if cc[key] > m:
                msg = next(f[3] for f in c if (f[0], f[1], f[2]) == key)
                extra[code].append((key[1], key[2], cc[key] - m, msg))
    if details:
        print(f'## {details}: in Spectral, not in charter')
        for f in sorted(missed[details])[:limit]:
            print(f'  {f[0]}:{f[1]} x{f[2]}  {f[3][:120]}')
        print(f'## {details}: in charter, not in Spectral')
        for f in sorted(extra[details])[:limit]:
            print(f'  {f[0]}:{f[1]} x{f[2]}  {f[3][:120]}')
        return
    total = [0, 0, 0]
    print(f'{specs} specs compared.\n')
    print('| rule | Spectral | charter | agree | only Spectral | only charter | agreement |')
    print('|---|---:|---:|---:|---:|---:|---:|')
    for code in sorted(per_rule, key=lambda k: -per_rule[k][0]):
        s, c, m = per_rule[code]
        total = [total[0] + s, total[1] + c, total[2] + m]
        pct = f'{100.0 * m / s:.1f}%' if s else 'n/a'
        print(f'| {code} | {s} | {c} | {m} | {s - m} | {c - m} | {pct} |')
    s, c, m = total
    print(f'| **total** | {s} | {c} | {m} | {s - m} | {c - m} | **{100.0 * m / max(1, s):.2f}%** |')

if __name__ == '__main__':
    main()
