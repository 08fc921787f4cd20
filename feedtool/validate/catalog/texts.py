"""Message fragments that several codes' messages take as parameters."""

from feedtool.validate.codes import declare_text


# The layers, as InternalError and ValidatorLimit name them.
declare_text("layer.rules", "{format} rules", "{format}-regels")
declare_text("layer.reader", "reader's view", "lezersweergave")
declare_text("layer.check", "check {name}", "controle {name}")

declare_text("either", "{first} or {second}", "{first} of {second}")
declare_text("none", "(none)", "(geen)")
declare_text("slash2", "{a}/{b}", "{a}/{b}")
declare_text("slash3", "{a}/{b}/{c}", "{a}/{b}/{c}")
declare_text("hash.lengths", "32 or 40", "32 of 40")
