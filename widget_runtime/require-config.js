// Points require.js at the widget runtime the book serves itself, so no page ever asks a
// CDN for a module. Only the comparison build uses it (`make book-html-manager`; the book
// itself uses widget-loader.js): it runs after require.js and before embed-amd.js (see
// HTML_MANAGER_SCRIPTS in scripts/vendor_widget_runtime.py). The base URL comes from this script's own address, which keeps the book
// working wherever it is hosted (a domain root, a GitHub Pages sub-path, a file on disk).
(function () {
  "use strict";
  var src = document.currentScript.src;
  var base = src.slice(0, src.lastIndexOf("/") + 1);
  // The HTML manager reads its asset (icon font) folder from this global when it is set.
  window.__jupyter_widgets_assets_path__ = base + "html-manager/";
  // The HTML manager's widgets have a send() that silently does nothing, so the course's
  // widgets could not tell this page from a kernel's (forEachLearner in frontend/lib/learners.js).
  document.documentElement.setAttribute("data-pdc-no-kernel", "");
  window.require.config({
    paths: {
      anywidget: base + "anywidget/index",
      // embed-amd's bundled modules derive the URL of their icon fonts from their own
      // module address: point each at the folder that holds the fonts.
      "@jupyter-widgets/html-manager/dist": base + "html-manager",
      "@jupyter-widgets/html-manager": base + "html-manager/html-manager",
      "@jupyter-widgets/base": base + "html-manager/base",
      "@jupyter-widgets/base7": base + "html-manager/base7",
      "@jupyter-widgets/controls": base + "html-manager/controls",
      "@jupyter-widgets/controls7": base + "html-manager/controls7",
      "@jupyter-widgets/output": base + "html-manager/output",
    },
  });
})();
