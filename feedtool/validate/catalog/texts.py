"""Message fragments that several codes' messages take as parameters."""

from feedtool.validate.codes import declare_text

# Transitional (issue 12): the English text of a finding whose code is not declared yet.
declare_text("legacy.text", "{text}", "{text}")

# The layers, as InternalError and ValidatorLimit name them.
declare_text("layer.rules", "{format} rules", "{format}-regels")
declare_text("layer.reader", "reader's view", "lezersweergave")
declare_text("layer.check", "check {name}", "controle {name}")
