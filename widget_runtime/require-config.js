// Points require.js at the widget runtime the book serves itself, so no page ever asks a
// CDN for a module. It runs after require.js and before embed-amd.js (see nb_ipywidgets_js
// in _config.yml). The base URL comes from this script's own address, which keeps the book
// working wherever it is hosted (a domain root, a GitHub Pages sub-path, a file on disk).
(function () {
  "use strict";
  var src = document.currentScript.src;
  var base = src.slice(0, src.lastIndexOf("/") + 1);
  window.require.config({
    paths: {
      anywidget: base + "anywidget/index",
      // embed-amd derives the URL of its font files from this module's address.
      "@jupyter-widgets/html-manager/dist": base + "html-manager",
    },
  });
})();
