package dev.meshport.cli.simulate;

import dev.meshport.simulator.AuthorizationResult;
import dev.meshport.simulator.Backend;
import dev.meshport.simulator.Decision;
import dev.meshport.simulator.DecisionDiff;
import dev.meshport.simulator.Request;
import dev.meshport.simulator.RouteResult;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The human-readable result of {@code simulate}: the request, the route, the authorization, notes; side by side with --compare. */
final class SimulateText {

    String render(Decision decision, Decision other) {
        StringBuilder out = new StringBuilder();
        request(out, decision.request());
        decision(out, decision);
        if (other != null) {
            decision(out, other);
            out.append('\n');
            comparison(out, decision, other);
        }
        return out.toString();
    }

    private static void request(StringBuilder out, Request r) {
        out.append("request: ").append(r.method()).append(' ').append(r.scheme()).append("://").append(r.authority()).append(r.path());
        if (!r.query().isEmpty()) {
            out.append('?').append(r.query().entrySet().stream()
                    .flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + v)).collect(Collectors.joining("&")));
        }
        out.append('\n');
        r.headers().forEach((k, v) -> out.append("  header: ").append(k).append(": ").append(v).append('\n'));
        out.append("  from: ").append(r.caller().authenticated() ? r.caller().namespace() + "/" + r.caller().serviceAccount()
                : "unauthenticated client");
        if (r.caller().ip() != null) {
            out.append(" at ").append(r.caller().ip());
        }
        if (r.caller().gateway() != null) {
            out.append(" through gateway ").append(r.caller().gateway());
        }
        out.append('\n');
    }

    private static void decision(StringBuilder out, Decision d) {
        out.append('\n').append("== ").append(d.mesh()).append(" ==\n");
        RouteResult route = d.route();
        out.append("route: ").append(route.matched() == null ? "no matching rule" : route.matched().display()).append('\n');
        out.append("  why: ").append(route.explanation()).append('\n');
        if (route.status() != null) {
            out.append("  answered by the proxy: ").append(route.status()).append('\n');
        }
        for (Backend b : route.backends()) {
            out.append(String.format(Locale.ROOT, "  backend %5.1f%%  ", b.weight())).append(b.namespace() == null ? "" : b.namespace() + "/")
                    .append(b.service()).append(b.subset() == null ? "" : " subset " + b.subset())
                    .append(b.port() == null ? "" : " port " + b.port()).append("  pods ").append(labels(b.labels())).append('\n');
        }
        out.append("  timeout: ").append(route.timeout() == null ? "none" : route.timeout()).append('\n');
        out.append("  retries: ").append(DecisionDiff.retries(route.retries())).append('\n');
        Map<String, String> aspects = DecisionDiff.aspects(d);
        for (String aspect : List.of("redirect", "fault", "mirror")) {
            if (!aspects.get(aspect).equals("none")) {
                out.append("  ").append(aspect).append(": ").append(aspects.get(aspect).trim()).append('\n');
            }
        }
        AuthorizationResult a = d.authorization();
        if (a == null) {
            out.append("authorization: not evaluated (no backend in the inputs receives the request)\n");
        } else {
            out.append("authorization: ").append(a.decision().label().toUpperCase(Locale.ROOT))
                    .append(a.status() == null ? "" : " (" + a.status() + ")").append('\n');
            out.append("  why: ").append(a.reason()).append('\n');
            if (a.policy() != null) {
                out.append("  decided by: ").append(a.policy().display()).append('\n');
            }
            for (String step : a.steps()) {
                out.append("  - ").append(step).append('\n');
            }
        }
        if (!d.notes().isEmpty()) {
            out.append("notes:\n");
            d.notes().forEach(n -> out.append("  - ").append(n).append('\n'));
        }
    }

    private static void comparison(StringBuilder out, Decision left, Decision right) {
        Map<String, String> l = DecisionDiff.aspects(left);
        Map<String, String> r = DecisionDiff.aspects(right);
        List<String> differing = DecisionDiff.compare(left, right).stream().map(DecisionDiff.Difference::aspect).toList();
        int width = Math.max(left.mesh().length(), l.values().stream().mapToInt(String::length).max().orElse(0));
        out.append("== comparison (* marks a difference) ==\n");
        out.append(String.format(Locale.ROOT, "  %-14s %-" + width + "s | %s%n", "", left.mesh(), right.mesh()));
        for (String aspect : l.keySet()) {
            out.append(differing.contains(aspect) ? "* " : "  ")
                    .append(String.format(Locale.ROOT, "%-14s %-" + width + "s | %s%n", aspect, l.get(aspect).trim(), r.get(aspect).trim()));
        }
        out.append(differing.isEmpty() ? "no differences\n" : differing.size() + " difference(s)\n");
    }

    private static String labels(Map<String, String> labels) {
        return labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(",", "{", "}"));
    }
}
