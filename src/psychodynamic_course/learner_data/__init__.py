"""The learner's data in a kernel: the journal file, its format, its rules (``schemas/``)."""
