package main

// derivedCorpora builds evaluation sets from the shared corpora: the
// planted-typo name-variant set is made from the article lines of the
// boilerplate corpus's full-page pastes.
func derivedCorpora(corpora []Corpus) []Corpus {
	var articles []Item
	for _, c := range corpora {
		for _, it := range c.Items {
			if it.Variant != "full" || !lineGold(&it) {
				continue
			}
			if text := articleText(&it); text != "" {
				articles = append(articles, Item{ID: it.ID, Source: it.Source, Text: text})
			}
		}
	}
	if len(articles) == 0 {
		return nil
	}
	return []Corpus{{Name: "names/planted", Items: plantTypos(articles, *plantSeed)}}
}

// articleText joins the gold article lines of a page, one per line.
func articleText(it *Item) string {
	var b []byte
	for _, g := range it.Gold {
		if g.Kind == "line" && g.Label == "article" {
			b = append(b, it.Text[g.Start:g.End]...)
			b = append(b, '\n')
		}
	}
	return string(b)
}
