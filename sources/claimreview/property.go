package claimreview

import (
	"errors"
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// Prefix starts the propertyID of the PropertyValues that Export writes and
// Reader reads back: "crosscheck:quantity", "crosscheck:kind", and so on
// for the JSON contract's fields (quantity, qualifier, kind, scope, subject,
// recipient, mutual, as_of, via, confidence).
const Prefix = "crosscheck:"

// properties reads the PropertyValues of an itemReviewed into c. found
// reports whether they gave the figure.
func (p Parser) properties(c *claims.Claim, item *node, vocab *claims.Vocabulary) (found bool, err error) {
	props := item.get("additionalProperty")
	if props == nil {
		return false, nil
	}
	list := []*node{props}
	if props.kind == '[' {
		list = props.arr
	}
	for _, pv := range list {
		if pv.kind != '{' {
			continue
		}
		id := strings.TrimPrefix(pv.get("propertyID").text(), Prefix)
		val := pv.get("value").text()
		switch id {
		case "kind":
			c.Kind = claims.Kind(strings.ToLower(val))
		case "scope":
			c.Scope = claims.Scope(strings.ToLower(val))
		case "subject":
			c.Subject = val
		case "recipient":
			c.Recipient = val
		case "mutual":
			c.Mutual = val == "true"
			if n := pv.get("value").first(); n != nil && n.kind == 't' {
				c.Mutual = n.b
			}
		case "as_of":
			per, perr := claims.ParsePeriod(val)
			if perr != nil {
				return false, fmt.Errorf("PropertyValue as_of %q: want an ISO 8601 date or interval", val)
			}
			c.AsOf = per
		case "via":
			c.Source.Via = nil
			for v := range strings.SplitSeq(val, ";") {
				if v = strings.TrimSpace(v); v != "" {
					c.Source.Via = append(c.Source.Via, v)
				}
			}
		case "confidence":
			fc, ferr := claims.ParseFieldConfidence(val)
			if ferr != nil {
				return false, fmt.Errorf("PropertyValue confidence %q: %w", val, ferr)
			}
			c.Confidence = fc
		case "qualifier":
			// Read with the quantity below.
		default:
			if v := pv.get("value").first(); id != "quantity" && (v == nil || v.kind != '0') && pv.get("minValue") == nil && pv.get("maxValue") == nil {
				continue // a property of someone else's that is no figure
			}
			if found {
				continue // the first figure wins
			}
			q, qerr := quantity(pv)
			if qerr != nil {
				return false, qerr
			}
			c.Quantity, found = q, true
			for _, k := range []string{"name", "unitText"} {
				if m := pv.get(k).text(); m != "" {
					if canon, ok := vocab.Measure(m); ok {
						m = canon
					}
					c.Measure = m
					break
				}
			}
		}
	}
	return found, nil
}

// quantity reads the figure of a PropertyValue: its description as a
// quantity phrase when it is one, else its value, minValue and maxValue.
func quantity(pv *node) (claims.Quantity, error) {
	if d := pv.get("description").text(); d != "" {
		if q, err := claims.ParseQuantity(d); err == nil {
			return q, nil
		}
	}
	num := func(k string) (claims.Decimal, bool, error) {
		s := pv.get(k).text()
		if s == "" {
			return claims.Decimal{}, false, nil
		}
		d, err := claims.ParseDecimal(s)
		if err != nil {
			return claims.Decimal{}, false, fmt.Errorf("PropertyValue %s %q is not a number", k, s)
		}
		return d, true, nil
	}
	v, hasV, err1 := num("value")
	lo, hasLo, err2 := num("minValue")
	hi, hasHi, err3 := num("maxValue")
	if err := errors.Join(err1, err2, err3); err != nil {
		return claims.Quantity{}, err
	}
	switch {
	case hasLo && hasHi:
		if hi.Cmp(lo) < 0 {
			return claims.Quantity{}, fmt.Errorf("PropertyValue minValue %v is above maxValue %v", lo, hi)
		}
		if lo == hi {
			return claims.ExactQuantity(lo), nil
		}
		return claims.RangeQuantity(lo.String()+"-"+hi.String(), lo, hi), nil
	case hasLo:
		return claims.NewQuantity("at least "+lo.String(), claims.AtLeast, lo), nil
	case hasHi:
		return claims.NewQuantity("at most "+hi.String(), claims.AtMost, hi), nil
	case hasV:
		return claims.ExactQuantity(v), nil
	}
	return claims.Quantity{}, errors.New("PropertyValue for the figure has no value, minValue or maxValue")
}
