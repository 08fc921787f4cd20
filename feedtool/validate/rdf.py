"""RSS 1.0 (RDF Site Summary 1.0) and RSS 0.90: the feeds whose root is <rdf:RDF>.

The values are checked as in RSS 2.0 (rss.py's checker: titles are plain text, links full URLs,
the modules dc:, sy:, admin:, content:, ... the same); what these rules add is the RDF structure:
<channel>, <image>, <item> and <textinput> are siblings under <rdf:RDF>, each with an rdf:about
(RSS 1.0), and the channel lists its items in <items><rdf:Seq>. RSS 1.0's module list and
W3C's validator define the same elements as here; an element of a known vocabulary that is not
defined where it stands is UndefinedElement, one of an unknown namespace is passed over (the
namespace layer reports the namespace).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from feedtool.validate import document as d
from feedtool.validate import rss, values
from feedtool.validate.codes import finding
from feedtool.validate.document import Document
from feedtool.validate.findings import Finding, at
from feedtool.validate.rss import RDF, _elements, _text

RSS1 = "http://purl.org/rss/1.0/"
RSS090 = "http://my.netscape.com/rdf/simple/0.9/"
CORE = (None, RSS1, RSS090)  # a core element: in RSS 1.0's or 0.90's namespace (or, as readers take it, in none)
ABOUT = f"{{{RDF}}}about"
RESOURCE = f"{{{RDF}}}resource"
# Children of <rdf:RDF> that describe something else (licences, topics): RDF that readers pass over.
OTHER_RDF = frozenset((f"{{{RDF}}}Description", "{http://web.resource.org/cc/}License", "{http://purl.org/rss/1.0/modules/taxonomy/}topic"))
UNIQUE = {"channel": frozenset("title link description image items textinput".split()),
          "item": frozenset("title link description".split()),
          "image": frozenset("title link url".split()),
          "textinput": frozenset("title link description name".split())}


def _core(element) -> str | None:
    """The local name of an RSS 1.0 / 0.90 element, or None for any other element."""
    tag = element.tag
    if tag[0] != "{":
        return tag
    namespace, local = tag[1:].split("}", 1)
    return local if namespace in (RSS1, RSS090) else None


class _RdfChecker(rss._Checker):
    def __init__(self, doc: Document) -> None:
        super().__init__(doc)
        self.rss2 = False  # no guid and no atom:link rel="self" expected: RSS 2.0's recommendations
        self.rss090 = doc.format == d.RSS090
        self.version = "0.90" if self.rss090 else "1.0"
        self.abouts: dict[str, int] = {}

    def undefined(self, element, parent: str) -> None:
        self.add("UndefinedElement.rdf", element, element=rss._name(element.tag), parent=parent, version=self.version)

    def about(self, element, name: str) -> None:
        """rdf:about: required in RSS 1.0 (the resource the element describes), and unique among the items."""
        value = element.get(ABOUT)
        if value is None:
            if not self.rss090:
                self.add("MissingAttribute.rdf_about", element, element=name)
            return
        problem = values.iri_reference_problem(value)
        if problem:
            self.value_problem(problem, element, rss.attribute_subject("rdf:about", name))

    def rdf(self, root) -> None:
        self.unexpected_text(root)
        channels, others = [], []
        for child in _elements(root):
            local = _core(child)
            if local == "channel":
                channels.append(child)
            elif local in ("item", "image", "textinput"):
                others.append((local, child))
            elif child.tag in OTHER_RDF:
                continue
            elif local is not None or child.tag[1:].split("}", 1)[0] in rss.KNOWN_NAMESPACES:
                self.undefined(child, "rdf:RDF")
        if not channels:
            self.add("MissingElement.rdf_channel", root)
        for extra in channels[1:]:
            self.add("DuplicateElement", extra, parent="rdf:RDF", element="channel")
        if channels:
            self.channel(channels[0])
        for local, element in others:
            {"item": self.item, "image": self.image, "textinput": self.text_input}[local](element)

    def children(self, parent, name: str, handlers: dict, context: str) -> Counter:
        """Check the children of `parent` with `handlers` (local name -> method); namespaced ones as extensions."""
        self.attributes(parent, ())
        self.unexpected_text(parent)
        elements = list(_elements(parent))
        counts: Counter = Counter()
        seen: set[str] = set()
        for element in elements:
            local = _core(element)
            if local is not None and local in handlers:
                counts[local] += 1
                if local in UNIQUE.get(name, ()) and local in seen:
                    self.add("DuplicateElement", element, parent=name, element=local)
                seen.add(local)
                handlers[local](element)
            elif local is not None:
                if local == "blink" and name == "channel":
                    self.add("NoBlink", element)
                else:
                    self.undefined(element, name)
            elif element.tag == f"{{{rss.ATOM}}}link":
                self.atom_link(element)
            else:
                self.namespaced(element, context)
        return counts

    def channel(self, channel) -> None:
        self.about(channel, "channel")
        handlers = {
            "title": self.title,
            "link": self.url,
            "description": lambda element: self.plain(element, blank_ok=True),
            "image": self.channel_image,
            "textinput": self.channel_text_input,
            "textInput": self.channel_text_input,
        }
        if not self.rss090:
            handlers["items"] = self.items
        counts = self.children(channel, "channel", handlers, "channel")
        for element in _elements(channel):
            if _core(element) == "title" and self.channel_title is None:
                self.channel_title = _text(element).strip()
            elif _core(element) == "link" and self.channel_link is None:
                self.channel_link = _text(element).strip()
        self.required(counts, channel, (("title", "MissingTitle"), ("link", "MissingLink"), ("description", "MissingDescription")))
        if not self.rss090 and channel.get(ABOUT) is not None and not counts["items"]:
            self.add("MissingElement", channel, parent="channel", element="items")

    def title(self, element) -> None:
        self.plain(element)

    def channel_image(self, element) -> None:
        """In RSS 1.0 the channel points at its image (rdf:resource); RSS 0.90 has no image here."""
        if element.get(RESOURCE) is not None:
            self.resource_url(element)
            self.unexpected_text(element)
            for child in _elements(element):
                self.undefined(child, "image")
        else:
            self.image(element, inline=True)

    def channel_text_input(self, element) -> None:
        """RSS 1.0's channel points at its textinput (rdf:resource); a channel that is no RDF resource
        (no rdf:about) has no business with one (a misspelt RSS 2.0 textInput, most likely)."""
        if element.get(RESOURCE) is not None:
            self.resource_url(element)
        elif element.getparent().get(ABOUT) is None and not self.rss090:
            self.undefined(element, "channel")

    def items(self, element) -> None:
        """<items><rdf:Seq><rdf:li rdf:resource="..."/>...</rdf:Seq></items>: the channel's table of contents."""
        self.unexpected_text(element)
        for child in _elements(element):
            if child.tag != f"{{{RDF}}}Seq":
                self.undefined(child, "items")
                continue
            for li in _elements(child):
                if li.tag != f"{{{RDF}}}li":
                    self.undefined(li, "rdf:Seq")

    def item(self, item) -> None:
        self.about(item, "item")
        about = item.get(ABOUT)
        if about is not None:
            if about in self.abouts:
                self.add("DuplicateValue", item, element="rdf:about", value=about)
            else:
                self.abouts[about] = at(item) or 0
        counts = self.children(item, "item", {"title": self.title, "link": self.url, "description": self.html}, "item")
        for name in ("title", "link"):
            if not counts[name]:
                self.add("MissingElement", item, parent="item", element=name)

    def image(self, image, *, inline: bool = False) -> None:
        if not inline:  # an image written inside the channel is no resource of its own
            self.about(image, "image")
        counts = self.children(image, "image", {"title": self.title, "link": self.url, "url": self.url}, "image")
        self.required(counts, image, (("url", "MissingElement"), ("title", "MissingTitle"), ("link", "MissingLink")))

    def text_input(self, text_input) -> None:
        self.about(text_input, "textinput")
        counts = self.children(text_input, "textinput", {"title": self.plain, "description": self.plain, "name": self.form_name, "link": self.url}, "textinput")
        self.required(counts, text_input, (("title", "MissingTitle"), ("description", "MissingDescription"), ("name", "MissingElement"), ("link", "MissingLink")))

    def form_name(self, element) -> None:
        value = self.simple(element).strip()
        if not rss.FORM_NAME.match(value):
            self.add("InvalidFormComponentName", element, value=value)


