// Package sources is where claims come from: the Source interface that users
// implement, and the built-in sources.
package sources

import (
	"context"
	"iter"

	"github.com/crosscheck/crosscheck/claims"
)

// A Source yields claims as a stream.
//
// Claims returns an iterator over (claim, nil) pairs and (zero claim, error)
// pairs; see the package documentation for the full contract.
type Source interface {
	Claims(ctx context.Context) iter.Seq2[claims.Claim, error]
}
