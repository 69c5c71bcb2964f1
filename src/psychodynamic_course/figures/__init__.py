"""The course's teaching figures, drawn in one style with alt text and a caption."""
