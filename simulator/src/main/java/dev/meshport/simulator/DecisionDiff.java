package dev.meshport.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where two decisions for the same request differ, aspect by aspect, in terms both meshes share: the pods reached
 * (labels, with their share of traffic — Service and subset names differ between meshes and are not compared), the
 * proxy's own answer, the timeout (as a duration), retries, redirect, fault, mirror and the authorization outcome.
 */
public final class DecisionDiff {

    /** One aspect that differs, with each side's value as text. */
    public record Difference(String aspect, String left, String right) {}

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)");

    private DecisionDiff() {}

    public static List<Difference> compare(Decision left, Decision right) {
        Map<String, String> l = aspects(left);
        Map<String, String> r = aspects(right);
        List<Difference> out = new ArrayList<>();
        for (String aspect : l.keySet()) {
            boolean same = aspect.equals("timeout")
                    ? Objects.equals(millis(left.route().timeout()), millis(right.route().timeout()))
                    : l.get(aspect).equals(r.get(aspect));
            if (!same) {
                out.add(new Difference(aspect, l.get(aspect), r.get(aspect)));
            }
        }
        return out;
    }

    /** Every compared aspect of a decision, as text, in a fixed order. */
    public static Map<String, String> aspects(Decision d) {
        RouteResult route = d.route();
        Map<String, String> out = new LinkedHashMap<>();
        out.put("status", text(route.status()));
        out.put("backends", backends(route));
        out.put("timeout", text(route.timeout()));
        out.put("retries", retries(route.retries()));
        out.put("redirect", route.redirect() == null ? "none" : route.redirect().status() + " " + route.redirect().location());
        Fault f = route.fault();
        out.put("fault", f == null ? "none" : (f.delay() == null ? "" : "delay " + f.delay() + " for " + text(f.delayPercent()) + "% ")
                + (f.abortStatus() == null ? "" : "abort " + f.abortStatus() + " for " + text(f.abortPercent()) + "%"));
        Mirror m = route.mirror();
        out.put("mirror", m == null ? "none" : m.namespace() + "/" + m.service() + (m.subset() == null ? "" : " subset " + m.subset())
                + " " + m.percent() + "%");
        out.put("authorization", authorization(d.authorization()));
        return out;
    }

    private static String text(Object o) {
        return o == null ? "none" : o.toString();
    }

    /** The pods reached: namespace and labels, with the percentage of traffic, merged when two backends reach the same pods. */
    public static String backends(RouteResult route) {
        Map<String, Double> byPods = new TreeMap<>();
        for (Backend b : route.backends()) {
            if (b.weight() > 0) {
                byPods.merge(b.namespace() + " " + b.labels(), b.weight(), Double::sum);
            }
        }
        StringBuilder sb = new StringBuilder();
        byPods.forEach((pods, weight) -> sb.append(sb.length() == 0 ? "" : ", ").append(pods).append(' ')
                .append(String.format(Locale.ROOT, "%.1f%%", weight)));
        return sb.length() == 0 ? "none" : sb.toString();
    }

    public static String retries(Retries r) {
        if (r == null) {
            return "none";
        }
        return (r.attempts() == null ? r.on() : r.attempts() + " attempt(s) on " + r.on())
                + (r.perTryTimeout() == null ? "" : ", per try " + r.perTryTimeout());
    }

    public static String authorization(AuthorizationResult a) {
        return a == null ? "not evaluated" : a.decision().label() + (a.status() == null ? "" : " " + a.status());
    }

    /** A duration such as {@code 1.5s}, {@code 500ms} or {@code 1h30m} in milliseconds; null when absent or unreadable. */
    static Long millis(String duration) {
        if (duration == null) {
            return null;
        }
        Matcher m = DURATION.matcher(duration.trim());
        double total = 0;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                return null;
            }
            double v = Double.parseDouble(m.group(1));
            total += switch (m.group(2)) {
                case "ms" -> v;
                case "s" -> v * 1000;
                case "m" -> v * 60_000;
                case "h" -> v * 3_600_000;
                default -> v * 86_400_000;
            };
            end = m.end();
        }
        return end == duration.trim().length() && end > 0 ? Math.round(total) : null;
    }
}
