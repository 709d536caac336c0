#!/usr/bin/python3
"""What PyTorch prints for the code the panels show, for app/code/codeOutputs.test.ts.

Run: /usr/bin/python3 scripts/golden/code_outputs.py   (needs node_modules: it calls tsx)
Builds the programs of app/code/codeCases.ts with the app's own code, runs each with Debian's
PyTorch and writes app/code/__fixtures__/codeOutputs.json: per case its code, what it printed
and the warnings it raised. The test then checks, without Python, that the comments in the
app's code are exactly that output, and that the code is still the code that was run.
"""
import contextlib
import io
import json
import pathlib
import subprocess
import warnings

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "app" / "code" / "__fixtures__" / "codeOutputs.json"


def run(code):
    """stdout, warnings and the error (if any) of one program, each in a fresh namespace."""
    out = io.StringIO()
    error = None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            with contextlib.redirect_stdout(out):
                exec(compile(code, "<panel code>", "exec"), {"__name__": "__main__"})
        except Exception as e:  # noqa: BLE001 - recorded, and the test then fails on it
            error = f"{type(e).__name__}: {e}"
    return out.getvalue(), sorted({str(w.message) for w in caught}), error


def main():
    cases = json.loads(
        subprocess.run(
            ["npx", "tsx", "scripts/golden/code_cases.ts"],
            cwd=ROOT, check=True, capture_output=True, text=True,
        ).stdout
    )
    fixture = []
    for case in cases:
        printed, warned, error = run(case["code"])
        entry = {"id": case["id"], "code": case["code"], "printed": printed, "warnings": warned}
        if error:
            entry["error"] = error
            print(f"{case['id']}: {error}")
        fixture.append(entry)
    OUT.write_text(json.dumps(fixture, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {len(fixture)} cases to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
