package analyze

import (
	"github.com/siftnews/sift/internal/analyze/htmltext"
	"github.com/siftnews/sift/internal/analyze/text"
)

// AnalyzeHTML analyzes an HTML page (an opened .html file, or the HTML a
// rich paste carries). The page is converted to the plain text a reader
// would see, line by line, and the parts its markup places in page
// furniture (navigation, footers, asides, share and related blocks) are
// passed to the boilerplate detector as hints. The report's offsets index
// plain, which is returned so that drivers can show it.
func AnalyzeHTML(html string) (plain string, r Report, err error) {
	plain, furniture := htmltext.Convert(html)
	doc := text.Parse(plain)
	doc.Furniture = furniture
	r, err = AnalyzeDocument(doc)
	return plain, r, err
}
