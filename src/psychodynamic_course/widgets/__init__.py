"""The course's anywidgets: each behaves in its JavaScript (``static/``), so it works in the
static book; Python builds it, and in a kernel keeps the learner's data in the journal."""
