package report

import (
	"bytes"
	"compress/zlib"
	"errors"
	"runtime"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
)

// fpdf compresses each page with a zlib writer of its own, and Go's
// flate writer allocates and clears about 700 KB when it is made: for a
// report of 70 pages that was most of the PDF's time. So the PDF is made
// uncompressed and its plain streams are compressed afterwards, object by
// object, with one pooled writer (reset between streams). The objects are
// found through the file's own cross-reference table, which is rewritten
// with the new offsets; nothing else in the file changes.

// compressedPDF is the writer fpdf's Output writes the finished file
// to. fpdf hands over the whole file in one Write, and it is compressed
// there, straight from fpdf's own buffer, instead of being copied into a
// buffer of ours first (a copy of a few megabytes). Written in parts, the
// parts are put together first.
type compressedPDF struct {
	done, parts []byte
}

// errAfterEOF is a write after a whole file: fpdf does not do that.
var errAfterEOF = errors.New("pdf: written after the end of the file")

// Write compresses p when it is a whole file, and keeps a copy otherwise.
func (c *compressedPDF) Write(p []byte) (int, error) {
	switch {
	case c.done != nil:
		return 0, errAfterEOF
	case c.parts == nil && bytes.HasSuffix(p, []byte("%%EOF\n")):
		c.done = compressedOrAsIs(p)
	default:
		c.parts = append(c.parts, p...)
	}
	return len(p), nil
}

// bytes is the file written, its streams compressed.
func (c *compressedPDF) bytes() []byte {
	if c.done == nil {
		return compressedOrAsIs(c.parts)
	}
	return c.done
}

// compressedOrAsIs is pdf with its streams compressed, or a copy of pdf
// as it is when it is not laid out as fpdf writes it: still a valid PDF,
// only larger.
func compressedOrAsIs(pdf []byte) []byte {
	if small, err := compressStreams(pdf); err == nil {
		return small
	}
	return bytes.Clone(pdf)
}

// zlibWriters keeps up to four zlib writers at BestSpeed, fpdf's own
// level, between PDFs. A sync.Pool loses them at every garbage
// collection, and a PDF of 300 people sees several: each new writer is
// about a megabyte to allocate and clear.
var zlibWriters = make(chan *zlib.Writer, 4)

// zlibWriter is a kept writer or a new one.
func zlibWriter() *zlib.Writer {
	select {
	case w := <-zlibWriters:
		return w
	default:
		w, _ := zlib.NewWriterLevel(nil, zlib.BestSpeed)
		return w
	}
}

// keepZlibWriter keeps w for the next PDF when there is room.
func keepZlibWriter(w *zlib.Writer) {
	select {
	case zlibWriters <- w:
	default:
	}
}

// errPDFLayout is returned when the file is not laid out as fpdf writes
// it; the caller then keeps the file as it is.
var errPDFLayout = errors.New("pdf: unexpected layout")

