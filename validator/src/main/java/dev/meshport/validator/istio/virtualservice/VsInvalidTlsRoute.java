package dev.meshport.validator.istio.virtualservice;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.MeshFacts;
import java.util.List;
import java.util.Locale;

/** Istio pkg/config/validation/validation.go validateTLSRoute, validateSniHost, validateTCPRoute. */
@RuleMeta(
        id = "istio-vs-invalid-tls-or-tcp-route",
        severity = Severity.ERROR,
        summary = "A TLS or TCP route has no destinations, or an SNI host outside the VirtualService hosts",
        mesh = "istio",
        kinds = {"VirtualService"},
        equivalents = {"IST0106"},
        docs = """
                Istio rejects a `tls` or `tcp` route without `route` destinations ("TLS route is required") and a TLS
                match whose `sniHosts` entry is not covered by one of the VirtualService's `hosts` ("SNI host is not
                a compatible subset of any of the virtual service hosts"). Add the destinations, or list the SNI
                host in `hosts`.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: passthrough
                spec:
                  hosts: ["*.example.com"]
                  gateways: [public]
                  tls:
                  - match:
                    - port: 443
                      sniHosts: ["api.example.org"]
                #                ^ istio-vs-invalid-tls-or-tcp-route
                    route:
                    - destination:
                        host: api.example.org
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: passthrough
                spec:
                  hosts: ["*.example.com"]
                  gateways: [public]
                  tls:
                  - match:
                    - port: 443
                      sniHosts: ["api.example.com"]
                    route:
                    - destination:
                        host: api.example.com
                """)
public final class VsInvalidTlsRoute implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest vs : MeshFacts.istio(context, "VirtualService")) {
            List<String> hosts = Fields.each(vs, "spec.hosts[*]").stream().map(Field::text).toList();
            for (String section : new String[] {"tls", "tcp"}) {
                for (Field rule : Fields.each(vs, "spec." + section + "[*]")) {
                    if (rule.key("route").value().size() == 0) {
                        reporter.report(vs, rule.path(), section.toUpperCase(Locale.ROOT) + " route is required");
                    }
                }
            }
            for (Field sni : Fields.each(vs, "spec.tls[*].match[*].sniHosts[*]")) {
                if (hosts.stream().noneMatch(h -> MeshFacts.matches(h, sni.text()))) {
                    reporter.report(vs, sni.path(), "SNI host " + sni.text()
                            + " is not a compatible subset of any of the virtual service hosts");
                }
            }
        }
    }
}
