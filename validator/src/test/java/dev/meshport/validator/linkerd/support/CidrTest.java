package dev.meshport.validator.linkerd.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CidrTest {

    private static Cidr cidr(String text) {
        return Cidr.parse(text).orElseThrow();
    }

    @Test
    void containmentFollowsPrefixes() {
        assertThat(cidr("10.0.0.0/8").contains(cidr("10.250.0.0/16"))).isTrue();
        assertThat(cidr("10.0.0.0/8").contains(cidr("192.168.0.0/16"))).isFalse();
        assertThat(cidr("10.0.0.0/7").contains(cidr("10.0.0.0/8"))).isTrue();
        assertThat(cidr("0.0.0.0/0").contains(cidr("10.0.0.0/8"))).isTrue();
    }

    @Test
    void aBareAddressIsOneHostAndHostBitsAreIgnored() {
        assertThat(cidr("10.1.2.3/8")).isEqualTo(cidr("10.0.0.0/8"));
        assertThat(cidr("10.0.0.0/8").contains(cidr("10.9.9.9"))).isTrue();
        assertThat(cidr("10.9.9.9").contains(cidr("10.9.9.10"))).isFalse();
    }

    @Test
    void ipv6IncludingCompressedAndEmbeddedIpv4Forms() {
        assertThat(cidr("fd00::/8").contains(cidr("fd12:3456::1"))).isTrue();
        assertThat(cidr("::ffff:10.0.0.1")).isEqualTo(cidr("0:0:0:0:0:ffff:a00:1"));
        assertThat(cidr("2001:db8::/32").contains(cidr("2001:db9::/32"))).isFalse();
        assertThat(cidr("::/0").contains(cidr("10.0.0.0/8"))).as("families never contain each other").isFalse();
    }

    @Test
    void rejectsWhatIsNotANetwork() {
        assertThat(Cidr.parse("10.300.0.0/16")).isEmpty();
        assertThat(Cidr.parse("10.0.0.0/33")).isEmpty();
        assertThat(Cidr.parse("10.0.0/8")).isEmpty();
        assertThat(Cidr.parse("example.com")).isEmpty();
        assertThat(Cidr.parse("fd00::1::2")).isEmpty();
        assertThat(Cidr.parse("{IPv6}/128")).isEmpty();
    }
}