// compressStreams returns pdf with every plain stream ("N 0 obj
// <</Length L>> stream … endstream endobj") deflated.
func compressStreams(pdf []byte) ([]byte, error) {
	// The trailer: "startxref\n<offset>\n%%EOF\n".
	sx := bytes.LastIndex(pdf, []byte("\nstartxref\n"))
	if sx < 0 {
		return nil, errPDFLayout
	}
	rest := pdf[sx+len("\nstartxref\n"):]
	end := bytes.IndexByte(rest, '\n')
	if end < 0 {
		return nil, errPDFLayout
	}
	xref, err := strconv.Atoi(string(rest[:end]))
	if err != nil || xref <= 0 || xref >= len(pdf) || !bytes.HasPrefix(pdf[xref:], []byte("xref\n0 ")) {
		return nil, errPDFLayout
	}
	// "xref\n0 N\n" then N entries of 20 bytes, the first the free one.
	head := pdf[xref+len("xref\n0 "):]
	nl := bytes.IndexByte(head, '\n')
	if nl < 0 {
		return nil, errPDFLayout
	}
	count, err := strconv.Atoi(string(head[:nl]))
	entries := xref + len("xref\n0 ") + nl + 1
	if err != nil || count < 1 || entries+20*count > len(pdf) {
		return nil, errPDFLayout
	}
	offsets := make([]int, count)
	for i := 1; i < count; i++ {
		e := pdf[entries+20*i : entries+20*i+20]
		if e[17] != 'n' {
			return nil, errPDFLayout
		}
		if offsets[i], err = strconv.Atoi(string(e[:10])); err != nil || offsets[i] <= 0 || offsets[i] >= xref {
			return nil, errPDFLayout
		}
	}
	// Objects in the order they stand in the file.
	order := make([]int, 0, count-1)
	for i := 1; i < count; i++ {
		order = append(order, i)
	}
	sort.Slice(order, func(a, b int) bool { return offsets[order[a]] < offsets[order[b]] })

	// The objects are deflated on every core, each into a buffer of its
	// own, then put together in their order.
	done := make([]bytes.Buffer, len(order))
	errs := make([]error, len(order))
	workers := min(runtime.GOMAXPROCS(0), 4)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			zw := zlibWriter()
			defer keepZlibWriter(zw)
			for {
				k := int(next.Add(1)) - 1
				if k >= len(order) {
					return
				}
				from, to := offsets[order[k]], xref
				if k+1 < len(order) {
					to = offsets[order[k+1]]
				}
				errs[k] = deflateObject(&done[k], pdf[from:to], zw)
			}
		}()
	}
	wg.Wait()
	size := offsets[order[0]]
	for k := range done {
		if errs[k] != nil {
			return nil, errs[k]
		}
		size += done[k].Len()
	}
	out := bytes.NewBuffer(make([]byte, 0, size+20*count+256))
	out.Write(pdf[:offsets[order[0]]])
	moved := make([]int, count)
	for k, id := range order {
		moved[id] = out.Len()
		out.Write(done[k].Bytes())
	}
	newXref := out.Len()
	out.WriteString("xref\n0 " + strconv.Itoa(count) + "\n0000000000 65535 f \n")
	var num [10]byte
	for i := 1; i < count; i++ {
		s := strconv.AppendInt(num[:0], int64(moved[i]), 10)
		for j := len(s); j < 10; j++ {
			out.WriteByte('0')
		}
		out.Write(s)
		out.WriteString(" 00000 n \n")
	}
	// The trailer as it was, with the new offset of the table.
	out.Write(pdf[entries+20*count : sx])
	out.WriteString("\nstartxref\n" + strconv.Itoa(newXref) + "\n")
	out.Write(rest[end+1:])
	return out.Bytes(), nil
}

// deflateObject writes one object, its stream deflated when it is a
// plain one.
func deflateObject(out *bytes.Buffer, obj []byte, zw *zlib.Writer) error {
	// "N 0 obj\n<</Length L>>\nstream\n"
	line := bytes.IndexByte(obj, '\n')
	if line < 0 || !bytes.HasSuffix(obj[:line], []byte(" 0 obj")) {
		return errPDFLayout
	}
	// The dictionary up to its stream: "<<… /Length L>>\nstream\n", the
	// length last, as fpdf writes a page's content and a form.
	st := bytes.Index(obj, []byte(">>\nstream\n"))
	if st < 0 || bytes.Contains(obj[:st], []byte("/Filter")) {
		out.Write(obj)
		return nil
	}
	ln := bytes.LastIndex(obj[:st], []byte("/Length "))
	if ln < 0 {
		return errPDFLayout
	}
	n, err := strconv.Atoi(string(bytes.TrimSpace(obj[ln+len("/Length ") : st])))
	body := obj[st+len(">>\nstream\n"):]
	if err != nil || n < 0 || n > len(body) || !bytes.HasPrefix(body[n:], []byte("\nendstream\n")) {
		return errPDFLayout
	}
	out.Write(obj[:ln])
	// The length is known only afterwards: leave room and fill it in.
	out.WriteString("/Filter /FlateDecode /Length ")
	at := out.Len()
	out.WriteString("          >>\nstream\n")
	start := out.Len()
	zw.Reset(out)
	if _, err := zw.Write(body[:n]); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	length := strconv.Itoa(out.Len() - start)
	copy(out.Bytes()[at:], length)
	out.Write(body[n:])
	return nil
}
