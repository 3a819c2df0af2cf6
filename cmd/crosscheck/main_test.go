package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestDispatch checks the commands that main.go handles itself; the
// subcommands have their own tests.
func TestDispatch(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantStatus int
		wantOut    string // a substring of stdout
		wantErr    string // a substring of stderr
	}{
		{"help", []string{"help"}, 0, "crosscheck check [FILE...]", ""},
		{"-h", []string{"-h"}, 0, "--format text|markdown|json|claimreview", ""},
		{"--help", []string{"--help"}, 0, "crosscheck extract [FILE...]", ""},
		{"version", []string{"version"}, 0, "crosscheck ", ""},
		{"--version", []string{"--version"}, 0, "crosscheck ", ""},
		{"unknown", []string{"frobnicate"}, 2, "", `crosscheck: unknown command "frobnicate"`},
		{"unknown flag", []string{"--frobnicate"}, 2, "", `unknown command "--frobnicate"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			status := run(tt.args, &stdout, &stderr)
			require.Equal(t, tt.wantStatus, status, "stderr: %s", stderr.String())
			if tt.wantOut == "" {
				require.Empty(t, stdout.String())
			} else {
				require.Contains(t, stdout.String(), tt.wantOut)
			}
			if tt.wantErr == "" {
				require.Empty(t, stderr.String())
			} else {
				require.Contains(t, stderr.String(), tt.wantErr)
			}
		})
	}
}

// TestNoArguments checks the README's first command: with no arguments,
// crosscheck checks the demo articles built into the binary.
func TestNoArguments(t *testing.T) {
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run(nil, &stdout, &stderr), "stderr: %s", stderr.String())
	require.Empty(t, stderr.String())
	for _, want := range []string{"regression", "imbalance", "echo", "conflict"} {
		require.Contains(t, stdout.String(), want)
	}
}

// TestUsageNamesEverySubcommand keeps the help text in step with the
// dispatch.
func TestUsageNamesEverySubcommand(t *testing.T) {
	for _, sub := range []string{"numbers", "extract", "check", "version", "help", "--type", "--lang", "--explain"} {
		if !strings.Contains(usage, sub) {
			t.Errorf("usage does not mention %q", sub)
		}
	}
}
