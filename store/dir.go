package store

import (
	"os"
	"path/filepath"
	"runtime"
)

// DefaultDir returns the directory kring keeps its store in, following each
// system's convention for application data:
//
//	Linux, BSD: $XDG_DATA_HOME/kring, else ~/.local/share/kring
//	macOS:      ~/Library/Application Support/kring
//	Windows:    %AppData%\kring
//
// It does not create the directory; Open does.
func DefaultDir() (string, error) {
	switch runtime.GOOS {
	case "windows", "plan9":
		d, err := os.UserConfigDir()
		if err != nil {
			return "", err
		}
		return filepath.Join(d, "kring"), nil
	case "darwin", "ios":
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		return filepath.Join(home, "Library", "Application Support", "kring"), nil
	}
	// The XDG spec says a relative value is invalid and must be ignored.
	if x := os.Getenv("XDG_DATA_HOME"); filepath.IsAbs(x) {
		return filepath.Join(x, "kring"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, ".local", "share", "kring"), nil
}
