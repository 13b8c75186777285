package main

import (
	"bufio"
	"io"
	"strings"
	"testing"
	"time"
)

// --jsonl answers each line before the next one arrives, so a batch is
// streamed (memory bounded by one line) and sift can serve as a
// line-by-line coprocess.
func TestJSONLStreams(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan int)
	go func() {
		code := run([]string{"--jsonl"}, inR, outW, io.Discard)
		outW.Close()
		done <- code
	}()
	out := bufio.NewReader(outR)
	for i, line := range []string{
		`{"id":"a","text":"Officials said 5 million shells were sent."}`,
		`{"id":"b","text":"Prices rose 4%, the bank said."}`,
		`{"id":"c","text":""}`,
	} {
		if _, err := io.WriteString(inW, line+"\n"); err != nil {
			t.Fatal(err)
		}
		got := make(chan string, 1)
		go func() {
			s, _ := out.ReadString('\n')
			got <- s
		}()
		select {
		case s := <-got:
			if want := `{"id":"` + string(rune('a'+i)) + `",`; !strings.HasPrefix(s, want) {
				t.Errorf("answer %d = %.60q, want it to start %s", i, s, want)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("no answer to line %d before the next was written", i+1)
		}
	}
	inW.Close()
	if code := <-done; code != 0 {
		t.Errorf("exit %d", code)
	}
}
