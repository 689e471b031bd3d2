package dev.meshport.validator.linkerd.traps;

import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.Severity;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.Reporter;
import dev.meshport.validator.Rule;
import dev.meshport.validator.RuleMeta;
import dev.meshport.validator.linkerd.support.LinkerdInputs;
import dev.meshport.validator.linkerd.support.Trees;
import java.util.Set;
import java.util.regex.Pattern;

@RuleMeta(
        id = "linkerd-app-protocol-opaque",
        severity = Severity.WARNING,
        summary = "A Service port's appProtocol names HTTP or gRPC in a way Linkerd reads as opaque TCP",
        mesh = "linkerd",
        kinds = {"Service"},
        equivalents = {},
        docs = """
                Since Linkerd 2.18, a Service port's `appProtocol` decides its protocol: `http` is HTTP/1,
                `kubernetes.io/h2c` is HTTP/2, `linkerd.io/opaque` and `linkerd.io/tcp` are opaque, and **any other
                value is opaque** too, overriding protocol detection and `opaque-ports`. So `appProtocol: grpc`,
                `http2`, `HTTP` or `kubernetes.io/ws`, written for another tool, turn the port into opaque TCP: no
                HTTP routes, retries, timeouts, per-request load balancing or HTTP metrics. Use `kubernetes.io/h2c` for
                gRPC and HTTP/2, `http` for HTTP/1, or remove `appProtocol`. Only values that name an HTTP-family
                protocol are reported (`https`, `tls`, `mysql` are opaque to Linkerd anyway), and only where the
                inputs use Linkerd. Source: website `2-edge/features/protocol-detection.md`.
                """,
        failing = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: voting-svc
                  namespace: emojivoto
                  annotations:
                    retry.linkerd.io/grpc: unavailable
                spec:
                  selector: {app: voting-svc}
                  ports:
                    - name: grpc
                      port: 8080
                      appProtocol: grpc
                #     ^ linkerd-app-protocol-opaque
                """,
        passing = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: voting-svc
                  namespace: emojivoto
                  annotations:
                    retry.linkerd.io/grpc: unavailable
                spec:
                  selector: {app: voting-svc}
                  ports:
                    - name: grpc
                      port: 8080
                      appProtocol: kubernetes.io/h2c
                """)
public final class AppProtocolOpaque implements Rule {

    private static final Set<String> UNDERSTOOD = Set.of("http", "kubernetes.io/h2c", "linkerd.io/opaque", "linkerd.io/tcp");
    private static final Pattern HTTP_FAMILY = Pattern.compile("(?i).*\\b(http|http2|h2c?|grpc|grpc-web|ws|wss|websocket)\\b.*");

    @Override
    public void check(LintContext context, Reporter reporter) {
        ManifestSet set = context.manifests();
        if (!LinkerdInputs.usesLinkerd(set)) {
            return;
        }
        for (Manifest m : set.filter(s -> s.kind().equals("Service") && s.id().group().isEmpty() && s.typeProblem().isEmpty())) {
            for (Trees.At port : Trees.each(m.tree(), "spec.ports[*]")) {
                String protocol = port.text("appProtocol");
                if (protocol != null && !UNDERSTOOD.contains(protocol) && HTTP_FAMILY.matcher(protocol).matches()
                        && !protocol.equalsIgnoreCase("https")) {
                    reporter.report(m, port.path().key("appProtocol"), "Linkerd reads appProtocol '" + protocol
                            + "' as opaque TCP (no HTTP routing, retries or timeouts on this port); use "
                            + (protocol.toLowerCase().contains("grpc") || protocol.toLowerCase().contains("h2")
                            ? "kubernetes.io/h2c" : "http or kubernetes.io/h2c"));
                }
            }
        }
    }
}
