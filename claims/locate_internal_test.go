package claims

import "testing"

func TestValueColumn(t *testing.T) {
	line := `{ "id" : "a",  "quantity":{"value" :  12 , "Lower":[1, 2] ,"upper":{"x": true}}, "quantity": {"unit":   "%"}}`
	tests := []struct {
		path string
		want string // what starts at the column; "" for none
	}{
		{"id", `"a"`},
		{"quantity", `{"unit"`},  // the last of equal keys wins
		{"quantity.unit", `"%"`}, // …in the last object
		{"quantity.value", ""},   // not in the last object
		{"kind", ""},
		{"id.x", ""},
	}
	for _, tt := range tests {
		col := valueColumn([]byte(line), tt.path)
		var got string
		if col > 0 {
			got = line[col-1 : col-1+len(tt.want)]
		}
		if got != tt.want || (tt.want == "") != (col == 0) {
			t.Errorf("valueColumn(%q) = %d (%q), want the column of %q", tt.path, col, got, tt.want)
		}
	}
	first := `{"quantity":{"value" :  12 , "lower":[1, 2] ,"upper":{"x": true}}}`
	if col := valueColumn([]byte(first), "quantity.lower"); first[col-1:col+5] != "[1, 2]" {
		t.Errorf("valueColumn(quantity.lower) = %d (%q)", col, first[col-1:])
	}
}
