"""``python -m factlint`` runs the command line."""

from factlint.cli.main import main

main()
