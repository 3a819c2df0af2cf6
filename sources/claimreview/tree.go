package claimreview

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// A node is one JSON value and the byte offset where it starts in its
// document: enough of JSON-LD for reading ClaimReview, with positions for
// errors.
type node struct {
	off  int
	kind byte // '{', '[', '"', '0' (number), 't' (bool), 'z' (null)
	obj  map[string]*node
	arr  []*node
	str  string // a string, or a number as written
	b    bool
}

// get returns the member called key of an object node (nil when n is not
// an object or has no such member). The prefixes "schema:" and
// "http(s)://schema.org/" are ignored, as JSON-LD allows them.
func (n *node) get(key string) *node {
	if n == nil || n.kind != '{' {
		return nil
	}
	if v, ok := n.obj[key]; ok {
		return v
	}
	for _, p := range []string{"schema:", "https://schema.org/", "http://schema.org/"} {
		if v, ok := n.obj[p+key]; ok {
			return v
		}
	}
	return nil
}

// first returns n, or the first element of n when it is an array.
func (n *node) first() *node {
	if n != nil && n.kind == '[' {
		if len(n.arr) == 0 {
			return nil
		}
		return n.arr[0].first()
	}
	return n
}

// text returns the string n holds: a string, a number as written, the
// "@value" of a value object, or the first such of an array; "" otherwise.
func (n *node) text() string {
	n = n.first()
	switch {
	case n == nil:
		return ""
	case n.kind == '"' || n.kind == '0':
		return strings.TrimSpace(n.str)
	case n.kind == '{':
		return n.get("@value").text()
	}
	return ""
}

// name returns the name of a Thing, or the thing itself when it is a
// string.
func (n *node) name() string {
	n = n.first()
	if n != nil && n.kind == '{' {
		return n.get("name").text()
	}
	return n.text()
}

// is reports whether n is an object whose @type is (or includes) typ,
// however prefixed.
func (n *node) is(typ string) bool {
	if n == nil || n.kind != '{' {
		return false
	}
	t := n.obj["@type"]
	if t == nil {
		return false
	}
	ts := []*node{t}
	if t.kind == '[' {
		ts = t.arr
	}
	for _, t := range ts {
		s := t.text()
		if i := strings.LastIndexAny(s, "/:#"); i >= 0 {
			s = s[i+1:]
		}
		if s == typ {
			return true
		}
	}
	return false
}

// maxDepth bounds the nesting of the JSON read, so that hostile input
// cannot exhaust the stack.
const maxDepth = 200

// parser reads one JSON document into nodes.
type parser struct {
	data []byte
	dec  *json.Decoder
}

// errSyntax is the error of a document that is not JSON, at an offset.
type errSyntax struct {
	off int
	err error
}

func (e *errSyntax) Error() string { return e.err.Error() }

// parse reads the JSON document data, calling visit on each object as soon
// as it is complete (inner objects first), and stops when visit returns
// false. It returns an *errSyntax when data is not one JSON value.
func parse(data []byte, visit func(*node) bool) error {
	p := &parser{data: data, dec: json.NewDecoder(bytes.NewReader(data))}
	p.dec.UseNumber()
	_, ok, err := p.value(visit, 0)
	if err != nil || !ok {
		return err
	}
	off := p.start()
	if _, err := p.dec.Token(); err != io.EOF {
		if err == nil {
			err = errors.New("more after the end of the JSON value")
		}
		return &errSyntax{off, err}
	}
	return nil
}

// start returns the offset of the next token: the decoder's offset moved
// past white space and the separators ',' and ':'.
func (p *parser) start() int {
	i := int(p.dec.InputOffset())
	for i < len(p.data) {
		switch p.data[i] {
		case ' ', '\t', '\r', '\n', ',', ':':
			i++
			continue
		}
		break
	}
	return i
}

// value reads one value. ok is false when visit asked to stop.
func (p *parser) value(visit func(*node) bool, depth int) (n *node, ok bool, err error) {
	off := p.start()
	if depth > maxDepth {
		return nil, false, &errSyntax{off, fmt.Errorf("nested more than %d deep", maxDepth)}
	}
	tok, err := p.dec.Token()
	if err != nil {
		return nil, false, p.syntax(off, err)
	}
	n = &node{off: off}
	switch t := tok.(type) {
	case json.Delim:
		if t == '[' {
			n.kind = '['
			for p.dec.More() {
				v, ok, err := p.value(visit, depth+1)
				if err != nil || !ok {
					return nil, ok, err
				}
				n.arr = append(n.arr, v)
			}
		} else {
			n.kind = '{'
			n.obj = make(map[string]*node)
			for p.dec.More() {
				koff := p.start()
				k, err := p.dec.Token()
				if err != nil {
					return nil, false, p.syntax(koff, err)
				}
				key, _ := k.(string)
				v, ok, err := p.value(visit, depth+1)
				if err != nil || !ok {
					return nil, ok, err
				}
				n.obj[key] = v
			}
		}
		end := p.start()
		if _, err := p.dec.Token(); err != nil { // the closing delimiter
			return nil, false, p.syntax(end, err)
		}
		if n.kind == '{' && !visit(n) {
			return n, false, nil
		}
	case string:
		n.kind, n.str = '"', t
	case json.Number:
		n.kind, n.str = '0', string(t)
	case bool:
		n.kind, n.b = 't', t
	case nil:
		n.kind = 'z'
	}
	return n, true, nil
}

// syntax turns a decoder error into an *errSyntax at the best offset known.
func (p *parser) syntax(off int, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		// The decoder's offset is sometimes that of the bad byte and
		// sometimes just past it; the message names the byte.
		at := int(se.Offset) - 1
		msg := se.Error()
		if i := strings.Index(msg, "invalid character '"); i >= 0 && int(se.Offset) < len(p.data) &&
			strings.HasPrefix(msg[i+len("invalid character '"):], string(p.data[se.Offset])+"'") {
			at = int(se.Offset)
		}
		return &errSyntax{at, errors.New(msg)}
	}
	if err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) {
		return &errSyntax{len(p.data), errors.New("unexpected end of JSON input")}
	}
	return &errSyntax{off, err}
}
