package report

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"

	"codeberg.org/go-pdf/fpdf"
	"github.com/go-fonts/dejavu/dejavusans"
)

// TestCompressStreams: a PDF whose streams are deflated afterwards is
// smaller than the plain one, holds no plain stream any more, and reads
// back to the same text with pdftotext.
func TestCompressStreams(t *testing.T) {
	f := fpdf.New("P", "mm", "A4", "")
	f.SetCompression(false)
	f.AddUTF8FontFromBytes("dejavu", "", dejavusans.TTF)
	f.SetFont("dejavu", "", 10)
	for p := 0; p < 10; p++ {
		f.AddPage()
		for i := 0; i < 40; i++ {
			f.Text(20, 20+float64(i)*6, "Çelik Nguyễn Öztürk regel "+itoa(p*40+i))
		}
	}
	var plain bytes.Buffer
	if err := f.Output(&plain); err != nil {
		t.Fatal(err)
	}
	small, err := compressStreams(plain.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(small) >= plain.Len()*3/4 || regexp.MustCompile(`<</Length \d+>>\nstream`).Match(small) {
		t.Errorf("not compressed: %d bytes from %d", len(small), plain.Len())
	}
	dir := t.TempDir()
	read := func(name string, data []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(needTool(t, "pdftotext"), path, "-").CombinedOutput()
		if err != nil {
			t.Fatalf("pdftotext %s: %v %s", name, err, out)
		}
		return string(out)
	}
	if a, b := read("plain.pdf", plain.Bytes()), read("small.pdf", small); a != b || !bytes.Contains([]byte(b), []byte("Nguyễn")) {
		t.Errorf("the text differs after compression:\n%q\n%q", a, b)
	}
}

// TestCompressStreamsRefusesOtherLayouts: a file not laid out as fpdf
// writes it is refused, not mangled, and nothing panics.
func TestCompressStreamsRefusesOtherLayouts(t *testing.T) {
	for _, in := range []string{"", "%PDF-1.4\n", "%PDF-1.4\nstartxref\n99999\n%%EOF\n", "xref\n0 2\nstartxref\n0\n%%EOF\n",
		"%PDF-1.4\n1 0 obj\n<</Length 99>>\nstream\nabc\nendstream\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<<>>\nstartxref\n61\n%%EOF\n"} {
		if _, err := compressStreams([]byte(in)); err == nil {
			t.Errorf("accepted %q", in)
		}
	}
}

// TestCompressedPDFWriter: the writer PDF hands to fpdf gives the same
// file whether the PDF comes in one write or in parts, keeps a file it
// cannot compress as it is, and refuses a write after a whole file.
func TestCompressedPDFWriter(t *testing.T) {
	f := fpdf.New("P", "mm", "A4", "")
	f.SetCompression(false)
	f.AddUTF8FontFromBytes("dejavu", "", dejavusans.TTF)
	f.SetFont("dejavu", "", 10)
	f.AddPage()
	f.Text(20, 20, "Çelik Nguyễn")
	var plain bytes.Buffer
	if err := f.Output(&plain); err != nil {
		t.Fatal(err)
	}
	var whole, parts compressedPDF
	if _, err := whole.Write(plain.Bytes()); err != nil {
		t.Fatal(err)
	}
	p := plain.Bytes()
	for len(p) > 0 {
		n := min(len(p), 1000)
		if _, err := parts.Write(p[:n]); err != nil {
			t.Fatal(err)
		}
		p = p[n:]
	}
	if !bytes.Equal(whole.bytes(), parts.bytes()) || bytes.Equal(whole.bytes(), plain.Bytes()) {
		t.Error("one write and writes in parts do not give the same compressed file")
	}
	if _, err := whole.Write([]byte("more")); err == nil {
		t.Error("a write after the end of the file was accepted")
	}
	var other compressedPDF
	if _, err := other.Write([]byte("%PDF-1.4\nnot fpdf's\n%%EOF\n")); err != nil || string(other.bytes()) != "%PDF-1.4\nnot fpdf's\n%%EOF\n" {
		t.Errorf("a file of another layout was not kept as it is: %q", other.bytes())
	}
}
