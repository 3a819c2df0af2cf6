package claims

import "fmt"

// A Direction says whether a figure is a level or a change: "211" and
// "rose to 211" state a level; "rose 5%", "fell by 3 points", "up 41.2
// points" and "a 20% increase" state a change, whose amount is the
// quantity's Value (and bounds and Unit) and whose direction is Up or
// Down. The zero value, Level, is a level. Its text form is the
// contract's name ("up", "down"; "level" for the zero value).
type Direction uint8

// The directions of a quantity. The zero value is Level.
const (
	Level Direction = iota // "211", "rose to 211"
	Up                     // "rose 5%", "up 41.2 points", "a 20% increase"
	Down                   // "fell by 3 points", "down 2%", "a 3% drop"
)

var directionNames = [...]string{"level", "up", "down"}

// String returns the direction's name in the JSON contract ("up", "down",
// "level").
func (d Direction) String() string {
	if int(d) < len(directionNames) {
		return directionNames[d]
	}
	return fmt.Sprintf("Direction(%d)", d)
}

// ParseDirection returns the Direction named s ("up", "down", "level"; ""
// is Level too).
func ParseDirection(s string) (Direction, error) {
	if s == "" {
		return Level, nil
	}
	for i, n := range directionNames {
		if n == s {
			return Direction(i), nil
		}
	}
	return 0, fmt.Errorf("claims: unknown change direction %q", s)
}

// MarshalText implements encoding.TextMarshaler.
func (d Direction) MarshalText() ([]byte, error) {
	if int(d) >= len(directionNames) {
		return nil, fmt.Errorf("claims: invalid change direction %d", d)
	}
	return []byte(d.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Direction) UnmarshalText(b []byte) error {
	v, err := ParseDirection(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// changeWords are the words Quantity.String writes before a change.
var changeWords = [...]string{Up: "up ", Down: "down "}
