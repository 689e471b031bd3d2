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

/** Istio pkg/config/validation/validation.go ValidateVirtualService: hosts, delegate and route presence checks. */
@RuleMeta(
        id = "istio-vs-invalid-hosts",
        severity = Severity.ERROR,
        summary = "VirtualService hosts are duplicated, '*' on the mesh, or a delegate has gateways or TCP/TLS routes",
        mesh = "istio",
        kinds = {"VirtualService"},
        equivalents = {"IST0106"},
        docs = """
                Istio's webhook rejects a VirtualService whose `hosts` repeat, or list a host after a wildcard that
                covers it (`*.foo.com`, then `bar.foo.com`), one bound to the mesh (no `gateways`, or `mesh`) with host `*`, and one with no
                `http`, `tcp` or `tls` routes. A VirtualService without hosts is a delegate: it may have neither
                `gateways` nor `tcp`/`tls` routes. Remove the duplicate host, name the services explicitly, or move
                the settings to the root VirtualService.
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews
                spec:
                  hosts:
                  - reviews
                  - reviews
                #   ^ istio-vs-invalid-hosts
                  - "*"
                #   ^ istio-vs-invalid-hosts
                  http:
                  - route:
                    - destination:
                        host: reviews
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: reviews
                spec:
                  hosts:
                  - reviews
                  - ratings
                  http:
                  - route:
                    - destination:
                        host: reviews
                """)
public final class VsInvalidHosts implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest m : MeshFacts.istio(context, "VirtualService")) {
            List<Field> hosts = Fields.each(m, "spec.hosts[*]");
            boolean mesh = MeshFacts.appliesToMesh(m);
            for (int i = 0; i < hosts.size(); i++) {
                String host = hosts.get(i).text();
                if (mesh && host.equals("*")) {
                    reporter.report(m, hosts.get(i).path(),
                            "wildcard host * is not allowed for virtual services bound to the mesh gateway");
                    continue;
                }
                for (int j = 0; j < i; j++) {
                    // host.Name(earlier).Matches(later), in that direction only, as the webhook checks
                    if (MeshFacts.matches(hosts.get(j).text(), host)) {
                        reporter.report(m, hosts.get(i).path(),
                                "duplicate hosts in virtual service: " + hosts.get(j).text() + " & " + host);
                        break;
                    }
                }
            }
            if (hosts.isEmpty()) {
                for (String forbidden : List.of("gateways", "tcp", "tls")) {
                    Field f = Fields.at(m, "spec." + forbidden);
                    if (f.present() && f.value().size() > 0) {
                        reporter.report(m, f.path(), "a delegate virtual service (no hosts) must have no " + forbidden);
                    }
                }
            }
            if (Fields.each(m, "spec.http[*]").isEmpty() && Fields.each(m, "spec.tcp[*]").isEmpty()
                    && Fields.each(m, "spec.tls[*]").isEmpty()) {
                reporter.report(m, "spec", "http, tcp or tls must be provided in virtual service");
            }
        }
    }
}
