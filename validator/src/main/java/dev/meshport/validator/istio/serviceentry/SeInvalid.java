package dev.meshport.validator.istio.serviceentry;

import dev.meshport.model.Manifest;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.istio.Fields;
import dev.meshport.validator.istio.Fields.Field;
import dev.meshport.validator.istio.MeshFacts;
import dev.meshport.validator.istio.Protocols;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Istio pkg/config/validation/validation.go ValidateServiceEntry. */
@RuleMeta(
        id = "istio-se-invalid",
        severity = Severity.ERROR,
        summary = "A ServiceEntry's hosts, ports, addresses, endpoints and resolution do not fit together",
        mesh = "istio",
        kinds = {"ServiceEntry"},
        equivalents = {"IST0106"},
        docs = """
                Istio's webhook rejects a ServiceEntry with host `*`, both `workloadSelector` and `endpoints`, port
                names or numbers that repeat, port names that are not DNS labels, an unknown protocol, CIDR
                `addresses` with a resolution other than `NONE` or `STATIC`, endpoints with `resolution: NONE`,
                `DNS` resolution without endpoints for hosts that are not plain FQDNs (wildcards), more than one
                endpoint with `DNS_ROUND_ROBIN`, ports outside 1–65535, endpoints without address, endpoint ports
                that the ServiceEntry does not define, Unix-socket endpoints with ports or a relative path, and
                several hosts on a non-HTTP, non-TLS port unless the resolution
                is `NONE` (plain TCP cannot tell the hosts apart).
                """,
        failing = """
                apiVersion: networking.istio.io/v1
                kind: ServiceEntry
                metadata:
                  name: external-db
                spec:
                  hosts: ["db1.example.com", "db2.example.com"]
                  ports:
                  - number: 5432
                #   ^ istio-se-invalid
                    name: tcp
                    protocol: TCP
                  resolution: DNS
                """,
        passing = """
                apiVersion: networking.istio.io/v1
                kind: ServiceEntry
                metadata:
                  name: external-api
                spec:
                  hosts: ["api1.example.com", "api2.example.com"]
                  ports:
                  - number: 443
                    name: tls
                    protocol: TLS
                  resolution: DNS
                """)
public final class SeInvalid implements Rule {

    @Override
    public void check(LintContext context, Reporter reporter) {
        for (Manifest se : MeshFacts.istio(context, "ServiceEntry")) {
            List<Field> hosts = Fields.each(se, "spec.hosts[*]");
            String resolution = Fields.at(se, "spec.resolution").present() ? Fields.at(se, "spec.resolution").text() : "NONE";
            List<Field> endpoints = Fields.each(se, "spec.endpoints[*]");
            for (Field h : hosts) {
                if (h.text().equals("*")) {
                    reporter.report(se, h.path(), "invalid host *: a ServiceEntry cannot cover every host");
                } else if ((resolution.equals("DNS") || resolution.equals("DNS_ROUND_ROBIN")) && endpoints.isEmpty()
                        && h.text().contains("*")) {
                    reporter.report(se, h.path(), "hosts must be FQDN if no endpoints are provided for resolution mode " + resolution);
                }
            }
            if (Fields.at(se, "spec.workloadSelector").present() && Fields.at(se, "spec.endpoints").present()) {
                reporter.report(se, "spec.workloadSelector", "only one of workloadSelector or endpoints is allowed in a ServiceEntry");
            }
            for (Field address : Fields.each(se, "spec.addresses[*]")) {
                if (address.text().contains("/") && !resolution.equals("NONE") && !resolution.equals("STATIC")) {
                    reporter.report(se, address.path(), "CIDR addresses are allowed only for NONE/STATIC resolution types");
                }
            }
            if (resolution.equals("NONE") && !endpoints.isEmpty()) {
                reporter.report(se, "spec.endpoints", "no endpoints should be provided for resolution type NONE");
            }
            if (resolution.equals("DNS_ROUND_ROBIN") && endpoints.size() > 1) {
                reporter.report(se, "spec.endpoints", "there must only be 0 or 1 endpoint for resolution mode DNS_ROUND_ROBIN");
            }
            checkPorts(reporter, se, resolution, hosts.size());
            checkEndpoints(reporter, se, resolution, endpoints);
        }
    }

    private static void checkEndpoints(Reporter reporter, Manifest se, String resolution, List<Field> endpoints) {
        Set<String> portNames = new HashSet<>();
        Fields.each(se, "spec.ports[*].name").forEach(n -> portNames.add(n.text()));
        for (Field endpoint : endpoints) {
            String address = endpoint.key("address").text();
            if (address.isEmpty() && !endpoint.key("network").present()) {
                reporter.report(se, endpoint.path(), "endpoint address is required");
            }
            if (address.startsWith("unix://")) {
                String path = address.substring("unix://".length());
                if (!(path.startsWith("/") || path.startsWith("@")) || path.endsWith("/")) {
                    reporter.report(se, endpoint.key("address").path(), address + " is not an absolute path to a socket file");
                }
                if (endpoint.key("ports").present()) {
                    reporter.report(se, endpoint.key("ports").path(), "unix endpoint " + address + " must not include ports");
                }
            }
            for (Field port : endpoint.each("ports.*")) {
                if (!resolution.equals("NONE") && !portNames.contains(port.name())) {
                    reporter.report(se, port.path(), "endpoint port " + port.name() + " is not defined by the service entry");
                }
                long number = port.value().asLong(-1);
                if (number < 1 || number > 65535) {
                    reporter.report(se, port.path(), "port " + port.text() + " must be between 1-65535");
                }
            }
        }
    }

    private static void checkPorts(Reporter reporter, Manifest se, String resolution, int hosts) {
        Set<String> names = new HashSet<>();
        Set<Long> numbers = new HashSet<>();
        boolean reportedHosts = false;
        for (Field port : Fields.each(se, "spec.ports[*]")) {
            Field name = port.key("name");
            if (name.present() && !names.add(name.text())) {
                reporter.report(se, name.path(), "service entry port name " + name.text() + " already defined");
            } else if (name.present() && !MeshFacts.isDns1123Label(name.text())) {
                reporter.report(se, name.path(), "invalid port name: " + name.text());
            }
            Field number = port.key("number");
            if (number.present() && !numbers.add(number.value().asLong())) {
                reporter.report(se, number.path(), "service entry port " + number.text() + " already defined");
            }
            for (String p : new String[] {"number", "targetPort"}) {
                long n = port.key(p).value().asLong(1);
                if (port.key(p).present() && (n < 1 || n > 65535)) {
                    reporter.report(se, port.key(p).path(), p + " " + n + " must be between 1-65535");
                }
            }
            String protocol = port.key("protocol").text();
            if (!protocol.isEmpty() && !Protocols.isKnown(protocol)) {
                reporter.report(se, port.key("protocol").path(), "unsupported protocol: " + protocol);
            }
            if (!reportedHosts && !resolution.equals("NONE") && hosts > 1 && !Protocols.isHttp(protocol) && !Protocols.isTls(protocol)) {
                reporter.report(se, port.path(), "multiple hosts provided with non-HTTP, non-TLS port " + number.text());
                reportedHosts = true;
            }
        }
    }
}
