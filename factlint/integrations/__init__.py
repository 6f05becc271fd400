"""Front ends that fit factlint into other tools' runs (the GitHub Action's step)."""
