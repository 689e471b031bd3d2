package dev.meshport.validator.linkerd.support;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The three duration syntaxes that Linkerd resources use, each parsed to milliseconds. */
public final class Durations {

    /**
     * Linkerd's annotation durations ({@code policy-controller/k8s/index/src/outbound/index.rs parse_duration}): one
     * integer and one unit of ms, s, m, h or d; {@code 0} may omit the unit. No fractions, no compound values.
     */
    private static final Pattern LINKERD = Pattern.compile("(\\d+)(ms|s|m|h|d)");
    /** Gateway API durations (GEP-2257), used by route {@code timeouts}: up to four integer+unit parts. */
    private static final Pattern GATEWAY = Pattern.compile("([0-9]{1,5}(h|m|s|ms)){1,4}");
    private static final Pattern GATEWAY_PART = Pattern.compile("([0-9]{1,5})(h|ms|m|s)");
    /** Go's time.ParseDuration, used by ServiceProfile {@code timeout} and {@code retryBudget.ttl}. */
    private static final Pattern GO = Pattern.compile("[-+]?(((\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+|0)");

    private Durations() {}

    /** Milliseconds of a Linkerd annotation duration, or empty when Linkerd cannot parse it. */
    public static OptionalLong linkerd(String text) {
        String t = text.trim();
        if (t.equals("0")) {
            return OptionalLong.of(0);
        }
        Matcher m = LINKERD.matcher(t);
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(m.group(1)) * unitMillis(m.group(2)));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Milliseconds of a Gateway API (GEP-2257) duration, or empty when it does not fit the format. */
    public static OptionalLong gateway(String text) {
        if (!GATEWAY.matcher(text).matches()) {
            return OptionalLong.empty();
        }
        long total = 0;
        Matcher m = GATEWAY_PART.matcher(text);
        while (m.find()) {
            total += Long.parseLong(m.group(1)) * unitMillis(m.group(2));
        }
        return OptionalLong.of(total);
    }

    /** True when Go's time.ParseDuration accepts {@code text}. */
    public static boolean isGoDuration(String text) {
        return GO.matcher(text).matches();
    }

    private static long unitMillis(String unit) {
        return switch (unit) {
            case "ms" -> 1;
            case "s" -> 1_000;
            case "m" -> 60_000;
            case "h" -> 3_600_000;
            case "d" -> 86_400_000;
            default -> throw new IllegalArgumentException(unit);
        };
    }
}
