// The static book's widget runtime: draws the course's anywidgets from the widget state
// that the build embeds in each page, with no kernel, no require.js and no Jupyter widgets
// HTML manager.
//
// Why: every component of the course is an anywidget, and an anywidget is only an ES
// module (`_esm`), a stylesheet (`_css`) and a few synced values. The HTML manager
// (embed-amd.js, 3.6 MB) exists to render every kind of ipywidget; this file does the one
// thing the book needs in a few KB, so widget pages load faster and nothing blocks them.
// JupyterLab and Notebook 7 never load this file: they use their own widget manager.
//
// What it does, once the page is parsed (the book loads it with `defer`):
// 1. reads every <script type="application/vnd.jupyter.widget-state+json"> into models;
// 2. for each <script type="application/vnd.jupyter.widget-view+json">, inserts a
//    <div class="widget-subarea"> just before it, as the HTML manager does, and renders the
//    view's model there with anywidget's front-end API (AFM): the module's default export
//    (an object, or a function returning one) gives `initialize({ model })`, run once per
//    model, and `render({ model, el })`, run once per view;
// 3. where a widget cannot be drawn, writes a sentence in its place instead of a blank gap.
//
// The model offers what AFM promises: get, set, on/off ("change:<name>", "change",
// "msg:custom"), save_changes, send, widget_manager. There is no kernel: set() only
// updates this page, save_changes() has nowhere to save to, and send() throws, which the
// course's widgets (kernelBridge in frontend/lib/kernel.js) catch as "no kernel".
//
// A module is imported from a blob: URL, so a Content-Security-Policy must allow
// `script-src blob:`. Its source is either in the page (a model's `_esm`, as a kernel sends
// it) or, in the built book, served once beside this file: scripts/widget_modules.py turns
// each `_esm` into "pdc-module:<widget>.js", and modules/<file> (classic scripts, written by
// scripts/vendor_widget_runtime.py) register the split build's sources in
// self.pdcWidgetSources. A page with four widgets then loads each widget's module and the
// shared library's chunks once, and the browser caches them from page to page.
// Stylesheets are <style> elements (`style-src 'unsafe-inline'`). It needs no base URL of
// its own, so it works wherever the book is hosted, and from file:// pages.
//
// Tests and tools can wait for `window.pdcWidgetLoader.ready` (resolves when every view
// on the page has been drawn or has failed) and look up `pdcWidgetLoader.models`.
(function () {
  "use strict";

  const STATE_TYPE = "application/vnd.jupyter.widget-state+json";
  const VIEW_TYPE = "application/vnd.jupyter.widget-view+json";
  const NO_KERNEL = "No kernel: this is the static book, so nothing is sent to Python.";
  const FALLBACK =
    "This interactive part of the page could not be shown in this browser. " +
    "Try reloading the page, or run this chapter in Jupyter to use it.";

  /** A widget model as AFM describes it, living only in this page. */
  class StaticModel {
    constructor(modelId, record, manager) {
      this.model_id = modelId;
      this.name = record.model_name;
      this.module = record.model_module;
      this.widget_manager = manager;
      this._state = { ...record.state };
      this._listeners = [];
    }

    get(name) {
      return this._state[name];
    }

    // Like Backbone's set, which the AFM model is: set(name, value) or set({name: value}),
    // and "change:<name>" then "change" fire at once for each value that really changed.
    set(name, value) {
      const values = typeof name === "object" && name !== null ? name : { [name]: value };
      const changed = Object.keys(values).filter((key) => !sameValue(this._state[key], values[key]));
      for (const key of changed) this._state[key] = values[key];
      for (const key of changed) this._emit(`change:${key}`, [this, values[key]]);
      if (changed.length > 0) this._emit("change", [this]);
    }

    // Backbone-style: several space-separated events at once; a context groups listeners
    // so off(null, null, context) removes them all.
    on(events, callback, context) {
      for (const event of events.split(/\s+/)) this._listeners.push({ event, callback, context });
    }

    off(events, callback, context) {
      const names = events ? events.split(/\s+/) : null;
      this._listeners = this._listeners.filter(
        (listener) =>
          !(
            (names === null || names.includes(listener.event)) &&
            (!callback || listener.callback === callback) &&
            (!context || listener.context === context)
          ),
      );
    }

    // Nothing to save to: there is no kernel, and set() already updated the page.
    save_changes() {}

    send() {
      throw new Error(NO_KERNEL);
    }

    _emit(event, args) {
      for (const listener of this._listeners.filter((item) => item.event === event)) {
        try {
          listener.callback.apply(listener.context, args);
        } catch (error) {
          // One widget's faulty listener must not stop the others hearing the change.
          console.error(`[widget-loader] a ${event} listener failed:`, error);
        }
      }
    }
  }

  /** Equal as synced values (JSON): Backbone compares deeply, not by identity. */
  function sameValue(a, b) {
    if (a === b) return true;
    if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
    return JSON.stringify(a) === JSON.stringify(b);
  }

  const isHref = (text) => /^https?:\/\//.test(text);

  // The served modules: beside this file, found from its own address (so the book works
  // wherever it is hosted, and from file://). Captured now: currentScript is gone later.
  const MODULE_MARKER = "pdc-module:";
  const moduleFolder = document.currentScript ? new URL("modules/", document.currentScript.src) : null;
  // A module's imports of its sibling chunks, as esbuild writes them.
  const SIBLING_IMPORT = /(?:from|import)\s*"\.\/([\w.-]+\.js)"/g;
  const sources = new Map();
  const moduleUrls = new Map();

  /** The source text of a served module: its classic script, added once. */
  function servedSource(name) {
    if (!sources.has(name)) {
      const loaded = new Promise((resolve, reject) => {
        if (!moduleFolder) throw new Error("the widget loader does not know its own address");
        const script = document.createElement("script");
        script.src = new URL(name, moduleFolder).href;
        script.onload = () => {
          const text = self.pdcWidgetSources?.[name];
          if (typeof text === "string") resolve(text);
          else reject(new Error(`${name} did not register its source`));
        };
        script.onerror = () => reject(new Error(`could not load ${script.src}`));
        document.head.append(script);
      });
      sources.set(name, loaded);
    }
    return sources.get(name);
  }

  /** A blob: URL of a served module whose sibling imports point at their own blob: URLs.
   *  Kept for the page's life: later modules import the same chunks. */
  function servedModuleUrl(name) {
    if (!moduleUrls.has(name)) {
      const made = servedSource(name).then(async (source) => {
        const siblings = [...new Set(Array.from(source.matchAll(SIBLING_IMPORT), (found) => found[1]))];
        const urls = await Promise.all(siblings.map(servedModuleUrl));
        let text = source;
        siblings.forEach((sibling, index) => {
          text = text.replaceAll(`"./${sibling}"`, JSON.stringify(urls[index]));
        });
        return URL.createObjectURL(new Blob([text], { type: "text/javascript" }));
      });
      moduleUrls.set(name, made);
    }
    return moduleUrls.get(name);
  }

  // One import per distinct module source: a chapter's two quizzes share one module.
  const modules = new Map();

  function importModule(esm) {
    if (!modules.has(esm) && esm.startsWith(MODULE_MARKER)) {
      modules.set(esm, servedModuleUrl(esm.slice(MODULE_MARKER.length)).then((url) => import(url)));
    }
    if (!modules.has(esm)) {
      const url = isHref(esm) ? esm : URL.createObjectURL(new Blob([esm], { type: "text/javascript" }));
      const imported = import(url);
      imported.finally(() => isHref(esm) || URL.revokeObjectURL(url)).catch(() => {});
      modules.set(esm, imported);
    }
    return modules.get(esm);
  }

  /** The widget definition ({initialize?, render?}) of a module, as anywidget 0.11 reads it. */
  async function widgetDefinition(esm) {
    const module = await importModule(esm);
    // The old form, `export function render`, still works in anywidget.
    if (module.render) return { render: module.render };
    if (!module.default) throw new Error("the module has no default export");
    return typeof module.default === "function" ? await module.default() : module.default;
  }

  // Each stylesheet once per page, keyed like anywidget's: by the widget class's id.
  const styled = new Set();

  function addStyles(model) {
    const css = model.get("_css");
    const key = model.get("_anywidget_id") || css;
    if (!css || styled.has(key)) return;
    styled.add(key);
    let node;
    if (isHref(css)) {
      node = Object.assign(document.createElement("link"), { rel: "stylesheet", href: css });
    } else {
      node = document.createElement("style");
      node.textContent = css;
    }
    node.setAttribute("data-anywidget-id", key);
    document.head.append(node);
  }

  // What anywidget passes besides the model and el. Nothing on a static page is ever
  // removed, so the signal never aborts; invoke() is a request to the kernel, so it fails.
  const extras = () => ({
    signal: new AbortController().signal,
    experimental: { invoke: () => Promise.reject(new Error(NO_KERNEL)) },
  });

  // initialize() runs once per model, however many views the model has.
  const initialized = new Map();

  function initializeOnce(model, definition) {
    if (!initialized.has(model)) {
      initialized.set(model, Promise.resolve(definition.initialize?.({ model, ...extras() })));
    }
    return initialized.get(model);
  }

  function showFallback(el) {
    const note = document.createElement("p");
    note.className = "pdc-widget-fallback";
    note.setAttribute("role", "note");
    note.textContent = FALLBACK;
    el.replaceChildren(note);
  }

  async function renderView(script, models) {
    const el = document.createElement("div");
    el.className = "jupyter-widgets";
    const area = document.createElement("div");
    area.className = "widget-subarea";
    area.append(el);
    // Where the HTML manager puts a view: just before its script, which stays in place.
    script.before(area);
    try {
      const modelId = JSON.parse(script.textContent).model_id;
      const model = models.get(modelId);
      if (!model) throw new Error(`no widget state for model ${modelId}`);
      if (model.module !== "anywidget") throw new Error(`${model.module} ${model.name} is not an anywidget`);
      addStyles(model);
      const definition = await widgetDefinition(model.get("_esm"));
      if (typeof definition?.render !== "function") throw new Error("the widget has no render()");
      await initializeOnce(model, definition);
      await definition.render({ model, el, ...extras() });
    } catch (error) {
      console.error("[widget-loader] a widget could not be drawn:", error);
      showFallback(el);
    }
  }

  function readModels() {
    const models = new Map();
    const manager = {
      get_model: async (modelId) => {
        if (!models.has(modelId)) throw new Error(`no model ${modelId}`);
        return models.get(modelId);
      },
    };
    for (const script of document.querySelectorAll(`script[type="${STATE_TYPE}"]`)) {
      let state;
      try {
        state = JSON.parse(script.textContent).state || {};
      } catch (error) {
        // Every view of this page then gets its fallback sentence, not a blank.
        console.error("[widget-loader] the page's widget state is not valid JSON:", error);
        continue;
      }
      for (const [modelId, record] of Object.entries(state)) {
        models.set(modelId, new StaticModel(modelId, record, manager));
      }
    }
    return models;
  }

  const loader = { models: new Map(), ready: null };
  window.pdcWidgetLoader = loader;

  async function start() {
    loader.models = readModels();
    const views = document.querySelectorAll(`script[type="${VIEW_TYPE}"]`);
    await Promise.all([...views].map((script) => renderView(script, loader.models)));
  }

  // With `defer` the page is already parsed; loaded any other way, wait until it is.
  loader.ready =
    document.readyState === "loading"
      ? new Promise((resolve) => document.addEventListener("DOMContentLoaded", () => resolve(start())))
      : start();
})();