def rdf_syntax(root) -> Iterator[Finding]:
    """What makes the document no RDF/XML (W3C reads RSS 1.0 as RDF too): RDF/XML alternates node
    elements (channel, item, rdf:Seq) and property elements (title, items, rdf:li); a property holds
    text, or one node, or points at one with rdf:resource. A channel's <image> written out in full,
    <rdf:li> straight in <items>, text beside elements: each is said once, where it is."""
    stack = [(child, True) for child in reversed(list(_elements(root)))]
    while stack:
        element, node = stack.pop()
        if node:
            if element.tag == f"{{{RDF}}}li":
                yield finding("InvalidRDF.li", element)
                continue
            stack.extend((child, False) for child in reversed(list(_elements(element))))
            continue
        parse_type = element.get(f"{{{RDF}}}parseType")
        if parse_type == "Literal":
            continue  # XML as a value: anything goes
        children = list(_elements(element))
        if parse_type == "Resource":
            stack.extend((child, False) for child in reversed(children))
        elif parse_type == "Collection":
            stack.extend((child, True) for child in reversed(children))
        elif len(children) > 1:
            yield finding("InvalidRDF.nodes", element, element=rss._name(element.tag), count=len(children))
        elif children and (element.text or "").strip():
            yield finding("InvalidRDF.mixed", element, element=rss._name(element.tag))
        elif children:
            stack.append((children[0], True))


def check(doc: Document) -> Iterator[Finding]:
    checker = _RdfChecker(doc)
    checker.rdf(doc.root)
    checker.out.extend(rdf_syntax(doc.root))
    return iter(checker.out)
