package dev.meshport.validator.linkerd.support;

import java.math.BigInteger;
import java.util.Optional;

/**
 * An IPv4 or IPv6 network, parsed without name resolution (never InetAddress.getByName on user text). A bare address
 * is a network of one address, as Linkerd's {@code ipnet} parsing accepts.
 */
public record Cidr(boolean v6, BigInteger first, int prefix) {

    private int bits() {
        return v6 ? 128 : 32;
    }

    public BigInteger last() {
        return first.add(BigInteger.ONE.shiftLeft(bits() - prefix)).subtract(BigInteger.ONE);
    }

    /** True when every address of {@code other} is in this network (same family). */
    public boolean contains(Cidr other) {
        return v6 == other.v6 && first.compareTo(other.first) <= 0 && last().compareTo(other.last()) >= 0;
    }

    public static Optional<Cidr> parse(String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        String address = slash < 0 ? t : t.substring(0, slash);
        Optional<BigInteger> value;
        boolean v6 = address.contains(":");
        value = v6 ? v6(address) : v4(address);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        int bits = v6 ? 128 : 32;
        int prefix = bits;
        if (slash >= 0) {
            String p = t.substring(slash + 1);
            if (!p.matches("\\d{1,3}")) {
                return Optional.empty();
            }
            prefix = Integer.parseInt(p);
            if (prefix > bits) {
                return Optional.empty();
            }
        }
        // Host bits are masked off, as ipnet's trunc() does when Linkerd compares networks.
        BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                .xor(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
        return Optional.of(new Cidr(v6, value.get().and(mask), prefix));
    }

    private static Optional<BigInteger> v4(String a) {
        String[] parts = a.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        long v = 0;
        for (String p : parts) {
            if (!p.matches("\\d{1,3}") || Integer.parseInt(p) > 255) {
                return Optional.empty();
            }
            v = v * 256 + Integer.parseInt(p);
        }
        return Optional.of(BigInteger.valueOf(v));
    }

    private static Optional<BigInteger> v6(String a) {
        if (!a.matches("[0-9A-Fa-f:.]+") || a.contains(":::")) {
            return Optional.empty();
        }
        String text = a;
        int lastColon = text.lastIndexOf(':');
        String last = text.substring(lastColon + 1);
        if (last.contains(".")) {
            // An embedded IPv4 tail (::ffff:10.0.0.1) is two 16-bit groups.
            Optional<BigInteger> v4 = v4(last);
            if (v4.isEmpty()) {
                return Optional.empty();
            }
            long n = v4.get().longValue();
            text = text.substring(0, lastColon + 1) + Long.toHexString(n >> 16) + ":" + Long.toHexString(n & 0xffff);
        }
        String[] halves = text.split("::", -1);
        if (halves.length > 2) {
            return Optional.empty();
        }
        String[] head = halves[0].isEmpty() ? new String[0] : halves[0].split(":", -1);
        String[] tail = halves.length == 2 && !halves[1].isEmpty() ? halves[1].split(":", -1) : new String[0];
        int groups = head.length + tail.length;
        if (halves.length == 1 ? groups != 8 : groups > 7) {
            return Optional.empty();
        }
        BigInteger v = BigInteger.ZERO;
        for (String g : head) {
            if (!g.matches("[0-9A-Fa-f]{1,4}")) {
                return Optional.empty();
            }
            v = v.shiftLeft(16).add(BigInteger.valueOf(Integer.parseInt(g, 16)));
        }
        v = v.shiftLeft(16 * (8 - head.length));
        BigInteger low = BigInteger.ZERO;
        for (String g : tail) {
            if (!g.matches("[0-9A-Fa-f]{1,4}")) {
                return Optional.empty();
            }
            low = low.shiftLeft(16).add(BigInteger.valueOf(Integer.parseInt(g, 16)));
        }
        return Optional.of(v.add(low));
    }
}
