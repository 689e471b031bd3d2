package dev.meshport.validator.istio.sidecar;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.MeshFacts;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Istio pkg/config/validation/validation.go ValidateSidecar, validateSidecarOutboundTrafficPolicy. */
@RuleMeta(
        id = "istio-sidecar-invalid",
        severity = Severity.ERROR,
        summary = "A Sidecar is empty, or its listeners, egress hosts or outbound policy are invalid",
        mesh = "istio",
        kinds = {"Sidecar"},
        equivalents = {"IST0106"},
        docs = """
                Istio's webhook rejects a Sidecar with no `ingress`, `egress`, `outboundTrafficPolicy` or
                `inboundConnectionPool`; an egress listener without port that is not the last one, or a second one;
                listeners that repeat a port; egress hosts not written `namespace/dnsName` (`./reviews`,
                `istio-system/*`, `*/*.example.com`); `egressProxy` without `mode: ALLOW_ANY`; and ingress TLS in mode
                `ISTIO_MUTUAL` or `AUTO_PASSTHROUGH`.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: Sidecar
                metadata:
                  name: default
                  namespace: shop
                spec:
                  egress:
                  - hosts:
                #   ^ istio-sidecar-invalid
                    - "./*"
                  - hosts:
                    - "reviews.shop.svc.cluster.local"
                #     ^ istio-sidecar-invalid
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: Sidecar
                metadata:
                  name: default
                  namespace: shop
                spec:
                  egress:
                  - port:
                      number: 9080
                      protocol: HTTP
                      name: http
                    hosts:
                    - "./reviews.shop.svc.cluster.local"
                  - hosts:
                    - "./*"
                    - "istio-system/*"
                """)
public final class SidecarInvalid implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest sc : MeshFacts.istio(context, "Sidecar")) {
            if (List.of("ingress", "egress", "outboundTrafficPolicy", "inboundConnectionPool").stream()
                    .noneMatch(k -> Fields.at(sc, "spec." + k).present())) {
                reporter.report(sc, "spec", "sidecar: empty configuration provided");
            }
            List<Field> egress = Fields.each(sc, "spec.egress[*]");
            Set<Long> egressPorts = new HashSet<>();
            for (int i = 0; i < egress.size(); i++) {
                Field listener = egress.get(i);
                if (!listener.key("port").present() && i != egress.size() - 1) {
                    reporter.report(sc, listener.path(), "sidecar: the egress listener with empty port should be the last listener in the list");
                }
                long number = listener.key("port").key("number").value().asLong(0);
                if (number != 0 && !egressPorts.add(number)) {
                    reporter.report(sc, listener.key("port").path(), "sidecar: ports on IP bound listeners must be unique");
                }
                for (Field host : listener.each("hosts[*]")) {
                    int slash = host.text().indexOf('/');
                    if (slash <= 0 || slash == host.text().length() - 1) {
                        reporter.report(sc, host.path(), "egress host " + host.text()
                                + " must be namespace/dnsName (use ./ for the Sidecar's namespace, */ for any)");
                    }
                }
            }
            Set<Long> ingressPorts = new HashSet<>();
            for (Field listener : Fields.each(sc, "spec.ingress[*]")) {
                long number = listener.key("port").key("number").value().asLong(0);
                if (listener.key("port").present() && !ingressPorts.add(number)) {
                    reporter.report(sc, listener.key("port").path(), "sidecar: ports on IP bound listeners must be unique");
                }
                String mode = listener.key("tls").key("mode").text();
                if (mode.equals("ISTIO_MUTUAL") || mode.equals("AUTO_PASSTHROUGH")) {
                    reporter.report(sc, listener.key("tls").key("mode").path(), "cannot set mode to " + mode + " in sidecar ingress tls");
                }
            }
            Field policy = Fields.at(sc, "spec.outboundTrafficPolicy");
            if (policy.key("egressProxy").present() && !policy.key("mode").text().equals("ALLOW_ANY")) {
                reporter.report(sc, policy.key("egressProxy").path(),
                        "sidecar: egress_proxy must be set only with ALLOW_ANY outbound_traffic_policy mode");
            }
        }
    }
}
