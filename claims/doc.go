// Package claims is crosscheck's model of a figure as a source stated it: an
// exact Decimal, a hedged Quantity, and a Claim that says what was counted,
// between which parties, of what kind, as of when, by whom and through which
// outlets, with the span of text that is its evidence.
//
// It is a leaf: it reads no files and compares nothing. Sources (package
// sources) produce claims; package compare finds where they disagree.
package claims
