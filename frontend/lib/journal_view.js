// What My journal shows of each saved entry: the same facts as the Markdown export
// (journal_markdown.js), laid out as a page reads (lists, labelled parts, paragraphs)
// rather than as Markdown syntax with dashes and [brackets].
import { element } from "./elements.js";
import { draftRows, reviewLines } from "./journal_markdown.js";

const signed = (n) => (n > 0 ? `+${n}` : String(n));

/** "Saved 26 November 2026", in the reader's language, with the exact time for machines. */
export function savedOn(savedAt) {
  const date = new Date(savedAt);
  const line = element("p", { class: "pdc-muted pdc-journal-date" }, "Saved ");
  line.append(element("time", { datetime: date.toISOString() }, date.toLocaleDateString(undefined, { dateStyle: "long" })));
  return line;
}

/** A paragraph per block of text, so line breaks the learner typed stay visible. */
function paragraphs(text) {
  return text.split(/\n{2,}/).map((block) => element("p", { class: "pdc-journal-text" }, block));
}

/** "label: value" pairs as a description list. */
function pairs(rows) {
  const list = element("dl", { class: "pdc-journal-pairs" });
  for (const [name, value] of rows) list.append(element("dt", {}, name), element("dd", {}, value));
  return list;
}

const VIEW = {
  reflection(data) {
    if (data.mode === "skipped") {
      const nodes = [element("p", {}, "(You chose to skip this reflection.)")];
      if (data.text.trim()) nodes.push(element("p", {}, "What you wrote before choosing to skip, kept at your choice:"), ...paragraphs(data.text));
      return nodes;
    }
    const nodes = data.mode === "fictional" ? [element("p", {}, "(Written about the fictional person, not about yourself.)")] : [];
    return nodes.concat(data.text.trim() ? paragraphs(data.text) : [element("p", {}, "(No answer written.)")]);
  },
  quiz(data) {
    const checked = Object.keys(data.status).length;
    const chosen = Object.values(data.selections).filter((choice) => Array.isArray(choice) && choice.length > 0).length;
    let text = `Questions checked: ${checked}.`;
    if (chosen) text += ` Your choices are kept for ${chosen} ${chosen === 1 ? "question" : "questions"}, to show when you come back.`;
    return [element("p", {}, `${text} (Self-checks are never scored.)`)];
  },
  timeline(data) {
    const nodes = "birth_year" in data ? [element("p", {}, `Year of birth: ${data.birth_year}`)] : [];
    if (!data.events.length) return [...nodes, element("p", {}, "(No events.)")];
    const list = element("ul", { class: "pdc-journal-list" });
    for (const event of data.events) {
      const when = "age" in event ? `Age ${event.age}` : `Year ${event.year}`;
      const themes = (event.themes || []).join(", ");
      let detail = `${event.category}, felt ${signed(event.feeling)}`;
      if (themes) detail += `, themes: ${themes}`;
      list.append(element("li", {}, `${when}: ${event.label} (${detail})`));
    }
    return [...nodes, list];
  },
  episodes(data) {
    if (!data.episodes.length) return [element("p", {}, "(No episodes.)")];
    const nodes = data.case === "fictional" ? [element("p", {}, "(The fictional case, not your own episodes.)")] : [];
    const list = element("ol", { class: "pdc-journal-list" });
    const part = (text, category) => (category ? `${text} (${category})` : text);
    for (const episode of data.episodes) {
      const item = element("li", {}, `With ${episode.who}`);
      item.append(
        pairs([
          ["I wanted", part(episode.wish, episode.wish_category)],
          ["They responded", part(episode.other, episode.other_category)],
          ["I responded", part(episode.self, episode.self_category)],
        ]),
      );
      list.append(item);
    }
    return [...nodes, list];
  },
  review(data) {
    const { summary, cards, draft } = reviewLines(data);
    const nodes = [element("p", {}, summary)];
    if (cards.length) {
      const list = element("ul", { class: "pdc-journal-list" });
      list.append(...cards.map((line) => element("li", {}, line)));
      nodes.push(list);
    }
    if (draft) nodes.push(element("p", {}, draft));
    return nodes;
  },
};

/**
 * One saved entry as My journal shows it: title, when, what it holds and, when the entry
 * keeps a draft, the draft with a button that deletes just the draft
 * (onDeleteDraft(entry, button)).
 *
 *   list.append(entryArticle(entry, savedOnNode, (entry) => save(withoutDraft(entry))));
 */
export function entryArticle(entry, savedOnNode, onDeleteDraft) {
  const item = element("article", { class: "pdc-journal-entry", "data-widget-id": entry.widget_id });
  item.append(element("h5", { tabindex: "-1" }, entry.title || entry.widget_id), savedOnNode);
  const body = element("div", { class: "pdc-journal-body" });
  body.append(...VIEW[entry.kind](entry.data));
  const rows = draftRows(entry.data);
  if (rows.length) {
    const draft = element("div", { class: "pdc-journal-draft" });
    draft.append(element("p", {}, "Not yet added: a draft, kept as you typed it."), pairs(rows));
    const button = element("button", { type: "button", class: "pdc-button pdc-danger" }, `Delete this draft: ${entry.title || entry.widget_id}`);
    button.addEventListener("click", () => onDeleteDraft(entry, button));
    draft.append(button);
    body.append(draft);
  }
  item.append(body);
  return item;
}
