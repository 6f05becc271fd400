"""``factlint lsp``: the checks in the writer's editor, as a language server over stdio.

Only the ``lsp`` command imports this package, and only ``server`` needs ``pygls`` (the optional extra
``factlint[lsp]``), so the base install never does.  ``workspace`` holds what does not speak the protocol: the
settings per file, reloaded when a configuration changes, and the last findings of each open document.
"""
