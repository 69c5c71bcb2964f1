import pytest
from noscript_widgets import add_noscript_notes, kinds_in_state

from psychodynamic_course.widgets.defence_ladder import DefenceLadder
from psychodynamic_course.widgets.dose_effect import DoseEffectExplorer
from psychodynamic_course.widgets.journal_page import JournalPage
from psychodynamic_course.widgets.pattern_finder import PatternFinder
from psychodynamic_course.widgets.quiz import Quiz
from psychodynamic_course.widgets.reflection import ReflectionPrompt
from psychodynamic_course.widgets.timeline import LifeTimeline

VIEW = '<script type="application/vnd.jupyter.widget-view+json">{"model_id": "%s"}</script>'


@pytest.mark.parametrize(
    ("widget_class", "note_start"),
    [
        (Quiz, "Self-check quiz: "),
        (ReflectionPrompt, "Private reflection: "),
        (LifeTimeline, "Life timeline: "),
        (PatternFinder, "Pattern finder: "),
        (JournalPage, "Journal: "),
        (DefenceLadder, "Defence ladder: "),
        (DoseEffectExplorer, "Dose-effect explorer: "),
    ],
)
def test_each_widget_is_named_by_its_module(widget_class, note_start):
    state = {"state": {"ab12": {"state": {"_esm": widget_class._esm}}}}
    body = add_noscript_notes(VIEW % "ab12", kinds_in_state(state))
    assert f'<noscript><p class="widget-noscript">{note_start}' in body
    assert "needs JavaScript" in body


def test_an_unknown_model_still_gets_a_note_and_other_html_is_untouched():
    body = "<p>before</p>" + VIEW % "cd34" + "<p>after</p>"
    noted = add_noscript_notes(body, {})
    assert noted.startswith("<p>before</p>") and noted.endswith("<p>after</p>")
    assert "Interactive exercise: this exercise needs JavaScript" in noted
