package main

import (
	"bufio"
	"io"
	"strings"
	"testing"
)

func TestCheckText(t *testing.T) {
	tests := []struct {
		in     string
		binary bool
	}{
		{"", false},
		{"plain ASCII", false},
		{"UTF-8: émigré, 東京, 🎉", false},
		{"Caf\xe9 in M\xe1laga, a little Latin-1 among much English text", false},
		{"a NUL\x00 byte", true},
		{"\xff\xfeU\x00T\x00F\x00-\x001\x006\x00", true},
		{"\x89PNG\r\n\x1a\n\xde\xad\xbe\xef\xca\xfe\xba\xbe", true},
	}
	for _, tt := range tests {
		if err := checkText([]byte(tt.in)); (err != nil) != tt.binary {
			t.Errorf("checkText(%q) = %v, want binary %v", tt.in, err, tt.binary)
		}
	}
}

func TestLooksLikeHTML(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"<!DOCTYPE html><html>", true},
		{"\ufeff\n  <html lang=en>", true},
		{"<!doctype HTML>", true},
		{"<p>a fragment</p>", false}, // fragments need --html
		{"Officials said <5% of votes", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := looksLikeHTML([]byte(tt.in)); got != tt.want {
			t.Errorf("looksLikeHTML(%q) = %v", tt.in, got)
		}
	}
	for name, want := range map[string]bool{"a.html": true, "A.HTM": true, "a.txt": false, "html": false, "-": false} {
		if isHTMLName(name) != want {
			t.Errorf("isHTMLName(%q) = %v", name, !want)
		}
	}
}

func TestReadLine(t *testing.T) {
	long := strings.Repeat("x", 100_000)
	r := bufio.NewReaderSize(strings.NewReader("a\r\n\n"+long+"\nlast"), 16)
	var got []string
	for {
		line, err := readLine(r, nil)
		if len(line) > 0 || err == nil {
			got = append(got, string(line))
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	want := []string{"a", "", long, "last"}
	if len(got) != len(want) {
		t.Fatalf("got %d lines, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d = %.20q (%d bytes), want %.20q", i, got[i], len(got[i]), want[i])
		}
	}
}

func TestParseBatchItem(t *testing.T) {
	tests := []struct {
		line, id, text, err string
	}{
		{`{"id":1,"text":"a"}`, `1`, "a", ""},
		{`{"text":"a","id":{"k":[1,"x"]}}`, `{"k":[1,"x"]}`, "a", ""},
		{`{"text":""}`, ``, "", ""},
		{`{"id":"x","text":null}`, `"x"`, "", `no "text"`},
		{`{"id":2,"text":["a"]}`, `2`, "", `"text" must be a string`},
		{`{"id":3,"text":"a"`, ``, "", "invalid JSON"},
		{`"just a string"`, ``, "", "JSON object"},
		{`{"id":4,"text":"a"} trailing`, ``, "", "invalid JSON"},
	}
	for _, tt := range tests {
		item, err := parseBatchItem([]byte(tt.line))
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%s: error %v, want %q", tt.line, err, tt.err)
			}
		} else if err != nil || *item.Text != tt.text {
			t.Errorf("%s: %v, %v", tt.line, item.Text, err)
		}
		if tt.id != "" && string(item.ID) != tt.id {
			t.Errorf("%s: id %s, want %s", tt.line, item.ID, tt.id)
		}
	}
}
