"""Write docs/screenshot.png: the example graph's page as headless Chromium draws it.

Builds the graph of ``examples/`` in-process (the same steps as ``mlkg build``), writes the
page, opens it from disk in Debian's Chromium (driven by Playwright; no browser download),
waits until the layout has settled, clicks a stated lineage edge so its evidence sentence
shows in the details panel, and saves the picture the README displays (``--click auto``
instead highlights the best-connected model's neighbourhood and shows its details).

    python scripts/screenshot.py [--out docs/screenshot.png] [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from mlkg.export.chromium import CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parents[1]


def build_example_page(out: Path, examples: Path = ROOT / "examples") -> Path:
    """The example graph's page, written to ``out`` (a deterministic build stamp)."""
    from mlkg.export.html import write_html
    from mlkg.extract.dedup import deduplicate
    from mlkg.extract.pipeline import extract
    from mlkg.extract.readers import read_documents
    from mlkg.graph.build import build_graph

    papers = deduplicate(read_documents([str(examples)], None))
    g = build_graph(list(extract(papers)))
    g.graph["inputs"] = ["examples/"]
    write_html(g, out, title=f"mlkg: {len(papers)} example papers")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=860)
    parser.add_argument(
        "--click", default="none", help="label of a node to click ('auto': the best-connected)"
    )
    parser.add_argument(
        "--show-edge",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="click a stated lineage edge so its evidence shows (default: yes)",
    )
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        page_path = build_example_page(Path(tmp) / "graph.html")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
            page = browser.new_page(
                viewport={"width": args.width, "height": args.height}, device_scale_factor=1
            )
            page.goto(page_path.as_uri())
            page.wait_for_function("window.mlkg && window.mlkg.ready", timeout=60_000)
            if args.click != "none":
                page.evaluate(
                    """(label) => {
                      const api = window.mlkg;
                      let best = null;
                      api.nodes.forEach((n) => {
                        const degree = api.network.getConnectedEdges(n.id).length;
                        const wanted = label === "auto"
                          ? n.type === "Model" && (!best || degree > best.degree)
                          : n.label === label;
                        if (wanted) { best = {id: n.id, degree}; }
                      });
                      if (best) { api.showNode(best.id, false); api.network.fit(); }
                    }""",
                    args.click,
                )
            if args.show_edge:
                # hover a stated lineage edge: the tooltip shows its evidence sentence
                point = page.evaluate(
                    """() => {
                      // the stated lineage edge whose tooltip (below right) hides fewest nodes
                      const api = window.mlkg, net = api.network;
                      const box = document.getElementById("mynetwork").getBoundingClientRect();
                      const all = net.getPositions();
                      const dom = Object.values(all).map((p) => net.canvasToDOM(p));
                      let best = null;
                      api.edges.get().forEach((e) => {
                        if (e.rel !== "derivedFrom" || e.dashes) { return; }
                        const a = dom[Object.keys(all).indexOf(e.from)];
                        const b = dom[Object.keys(all).indexOf(e.to)];
                        const x = (a.x + b.x) / 2, y = (a.y + b.y) / 2;
                        const hidden = dom.filter((p) => p.x > x - 20 && p.x < x + 470
                                                     && p.y > y - 20 && p.y < y + 140).length;
                        if (!best || hidden < best[2]) {
                          best = [box.left + x, box.top + y, hidden];
                        }
                      });
                      return best;
                    }"""
                )
                if point:
                    # a click puts the evidence in the details panel (right, where the
                    # picture has room) and keeps the whole graph in colour
                    page.mouse.click(point[0], point[1])
                    # then rest the pointer on an empty corner of the canvas: no tooltip
                    page.mouse.move(args.width - 4, args.height - 4, steps=5)
            page.wait_for_timeout(300)
            args.out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.out))
            browser.close()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
