package dev.meshport.simulator.support;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** IPv4/IPv6 CIDR containment; a bare address is a /32 (or /128). Only literal addresses are accepted, never names. */
public final class Cidr {

    private Cidr() {}

    public static boolean contains(String cidr, String address) {
        int slash = cidr.indexOf('/');
        byte[] net = parse(slash < 0 ? cidr : cidr.substring(0, slash));
        byte[] ip = parse(address);
        if (net == null || ip == null || net.length != ip.length) {
            return false;
        }
        int bits = slash < 0 ? net.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
        BigInteger mask = BigInteger.ONE.shiftLeft(net.length * 8).subtract(BigInteger.ONE)
                .xor(BigInteger.ONE.shiftLeft(net.length * 8 - bits).subtract(BigInteger.ONE));
        return new BigInteger(1, net).and(mask).equals(new BigInteger(1, ip).and(mask));
    }

    private static byte[] parse(String literal) {
        if (!literal.matches("[0-9a-fA-F:.]+")) {
            return null;
        }
        try {
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
