package text_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck/sources"
	"github.com/crosscheck/crosscheck/sources/sourcetest"
	"github.com/crosscheck/crosscheck/sources/text"
	"github.com/stretchr/testify/require"
)

func articles(t *testing.T) []text.Document {
	paths, err := filepath.Glob("testdata/articles/*.txt")
	require.NoError(t, err)
	var docs []text.Document
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		docs = append(docs, text.Document{Name: p, Text: b})
	}
	return docs
}

func TestDocumentsConformance(t *testing.T) {
	docs := articles(t)
	var opts []sourcetest.Option
	for _, d := range docs {
		opts = append(opts, sourcetest.Document(d.Name, d.Text))
	}
	sourcetest.Run(t, func(t *testing.T) sources.Source { return text.Documents(docs...) }, opts...)
}

func TestReaderConformance(t *testing.T) {
	d := articles(t)[0]
	sourcetest.Run(t, func(t *testing.T) sources.Source { return text.Reader(d.Name, bytes.NewReader(d.Text)) },
		sourcetest.OnePass(), sourcetest.Document(d.Name, d.Text))
}

func TestFileConformance(t *testing.T) {
	d := articles(t)[0]
	sourcetest.Run(t, func(t *testing.T) sources.Source { return text.File(d.Name) }, sourcetest.Document(d.Name, d.Text))
}

func TestFilesConformance(t *testing.T) {
	docs := articles(t)[:3]
	var paths []string
	var opts []sourcetest.Option
	for _, d := range docs {
		paths = append(paths, d.Name)
		opts = append(opts, sourcetest.Document(d.Name, d.Text))
	}
	sourcetest.Run(t, func(t *testing.T) sources.Source { return text.Files(paths...) }, opts...)
}

func TestFileMissing(t *testing.T) {
	for _, err := range text.File("testdata/no-such-article.txt").Claims(t.Context()) {
		require.ErrorContains(t, err, "no-such-article.txt")
		return
	}
	t.Fatal("no error for a missing file")
}
