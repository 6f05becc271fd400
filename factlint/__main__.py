"""``python -m factlint`` runs the command line."""

from factlint.cli import main

main()
