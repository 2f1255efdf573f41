package report

import (
	"bytes"
	"errors"
	"io"
	"slices"

	"filippo.io/age"
	"filippo.io/age/armor"

	"kring/model"
)

// Errors of DecryptCase.
var (
	// ErrCaseWrongPassphrase: the passphrase does not open the case file.
	ErrCaseWrongPassphrase = errors.New("the passphrase does not open this case file")
	// ErrCaseDamaged: the data is not a whole, readable case file.
	ErrCaseDamaged = errors.New("the case file is damaged or not a case file")
	// ErrCaseNoPassphrase: EncryptCase or DecryptCase was given no passphrase.
	ErrCaseNoPassphrase = errors.New("a case file needs a passphrase")
)

// caseWorkFactor is the scrypt work factor (log2 N) of a new case file.
// age's default, 18, costs about a second and 256 MiB on a laptop, which
// is what guards a case file against guessing. Options.CaseWorkFactor
// lowers it for tests only.
const caseWorkFactor = 18

// encryptCase returns the session as a kring/v1 document (model.Encode)
// encrypted with age to a passphrase (an scrypt recipient), ASCII-armored:
// a text file that survives mail and upload forms and opens with kring
// import or with the age tool itself ("age -d"). The passphrase is used,
// never stored. workFactor zero means caseWorkFactor.
func encryptCase(s *model.Session, passphrase []byte, workFactor int) ([]byte, error) {
	if len(passphrase) == 0 {
		return nil, ErrCaseNoPassphrase
	}
	if s == nil {
		s = &model.Session{}
	}
	plain, err := model.Encode(s)
	if err != nil {
		return nil, err
	}
	rcp, err := age.NewScryptRecipient(string(passphrase))
	if err != nil {
		return nil, err
	}
	if workFactor == 0 {
		workFactor = caseWorkFactor
	}
	rcp.SetWorkFactor(workFactor)
	var buf bytes.Buffer
	aw := armor.NewWriter(&buf)
	ew, err := age.Encrypt(aw, rcp)
	if err != nil {
		return nil, err
	}
	if _, err := ew.Write(plain); err != nil {
		return nil, err
	}
	if err := ew.Close(); err != nil {
		return nil, err
	}
	if err := aw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// maxCaseSize bounds what DecryptCase reads: far more than any session.
const maxCaseSize = 256 << 20

// DecryptCase opens a case file, armored or binary, and decodes the
// session in it. A passphrase that does not fit is ErrCaseWrongPassphrase;
// anything that does not decrypt is ErrCaseDamaged; what decrypts but is
// no valid kring/v1 document gives model.Decode's errors.
func DecryptCase(data, passphrase []byte) (*model.Session, error) {
	if len(passphrase) == 0 {
		return nil, ErrCaseNoPassphrase
	}
	if !IsCase(data) {
		return nil, ErrCaseDamaged
	}
	var src io.Reader = bytes.NewReader(data)
	if armored(data) {
		src = armor.NewReader(src)
	}
	id, err := age.NewScryptIdentity(string(passphrase))
	if err != nil {
		return nil, ErrCaseNoPassphrase
	}
	r, err := age.Decrypt(src, id)
	if err != nil {
		var nm *age.NoIdentityMatchError
		if errors.As(err, &nm) && slices.Contains(nm.StanzaTypes, "scrypt") && errors.Is(err, age.ErrIncorrectIdentity) {
			return nil, ErrCaseWrongPassphrase
		}
		return nil, ErrCaseDamaged
	}
	plain, err := io.ReadAll(io.LimitReader(r, maxCaseSize+1))
	if err != nil || len(plain) > maxCaseSize {
		return nil, ErrCaseDamaged
	}
	return model.Decode(plain)
}

const binaryMagic = "age-encryption.org/v1\n"

// IsCase reports whether data looks like a case file: an age file,
// armored or binary. It only sniffs the header; DecryptCase checks the rest.
func IsCase(data []byte) bool {
	return armored(data) || bytes.HasPrefix(data, []byte(binaryMagic))
}

func armored(data []byte) bool {
	return bytes.HasPrefix(bytes.TrimLeft(data, " \t\r\n"), []byte(armor.Header))
}
