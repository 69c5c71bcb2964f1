// Bundle each frontend/widgets/<name>.js into src/psychodynamic_course/widgets/static/<name>.js, the
// ES module an anywidget ships inside the page (it cannot import a sibling file at run
// time). Run by `make frontend`; the bundles are committed so Binder, Colab and
// `pip install` need no Node. An optional argument names another output folder (the
// staleness test builds into a temporary one and compares bytes).
//
// The static book gets the same widgets a second time, in `split/`: one build of every
// widget with code splitting, so the shared library (frontend/lib) is one set of chunks
// that each page loads once, however many widgets it has. scripts/vendor_widget_runtime.py
// serves them beside the widget loader, which imports them (widget_runtime/widget-loader.js).
//
//   node frontend/build.mjs [output-folder]

import { readdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const widgets = join(root, "frontend", "widgets");
const outdir = resolve(process.argv[2] || join(root, "src", "psychodynamic_course", "widgets", "static"));

const sources = readdirSync(widgets)
  .filter((name) => name.endsWith(".js"))
  .sort();
const banner = (what) => ({
  js: `// Generated from ${what} by \`make frontend\`: do not edit it, edit the source and run that.`,
});

for (const file of sources) {
  // One build per widget: each bundle's banner names its own source.
  await build({
    absWorkingDir: root,
    entryPoints: [join(widgets, file)],
    outfile: join(outdir, file),
    bundle: true,
    format: "esm",
    minify: false,
    charset: "utf8",
    legalComments: "none",
    logLevel: "warning",
    banner: banner(`frontend/widgets/${file}`),
  });
}

// Chunk names carry a hash of their content, so a changed library leaves old names behind:
// start from an empty folder.
rmSync(join(outdir, "split"), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: sources.map((file) => join(widgets, file)),
  outdir: join(outdir, "split"),
  chunkNames: "chunk-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  minify: false,
  charset: "utf8",
  legalComments: "none",
  logLevel: "warning",
  banner: banner("frontend/widgets/ (the static book's split build)"),
});
