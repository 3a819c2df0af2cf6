// Package crosscheck reads the numbers in news and official statements as
// attributed claims and reports where the figures do not add up across
// sources.
package crosscheck
