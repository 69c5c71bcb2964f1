// The theme's two sidebar toggles (the book's contents, the page's sections) as a screen
// reader should hear them. pydata-sphinx-theme opens each sidebar as a modal <dialog> on a
// narrow screen, and sphinx-book-theme collapses the primary sidebar in place on a wide
// one, but neither says on the button whether its panel is open (aria-expanded) nor names
// the dialog. Focus: sphinx-book-theme blurs the button on click (to drop its tooltip), so
// the theme had nothing to return focus to when the dialog closed; it goes back to the
// button. Loaded from scripts/accessible_pages.py.
document.addEventListener("DOMContentLoaded", () => {
  const panels = [
    [".primary-toggle", "pst-primary-sidebar-modal", "pst-primary-sidebar", "Book contents"],
    [".secondary-toggle", "pst-secondary-sidebar-modal", "pst-secondary-sidebar", "On this page"],
  ];
  for (const [selector, dialogId, sidebarId, name] of panels) {
    const dialog = document.getElementById(dialogId);
    const sidebar = document.getElementById(sidebarId);
    const buttons = Array.from(document.querySelectorAll(selector));
    if (!dialog || !sidebar || buttons.length === 0) continue;
    dialog.setAttribute("aria-label", name);
    // On a narrow screen the closed sidebar is still laid out, fixed off to the side (and
    // fading out for a moment), so only the dialog counts there.
    const shownInPage = () =>
      getComputedStyle(sidebar).position !== "fixed" &&
      sidebar.checkVisibility() &&
      !sidebar.classList.contains("pst-sidebar-hidden");
    const isOpen = () => dialog.open || shownInPage();
    const announce = () => {
      for (const button of buttons) button.setAttribute("aria-expanded", String(isOpen()));
    };
    for (const button of buttons) button.setAttribute("aria-controls", dialogId);
    announce();
    const watch = { attributes: true, attributeFilter: ["open", "class"] };
    new MutationObserver(announce).observe(dialog, watch);
    new MutationObserver(announce).observe(sidebar, watch);
    window.addEventListener("resize", announce);
    dialog.addEventListener("close", () => {
      // After the theme's own close handlers, which put focus back only if it had any.
      setTimeout(() => {
        // Focus left in the panel's content (moved back into the hidden sidebar) or lost.
        const focused = document.activeElement;
        const kept = focused && focused !== document.body && !sidebar.contains(focused);
        if (kept && focused.checkVisibility()) return;
        buttons.find((button) => button.checkVisibility())?.focus();
      });
    });
  }
});
