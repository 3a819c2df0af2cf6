package text

import (
	"testing"
)

func TestZZDebug(t *testing.T) {
	rows(t, pub+"The health ministry gave the toll from Israeli attacks, saying that the dead rose to 15,207 after the fighting resumed.", Options{})
}
