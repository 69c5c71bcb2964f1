"""The course's data: quizzes, reflection prompts, the story bible, published figures."""
