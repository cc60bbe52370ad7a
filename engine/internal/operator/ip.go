package operator

import (
	"net/netip"
	"strings"
)

// ParseIPRange reads a value of IpAddress or NotIpAddress: a CIDR range,
// IPv4 or IPv6, or a bare address, which means one address: "If you
// specify an IP address without the associated routing prefix, IAM uses the
// default prefix value of /32" [RULES.md#ip-address-operators] (/128 for IPv6). Host bits set in a
// range (10.0.0.1/8) are ignored. An address with an IPv6 zone
// (fe80::1%eth0) is refused: a zone names a network interface of one host
// and is not part of the address notation the Condition operators page describes (RFC 4632 for
// IPv4, RFC 4291 for IPv6).
func ParseIPRange(s string) (netip.Prefix, bool) {
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

// ParseIP reads a request IP address. An IPv4-mapped IPv6 address
// (::ffff:10.0.0.1) is read as the IPv4 address, and an IPv6 zone is
// dropped.
func ParseIP(s string) (netip.Addr, bool) {
	a, err := netip.ParseAddr(s)
	if err != nil {
		return netip.Addr{}, false
	}
	return a.WithZone("").Unmap(), true
}
