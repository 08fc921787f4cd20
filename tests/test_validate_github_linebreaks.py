"""GitHub annotations stay one line each, whatever line-breaking characters a feed's values hold."""

from validate_support import invoke


def test_vertical_tab_in_an_echoed_value_does_not_split_the_annotation():
    data = b'<?xml version="\x0b1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"/>\n'
    result = invoke("--format", "github", "-", input=data)
    annotations = result.output.splitlines()[:-1]  # the last line is the summary
    assert annotations and all(line.startswith("::") for line in annotations)
    assert "%0B1.0" in result.output
