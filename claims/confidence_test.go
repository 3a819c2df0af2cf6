package claims_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claims"
)

func TestConfidenceOrder(t *testing.T) {
	require.True(t, claims.Explicit.AtLeast(claims.Inferred))
	require.True(t, claims.Inferred.AtLeast(claims.Inferred))
	require.False(t, claims.Defaulted.AtLeast(claims.Inferred))
	require.Equal(t, claims.Defaulted, claims.FieldConfidence{AsOf: claims.Defaulted, Subject: claims.Inferred}.Least())
	require.Equal(t, claims.Explicit, claims.FieldConfidence{}.Least())
	for _, s := range []string{"explicit", "Inferred", " defaulted "} {
		c, err := claims.ParseConfidence(s)
		require.NoError(t, err)
		require.Equal(t, strings.ToLower(strings.TrimSpace(s)), c.String())
	}
	_, err := claims.ParseConfidence("sure")
	require.ErrorContains(t, err, `unknown confidence "sure"`)
}

func TestFieldConfidenceText(t *testing.T) {
	f := claims.FieldConfidence{Subject: claims.Defaulted, AsOf: claims.Defaulted, Scope: claims.Inferred}
	require.Equal(t, "subject=defaulted; scope=inferred; as_of=defaulted", f.String())
	g, err := claims.ParseFieldConfidence(" as_of = defaulted , subject=defaulted;scope=INFERRED")
	require.NoError(t, err)
	require.Equal(t, f, g)
	g, err = claims.ParseFieldConfidence("")
	require.NoError(t, err)
	require.True(t, g.IsZero())
	require.Equal(t, "", g.String())
	for _, bad := range []string{"as_of", "when=defaulted", "as_of=guessed"} {
		_, err := claims.ParseFieldConfidence(bad)
		require.Error(t, err, bad)
	}
	c, ok := f.Get("as_of")
	require.True(t, ok)
	require.Equal(t, claims.Defaulted, c)
	_, ok = f.Get("quantity")
	require.False(t, ok)
}

// TestClaimConfidenceJSON checks that a claim's confidence travels in JSON
// as an object of the fields that are not explicit, is left out when all
// are, and reads back; and that it does not change the content ID.
func TestClaimConfidenceJSON(t *testing.T) {
	c := claims.Claim{ID: "a", Measure: "bodies", Subject: "Russia", Recipient: "Ukraine", Kind: claims.Completed,
		Quantity: claims.ExactQuantity(claims.DecimalOf(57)), AsOf: claims.On(claims.Date{Year: 2025, Month: 6, Day: 19})}
	plain, err := json.Marshal(c)
	require.NoError(t, err)
	require.NotContains(t, string(plain), "confidence")
	id := c.ContentID()

	c.Confidence = claims.FieldConfidence{Subject: claims.Defaulted, Speaker: claims.Defaulted}
	b, err := json.Marshal(c)
	require.NoError(t, err)
	require.Contains(t, string(b), `"confidence":{"subject":"defaulted","speaker":"defaulted"}`)
	var back claims.Claim
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, c.Confidence, back.Confidence)
	require.Equal(t, id, c.ContentID(), "confidence is not content")

	// A producer that says nothing is taken at its word.
	require.NoError(t, json.Unmarshal(plain, &back))
	require.True(t, back.Confidence.IsZero())

	for _, bad := range []string{`{"confidence": {"as_of": "maybe"}}`, `{"confidence": {"when": "defaulted"}}`, `{"confidence": "defaulted"}`} {
		require.Error(t, json.Unmarshal([]byte(bad), &back), bad)
	}
}

func TestValidateConfidence(t *testing.T) {
	c := claims.Claim{Measure: "bodies", Kind: claims.Completed, Quantity: claims.ExactQuantity(claims.DecimalOf(5))}
	require.NoError(t, c.Validate())
	c.Confidence.AsOf = claims.Confidence(7)
	require.ErrorContains(t, c.Validate(), "confidence.as_of: invalid confidence 7")
}
