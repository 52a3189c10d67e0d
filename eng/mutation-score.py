#!/usr/bin/env python3
"""Merges Stryker.NET JSON reports of one package and prints the mutation score per file and in total.

    eng/mutation-score.py StrykerOutput/Isms.Risk-*/mutation-report.json
    eng/mutation-score.py --survivors Sampler.cs StrykerOutput/Isms.Risk-*/mutation-report.json

A package measured group by group (eng/mutation.sh with STRYKER_ONLY) leaves one report per group. A mutant (file,
position, mutator, replacement) counts as detected when any run killed it or timed out, as survived when a run covered
it without detecting it, otherwise with the status of the run that tested it. The score is detected over detected,
survived and not covered (Stryker's own definition); compile errors and ignored mutants are not scored.
"""
import collections
import json
import re
import sys

RANK = {'Killed': 5, 'Timeout': 5, 'Survived': 3, 'NoCoverage': 2, 'CompileError': 1, 'RuntimeError': 1, 'Ignored': 0, 'Pending': 0}


def main(argv):
    survivors_of = None
    if argv[:1] == ['--survivors']:
        survivors_of, argv = argv[1], argv[2:]
    if not argv:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    best, sources = {}, {}
    for report in argv:
        with open(report, encoding='utf-8') as f:
            files = json.load(f)['files']
        for path, data in files.items():
            name = re.sub(r'^.*?/src/[^/]+/', '', path)
            sources[name] = data['source'].split('\n')
            for m in data['mutants']:
                start, end = m['location']['start'], m['location']['end']
                key = (name, start['line'], start['column'], end['line'], end['column'], m['mutatorName'], m.get('replacement', ''))
                if key not in best or RANK.get(m['status'], 0) > RANK.get(best[key], 0):
                    best[key] = m['status']
    if survivors_of is not None:
        for key, status in sorted(best.items()):
            if status in ('Survived', 'NoCoverage') and survivors_of in key[0]:
                line = sources[key[0]][key[1] - 1].strip()
                print(f"{key[0]}:{key[1]} {status} {key[5]}: {key[6][:70]!r} in {line[:90]}")
        return 0
    per, total = collections.defaultdict(collections.Counter), collections.Counter()
    for key, status in best.items():
        if status != 'Ignored':
            per[key[0]][status] += 1
            total[status] += 1

    def score(c):
        detected = c['Killed'] + c['Timeout']
        scored = detected + c['Survived'] + c['NoCoverage']
        return (100.0 * detected / scored if scored else float('nan')), scored

    for name, counts in sorted(per.items()):
        pct, scored = score(counts)
        if scored:
            print(f"{pct:6.1f}% {scored:5d} scored  {dict(counts)}  {name}")
    pct, scored = score(total)
    print(f"total {pct:.1f}% of {scored} scored: {total['Killed']} killed, {total['Timeout']} timed out, "
          f"{total['Survived']} survived, {total['NoCoverage']} not covered ({total['CompileError']} compile errors not scored)")
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
