package condition

import (
	"bytes"
	"encoding/base64"
	"net/netip"
	"strings"
)

// parseBool reads a value of the Bool operator, "true" or "false" in any
// letter case (JSON booleans in the policy arrive as this text).
func parseBool(s string) (bool, bool) {
	switch {
	case strings.EqualFold(s, "true"):
		return true, true
	case strings.EqualFold(s, "false"):
		return false, true
	}
	return false, false
}

// decodeBinary decodes a base-64 value, padded or not: BinaryEquals
// "compares the value of the specified key byte for byte against a base-64
// encoded representation of the binary value in the policy" [RULES.md#binary-operator].
func decodeBinary(s string) ([]byte, bool) {
	if b, err := base64.StdEncoding.DecodeString(s); err == nil {
		return b, true
	}
	if b, err := base64.RawStdEncoding.DecodeString(s); err == nil {
		return b, true
	}
	return nil, false
}

// binaryEqual compares a request value with a base-64 policy value byte for
// byte. The request context holds binary values base-64 encoded too (it
// holds only text); a request value that is not valid base 64 is compared
// as its raw bytes.
func binaryEqual(v, p string) bool {
	want, ok := decodeBinary(p)
	if !ok {
		return false
	}
	if got, ok := decodeBinary(v); ok {
		return bytes.Equal(got, want)
	}
	return v == string(want)
}

// parseIPRange reads a value of IpAddress or NotIpAddress: a CIDR range,
// IPv4 or IPv6, or a bare address, which means one address: "If you
// specify an IP address without the associated routing prefix, IAM uses the
// default prefix value of /32" [RULES.md#ip-address-operators] (/128 for IPv6). Host bits set in a
// range (10.0.0.1/8) are ignored.
func parseIPRange(s string) (netip.Prefix, bool) {
	if strings.IndexByte(s, '/') >= 0 {
		p, err := netip.ParsePrefix(s)
		if err != nil {
			return netip.Prefix{}, false
		}
		return p.Masked(), true
	}
	a, err := netip.ParseAddr(s)
	if err != nil || a.Zone() != "" {
		return netip.Prefix{}, false
	}
	return netip.PrefixFrom(a, a.BitLen()), true
}

// parseIP reads a request IP address. An IPv4-mapped IPv6 address
// (::ffff:10.0.0.1) is read as the IPv4 address, and an IPv6 zone is
// dropped.
func parseIP(s string) (netip.Addr, bool) {
	a, err := netip.ParseAddr(s)
	if err != nil {
		return netip.Addr{}, false
	}
	return a.WithZone("").Unmap(), true
}
