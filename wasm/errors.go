package main

// errorString is an error with a fixed message; errors.New would do, but
// this keeps the bridge's error handling in one small file.
type errorString string

func (e errorString) Error() string { return string(e) }

// errorf prefixes err's message, keeping err for errors.Is and errors.As.
func errorf(prefix string, err error) error { return &wrapped{prefix, err} }

type wrapped struct {
	prefix string
	err    error
}

func (w *wrapped) Error() string { return w.prefix + w.err.Error() }
func (w *wrapped) Unwrap() error { return w.err }
