"""Synthetic organisations at district, state or national scale, and bulk people imports."""
