"""Adds lockfile entries for optional platform binaries this registry mirror does not serve (404),
so `npm ci` finds the lockfile in sync; npm skips them on install by their os/cpu/libc."""
import json, re, sys
path = sys.argv[1]
d = json.load(open(path))
p = d['packages']
CPUS = ['arm64', 'x64', 'ia32', 'arm', 'loong64', 'ppc64', 'riscv64', 's390x']
OSES = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openharmony']
added = []
for parent, entry in list(p.items()):
    for dep, spec in (entry.get('optionalDependencies') or {}).items():
        if f"{parent}/node_modules/{dep}" in p or f"node_modules/{dep}" in p:
            continue
        tail = dep.split('/')[-1]
        parts = tail.split('-')
        os_ = next(x for x in parts if x in OSES)
        cpu = next(x for x in parts[parts.index(os_) + 1:] if x in CPUS)
        stub = {'version': spec, 'cpu': [cpu], 'optional': True, 'os': [os_]}
        if os_ == 'linux':
            stub['libc'] = ['musl'] if 'musl' in tail else ['glibc']
        p[f"node_modules/{dep}"] = stub
        added.append(f"{dep}@{spec} {os_}/{cpu}{'/' + stub['libc'][0] if 'libc' in stub else ''}")
d['packages'] = dict(sorted(p.items(), key=lambda kv: (kv[0] != '', kv[0])))
open(path, 'w').write(json.dumps(d, indent=2) + '\n')
print('\n'.join(added))
