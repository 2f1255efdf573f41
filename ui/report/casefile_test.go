package report

import (
	"bytes"
	"errors"
	"testing"

	"filippo.io/age"

	"kring/model"
)

// quickCase encrypts with a low work factor, which keeps the tests fast;
// the format is the same.
func quickCase(s *model.Session, pass []byte) ([]byte, error) { return encryptCase(s, pass, 10) }

var casePass = []byte("zeven kleine geitjes")

func TestCaseRoundTrip(t *testing.T) {
	t.Parallel()
	s := example(t)
	data, err := quickCase(s, casePass)
	if err != nil {
		t.Fatal(err)
	}
	if !IsCase(data) || !bytes.HasPrefix(data, []byte("-----BEGIN AGE ENCRYPTED FILE-----")) {
		t.Fatalf("not an armored age file: %.60q", data)
	}
	for _, secret := range []string{"Veldkamp", "Sanne", "kring/v1", "avonddienst"} {
		if bytes.Contains(data, []byte(secret)) {
			t.Errorf("the case file shows %q", secret)
		}
	}
	back, err := DecryptCase(data, casePass)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := model.Encode(s)
	b, _ := model.Encode(back)
	if !bytes.Equal(a, b) {
		t.Fatal("the session changed on the way through a case file")
	}
	// Leading white space (a mail client) does not matter.
	if _, err := DecryptCase(append([]byte("\n\n"), data...), casePass); err != nil {
		t.Errorf("with leading lines: %v", err)
	}
}

// A binary age file, as "age -p" writes it, opens too.
func TestCaseBinary(t *testing.T) {
	t.Parallel()
	plain, _ := model.Encode(example(t))
	r, _ := age.NewScryptRecipient(string(casePass))
	r.SetWorkFactor(10)
	var buf bytes.Buffer
	w, err := age.Encrypt(&buf, r)
	if err != nil {
		t.Fatal(err)
	}
	w.Write(plain)
	w.Close()
	if !IsCase(buf.Bytes()) {
		t.Fatal("a binary age file is not recognised")
	}
	if _, err := DecryptCase(buf.Bytes(), casePass); err != nil {
		t.Fatal(err)
	}
}

func TestCaseWrongPassphrase(t *testing.T) {
	t.Parallel()
	data, _ := quickCase(example(t), casePass)
	if _, err := DecryptCase(data, []byte("zeven kleine geitje")); !errors.Is(err, ErrCaseWrongPassphrase) {
		t.Fatalf("got %v", err)
	}
	if _, err := DecryptCase(data, nil); !errors.Is(err, ErrCaseNoPassphrase) {
		t.Fatalf("no passphrase: %v", err)
	}
	if _, err := quickCase(example(t), nil); !errors.Is(err, ErrCaseNoPassphrase) {
		t.Fatalf("encrypt without passphrase: %v", err)
	}
}

func TestCaseDamaged(t *testing.T) {
	t.Parallel()
	data, _ := quickCase(example(t), casePass)
	flipped := bytes.Clone(data)
	flipped[len(flipped)-60] ^= 0x01 // inside the payload's base64
	if flipped[len(flipped)-60] == '\n' || flipped[len(flipped)-60] == '-' {
		t.Fatal("test picked a bad byte")
	}
	cases := map[string][]byte{
		"truncated":      data[:len(data)/2],
		"no footer":      data[:len(data)-40],
		"flipped":        flipped,
		"only header":    []byte("-----BEGIN AGE ENCRYPTED FILE-----\n"),
		"garbage inside": []byte("-----BEGIN AGE ENCRYPTED FILE-----\nnot base64 at all!\n-----END AGE ENCRYPTED FILE-----\n"),
		"binary cut":     []byte("age-encryption.org/v1\n-> scrypt abc 10\n"),
		"json":           []byte(`{"format": "kring/v1"}`),
		"empty":          nil,
	}
	for name, d := range cases {
		if _, err := DecryptCase(d, casePass); !errors.Is(err, ErrCaseDamaged) {
			t.Errorf("%s: got %v", name, err)
		}
	}
	// An age file for a key, not a passphrase, is not a case file either.
	id, _ := age.GenerateX25519Identity()
	var buf bytes.Buffer
	w, _ := age.Encrypt(&buf, id.Recipient())
	w.Write([]byte("{}"))
	w.Close()
	if _, err := DecryptCase(buf.Bytes(), casePass); !errors.Is(err, ErrCaseDamaged) {
		t.Errorf("key-encrypted file: %v", err)
	}
}

// What decrypts but is no valid kring/v1 document gives Decode's errors.
func TestCaseDecodeErrors(t *testing.T) {
	t.Parallel()
	r, _ := age.NewScryptRecipient(string(casePass))
	r.SetWorkFactor(10)
	var buf bytes.Buffer
	w, _ := age.Encrypt(&buf, r)
	w.Write([]byte(`{"hello": 1}`))
	w.Close()
	if _, err := DecryptCase(buf.Bytes(), casePass); !errors.Is(err, model.ErrNotKring) {
		t.Fatalf("got %v", err)
	}
}

func TestIsCase(t *testing.T) {
	t.Parallel()
	for _, d := range []string{`{"format":"kring/v1"}`, "", "age", "-----BEGIN PGP MESSAGE-----"} {
		if IsCase([]byte(d)) {
			t.Errorf("IsCase(%q)", d)
		}
	}
}
