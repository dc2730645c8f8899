#!/usr/bin/env python3
"""Converts every formula of formulas.tex with pednet-build (through a real site build) and
with latex2mathml, normalises both MathML trees and prints how many agree.

Usage: compare.py BINARY [--report FILE] [--html FILE]
Normalisation: semantics/annotation, mstyle, mpadded and mrow wrappers are dropped (their
children kept in place), attributes and spaces are ignored, characters are compared after
NFKC with U+2212 as '-', and mspace elements are left out.
"""
import argparse, html, os, re, subprocess, sys, tempfile, unicodedata
import xml.etree.ElementTree as ET

from latex2mathml.converter import convert

HERE = os.path.dirname(os.path.abspath(__file__))
UNWRAP = {"mrow", "mstyle", "mpadded", "semantics", "math"}
DROP = {"annotation", "mspace", "none"}
SAME = {"−": "-", "∗": "*", "′": "'", "⋅": "·", "…": "...", "ϵ": "ε", "ϕ": "φ", "\u00a0": "",
        "―": "¯", "\u0304": "¯", "‾": "¯", "∼": "~", "⟂": "⊥"}
LENIENT = False


def formulas():
    with open(os.path.join(HERE, "formulas.tex"), encoding="utf-8") as handle:
        return [line.strip() for line in handle if line.strip() and not line.startswith("%")]


def ours(binary, texs):
    with tempfile.TemporaryDirectory() as root:
        os.makedirs(os.path.join(root, "content", "pages"))
        body = "\n\n".join("$$" + tex + "$$" for tex in texs)
        with open(os.path.join(root, "content", "pages", "f.md"), "w", encoding="utf-8") as f:
            f.write("---\ntitle: Формулы\n---\n\n" + body + "\n")
        run = subprocess.run([binary, "build", "--source", root, "--output", root + "/out"],
                             capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit("pednet-build failed:\n" + run.stdout + run.stderr)
        page = open(os.path.join(root, "out", "pages", "f", "index.html"), encoding="utf-8").read()
    main = page[page.index("<p>"):]
    pieces = re.findall(r"<p>(.*?)</p>", main, re.S)[: len(texs)]
    # A display formula sits in a focusable span (so it can scroll on a phone); compare the
    # MathML inside it.
    pieces = [re.sub(r'^<span class="formula"[^>]*>(.*)</span>$', r"\1", piece.strip(), flags=re.S)
              for piece in pieces]
    return pieces, run.stdout + run.stderr


def leaves(element, out):
    tag = element.tag.split("}")[-1]
    if tag in DROP:
        return
    text = "".join(SAME.get(c, c) for c in unicodedata.normalize("NFKC", element.text or ""))
    text = text.replace(" ", "")
    if tag in UNWRAP:
        for child in element:
            leaves(child, out)
        return
    if tag == "mtext" and not text:
        return
    if LENIENT and tag == "mi" and not (len(text) == 1 and text.isalnum()):
        tag = "mo"
    node = [tag, text, []]
    for child in element:
        leaves(child, node[2])
    out.append(node)


def canonical(nodes):
    parts = []
    for tag, text, children in nodes:
        inner = canonical(children)
        parts.append(f"{tag}({text}{inner})")
    return "".join(parts)


def normalised(markup):
    root = ET.fromstring(markup)
    out = []
    leaves(root, out)
    return canonical(out)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--report")
    parser.add_argument("--html")
    args = parser.parse_args()
    texs = formulas()
    mine, log = ours(args.binary, texs)
    agree, lenient, differ, our_errors, their_errors = 0, 0, [], [], []
    for tex, markup in zip(texs, mine):
        if "math-error" in markup or not markup.startswith("<math"):
            our_errors.append(tex)
            continue
        try:
            reference = convert(tex, display="block")
            theirs = normalised(reference)
        except Exception as error:  # the reference can't read it
            their_errors.append(f"{tex}  ({type(error).__name__})")
            continue
        if normalised(markup) == theirs:
            agree += 1
        else:
            global LENIENT
            LENIENT = True
            if normalised(markup) == normalised(reference):
                lenient += 1
            differ.append((tex, normalised(markup), theirs))
            LENIENT = False
    compared = agree + len(differ)
    print(f"math-check: {len(texs)} formulas; pednet-build could not read {len(our_errors)}, "
          f"latex2mathml could not read {len(their_errors)}; of {compared} read by both, "
          f"{agree} agree structurally and {len(differ)} differ; {agree + lenient} agree when a "
          f"symbol's token kind (mi or mo) is not compared")
    if args.report:
        with open(args.report, "w", encoding="utf-8") as report:
            for tex in our_errors:
                report.write(f"OURS FAILED  {tex}\n")
            for tex in their_errors:
                report.write(f"THEIRS FAILED  {tex}\n")
            for tex, a, b in differ:
                report.write(f"DIFFER  {tex}\n  ours:   {a}\n  theirs: {b}\n")
    if args.html:
        rows = "\n".join(f"<tr><td><code>{html.escape(t)}</code></td><td>{m}</td><td>{convert(t, display='block') if t not in [e.split('  (')[0] for e in their_errors] else ''}</td></tr>"
                         for t, m in zip(texs, mine))
        with open(args.html, "w", encoding="utf-8") as page:
            page.write("<!doctype html><meta charset=utf-8><title>math-check</title>"
                       "<style>td{border:1px solid #ccc;padding:4px;font-size:20px}</style>"
                       f"<table><tr><th>TeX</th><th>pednet-build</th><th>latex2mathml</th></tr>{rows}</table>")
    if our_errors:
        sys.exit(f"math-check: pednet-build could not read {len(our_errors)} formulas of the corpus")


if __name__ == "__main__":
    main()
