package claims

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
)

// This file finds where in a line of JSON Lines a fault lies that
// encoding/json does not place: a value that its own UnmarshalJSON rejects
// (a decimal, a qualifier, a date) and a field that fails Validate.

// fieldError is an error of Claim.UnmarshalJSON about one field of the
// contract, named by its dotted path ("quantity.unit"), so that ReadJSONL
// can give its column. Its message is the wrapped error's.
type fieldError struct {
	path string
	err  error
}

func (e *fieldError) Error() string { return e.err.Error() }
func (e *fieldError) Unwrap() error { return e.err }

// faultColumn returns the 1-based column in line b of the value that err,
// an error of decoding or validating b as a claim, is about, or 0 when that
// is not one place in b.
func faultColumn(b []byte, err error) int {
	var fe *fieldError
	var ve *ValidationError
	switch {
	case errors.As(err, &fe):
		return valueColumn(b, fe.path)
	case errors.As(err, &ve):
		return valueColumn(b, ve.Field)
	}
	// A value that fails to decode on its own: find the first one that does.
	if off, ok := failingValue(b, reflect.TypeFor[jsonClaim]()); ok {
		return off + 1
	}
	return 0
}

// valueColumn returns the 1-based column in b, a JSON object, of the value
// at the dotted path of object keys, or 0 when there is none. Keys match as
// encoding/json matches them, the last of equal keys winning.
func valueColumn(b []byte, path string) int {
	off := 0
	for key := range strings.SplitSeq(path, ".") {
		var found bool
		var rel int
		for _, m := range members(b) {
			if strings.EqualFold(m.key, key) {
				rel, b, found = m.start, m.raw, true
			}
		}
		if !found {
			return 0
		}
		off += rel
	}
	return off + 1
}

// failingValue returns the offset in b, a JSON object decoded into a struct
// of type t, of the first member whose value fails to decode into its field
// on its own, going into nested objects decoded into plain structs.
func failingValue(b []byte, t reflect.Type) (int, bool) {
	for _, m := range members(b) {
		start, raw := m.start, m.raw
		f, ok := jsonField(t, m.key)
		if !ok {
			continue
		}
		if json.Unmarshal(raw, reflect.New(f).Interface()) == nil {
			continue
		}
		for f.Kind() == reflect.Pointer {
			f = f.Elem()
		}
		if f.Kind() == reflect.Struct && !reflect.PointerTo(f).Implements(reflect.TypeFor[json.Unmarshaler]()) {
			if off, ok := failingValue(raw, f); ok {
				return start + off, true
			}
		}
		return start, true
	}
	return 0, false
}

// jsonField returns the type of the field of struct t that encoding/json
// decodes the member key into.
func jsonField(t reflect.Type, key string) (reflect.Type, bool) {
	var fold reflect.Type
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" {
			name = f.Name
		}
		switch {
		case name == key:
			return f.Type, true
		case fold == nil && strings.EqualFold(name, key):
			fold = f.Type
		}
	}
	return fold, fold != nil
}

// A member is a member of a JSON object: its key, and its value's bytes
// and offset in the object.
type member struct {
	key   string
	start int
	raw   []byte
}

// members returns the members of b, a JSON object, up to the first syntax
// error; none when b is no object.
func members(b []byte) []member {
	var ms []member
	dec := json.NewDecoder(bytes.NewReader(b))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil
	}
	for dec.More() {
		tok, err := dec.Token()
		key, ok := tok.(string)
		if err != nil || !ok {
			break
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			break
		}
		end := int(dec.InputOffset())
		ms = append(ms, member{key, end - len(raw), raw})
	}
	return ms
}
