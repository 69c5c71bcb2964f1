// Bundle each frontend/widgets/<name>.js into src/psychodynamic_course/widgets/static/<name>.js, the
// ES module an anywidget ships inside the page (it cannot import a sibling file at run
// time). Run by `make frontend`; the bundles are committed so Binder, Colab and
// `pip install` need no Node. An optional argument names another output folder (the
// staleness test builds into a temporary one and compares bytes).
//
//   node frontend/build.mjs [output-folder]

import { readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const widgets = join(root, "frontend", "widgets");
const outdir = resolve(process.argv[2] || join(root, "src", "psychodynamic_course", "widgets", "static"));

for (const file of readdirSync(widgets).filter((name) => name.endsWith(".js")).sort()) {
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
    banner: {
      js: `// Generated from frontend/widgets/${file} by \`make frontend\`: do not edit it, edit the source and run that.`,
    },
  });
}
