#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
# Writes a synthetic caseload of N clients, copies of the example clients
# under fresh klantcodes, for the validate benchmark.
import pathlib
import shutil
import sys


def main() -> None:
    if len(sys.argv) != 4:
        sys.exit("usage: make_caseload.py EXAMPLES OUT N")
    examples, out, count = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
    sources = sorted(p for p in (examples / "cases").iterdir() if p.is_dir())
    texts = [((s / "intake.yaml").read_text(), (s / "pip.yaml").read_text(), s.name)
             for s in sources]
    if out.exists():
        shutil.rmtree(out)
    (out / "cases").mkdir(parents=True)
    shutil.copy(examples / "pipkit.yaml", out / "pipkit.yaml")
    for i in range(count):
        intake, pip, code = texts[i % len(texts)]
        new_code = f"SYN-{i:06d}"
        folder = out / "cases" / new_code
        folder.mkdir()
        (folder / "intake.yaml").write_text(intake.replace(code, new_code))
        (folder / "pip.yaml").write_text(pip.replace(code, new_code))


if __name__ == "__main__":
    main()
