"""The built book works in a browser with no kernel and no internet."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

QUIZ = ".pdc-quiz"


def open_chapter_1(visit, book_url):
    visit.page.goto(f"{book_url}/book/chapter_01.html")
    quiz = visit.page.locator(QUIZ)
    expect(quiz).to_be_visible(timeout=20_000)
    return quiz


def test_chapter_1_quiz_renders_offline_and_nothing_leaves_127_0_0_1(visit, book_url):
    quiz = open_chapter_1(visit, book_url)
    box = quiz.bounding_box()
    assert box["width"] > 200 and box["height"] > 200
    assert quiz.locator("fieldset").count() >= 4
    visit.page.wait_for_load_state("networkidle")
    assert visit.outside_requests() == []
    assert any("/_static/widget-runtime/widget-loader.js" in url for url in visit.requests)
    assert not [e for e in visit.errors if "anywidget" in e or "widget" in e.lower()], visit.errors


def test_chapter_1_figure_has_alt_text(visit, book_url):
    visit.page.goto(f"{book_url}/book/chapter_01.html")
    figure = visit.page.locator("figure.pdc-figure svg[role=img]").first
    expect(figure).to_be_visible()
    title = figure.locator("title").text_content()
    assert len(title) > 40
    assert figure.bounding_box()["height"] > 150


def test_quiz_gives_feedback_and_remembers_choices_after_reload(visit, book_url):
    quiz = open_chapter_1(visit, book_url)
    question = quiz.locator("fieldset").first
    question.get_by_role("button", name="Check answer").click()
    expect(question.locator(".pdc-quiz-feedback")).to_contain_text("Choose")

    options = question.locator("input")
    labels = [question.locator("label").nth(i).text_content() for i in range(options.count())]
    options.nth(0).check()
    question.get_by_role("button", name="Check answer").click()
    feedback = question.locator(".pdc-quiz-feedback")
    expect(feedback).to_have_text(re.compile(r"^(Correct|Not quite)"))
    assert question.locator(".pdc-quiz-explanation:visible").count() >= 1

    visit.page.reload()
    quiz = visit.page.locator(QUIZ)
    expect(quiz).to_be_visible(timeout=20_000)
    question = quiz.locator("fieldset").first
    expect(question.locator("input").nth(0)).to_be_checked()
    assert question.locator("label").nth(0).text_content() == labels[0]
    stored = visit.page.evaluate(
        "() => localStorage.getItem('psychodynamic-course:chapter-01-self-check')"
    )
    assert '"selections"' in stored


def test_quiz_works_by_keyboard_alone(visit, book_url):
    quiz = open_chapter_1(visit, book_url)
    first_input = quiz.locator("fieldset").first.locator("input").first
    first_input.focus()
    visit.page.keyboard.press("Space")
    expect(first_input).to_be_checked()
    # Tab leaves the option group and reaches the question's Check button.
    for _ in range(10):
        visit.page.keyboard.press("Tab")
        focused = visit.page.evaluate("() => document.activeElement.textContent")
        if focused == "Check answer":
            break
    else:
        pytest.fail("Tab never reached the Check answer button")
    visit.page.keyboard.press("Enter")
    feedback = quiz.locator("fieldset").first.locator(".pdc-quiz-feedback")
    expect(feedback).to_have_text(re.compile(r"^(Correct|Not quite)"))
    assert feedback.get_attribute("role") == "status"


def test_text_pages_load_without_errors_or_outside_requests(visit, book_url):
    for page in ("index.html", "book/how_to_use.html", "book/glossary.html"):
        visit.page.goto(f"{book_url}/{page}")
        visit.page.wait_for_load_state("networkidle")
    assert visit.outside_requests() == []


def test_wrong_answer_offers_retry_and_the_answer_with_reasons(visit, book_url):
    quiz = open_chapter_1(visit, book_url)
    question = quiz.locator("fieldset").first
    rows = question.locator(".pdc-quiz-option")
    # Find a wrong option by trying each until the feedback says so.
    for index in range(rows.count()):
        rows.nth(index).locator("input").check()
        question.get_by_role("button", name="Check answer").click()
        if question.locator(".pdc-quiz-feedback").text_content().startswith("Not quite"):
            break
    else:
        pytest.fail("every option of question 1 was marked correct")
    expect(question.get_by_role("button", name="Try again")).to_be_visible()
    question.get_by_role("button", name="Show the answer").click()
    expect(question.locator(".pdc-quiz-feedback")).to_contain_text("The answer:")
    verdicts = question.locator(".pdc-quiz-verdict")
    texts = [verdicts.nth(i).text_content().strip() for i in range(verdicts.count())]
    assert texts.count("Correct answer.") == 1
    assert texts.count("Not correct.") == len(texts) - 1
    expect(question.locator(".pdc-quiz-explanation:visible")).to_have_count(len(texts))

    question.get_by_role("button", name="Try again").wait_for(state="hidden")
    visit.page.reload()
    question = visit.page.locator(QUIZ).locator("fieldset").first
    expect(question.locator(".pdc-quiz-feedback")).to_contain_text("The answer:")


@pytest.mark.parametrize(
    ("question_id", "wrong_option", "answer"),
    [
        # Several right options, written without full stops: each becomes a sentence.
        (
            "skip-choices",
            "Send your answer to a therapist for feedback",
            "The answers: Write about your own experience. Write about the book's fictional "
            "person instead. Skip the reflection.",
        ),
        # One right option that already ends with a full stop: no second one is added.
        (
            "keep-a-copy",
            "Nothing; Binder keeps your work for next time.",
            'The answer: Export your journal from the "My journal" page.',
        ),
    ],
)
def test_a_revealed_answer_reads_as_clean_sentences(
    visit, book_url, question_id, wrong_option, answer
):
    visit.page.goto(f"{book_url}/book/try_the_tools.html")
    question = visit.page.locator(f"fieldset:has(input[id*='-{question_id}-option-'])")
    expect(question).to_be_visible(timeout=20_000)
    question.get_by_label(wrong_option, exact=True).check()
    question.get_by_role("button", name="Check answer").click()
    question.get_by_role("button", name="Show the answer").click()
    feedback = question.locator(".pdc-quiz-feedback").text_content()
    assert feedback.startswith(answer + " Each option's explanation"), feedback
    assert not re.search(r"\.\.|\.;|;\s*\.", feedback), feedback


def test_chapter_1_components_pass_axe(visit, book_url, axe_violations):
    quiz = open_chapter_1(visit, book_url)
    # Audit the quiz with feedback showing too: explanations and verdicts are content.
    question = quiz.locator("fieldset").first
    question.locator("input").first.check()
    question.get_by_role("button", name="Check answer").click()
    for selector in (".pdc-quiz", "figure.pdc-figure"):
        assert axe_violations(visit.page, selector) == [], selector
