package dev.meshport.translator.tolinkerd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.translator.Translation;
import dev.meshport.translator.TranslationContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * DestinationRules: subsets → one Service per subset; outlierDetection → failure accrual annotations on the Service
 * (Linkerd docs reference/circuit-breaking.md); the rest of the traffic policy → gaps.
 */
public final class DestinationRules implements Translation {

    /** The name of the Service generated for a subset. */
    static String subsetServiceName(String service, String subset) {
        return service + "-" + subset.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    }

    @Override
    public void translate(TranslationContext ctx) {
        Cluster cluster = new Cluster(ctx.manifests());
        for (Manifest dr : ctx.manifests().ofKind(Mesh.ISTIO, "DestinationRule")) {
            translate(ctx, cluster, dr);
        }
    }

    private void translate(TranslationContext ctx, Cluster cluster, Manifest dr) {
        JsonNode spec = dr.tree().path("spec");
        String namespace = dr.id().namespaceOr("default");
        String host = spec.path("host").asText();
        Optional<Cluster.ServiceRef> svc = cluster.service(host, namespace);
        FieldPath specPath = FieldPath.of("spec");
        if (svc.isEmpty() || svc.get().manifest().isEmpty()) {
            ctx.gap(LinkerdGap.DR_SERVICE_MISSING, dr, specPath.key("host"), "host '" + host
                    + "' is not a Service of the inputs: its subsets and circuit breaking cannot be translated");
            ctx.tracker().ignore(dr, specPath);
            return;
        }
        ctx.tracker().consume(dr, specPath.key("host"));
        JsonNode subsets = spec.path("subsets");
        for (int k = 0; k < subsets.size(); k++) {
            subset(ctx, dr, svc.get(), subsets.get(k), specPath.key("subsets").index(k));
        }
        if (subsets.isArray() && subsets.isEmpty()) {
            ctx.tracker().consume(dr, specPath.key("subsets"));
        }
        trafficPolicy(ctx, dr, svc.get(), spec.path("trafficPolicy"), specPath.key("trafficPolicy"));
        for (String scope : List.of("workloadSelector", "exportTo")) {
            if (spec.has(scope)) {
                ctx.gap(LinkerdGap.DR_SCOPE, dr, specPath.key(scope), "'" + scope
                        + "' has no equivalent: Linkerd settings on a Service apply to every client");
            }
        }
    }

    private void subset(TranslationContext ctx, Manifest dr, Cluster.ServiceRef svc, JsonNode subset, FieldPath at) {
        String name = subsetServiceName(svc.name(), subset.path("name").asText());
        Map<String, String> selector = new TreeMap<>(svc.selector());
        selector.putAll(Cluster.stringMap(subset.path("labels")));
        ObjectNode service = TranslationContext.object();
        service.put("apiVersion", "v1").put("kind", "Service");
        ObjectNode md = service.putObject("metadata");
        md.put("name", name).put("namespace", svc.namespace());
        ObjectNode labels = md.putObject("labels");
        labels.put("meshport.dev/subset-of", svc.name());
        ObjectNode spec = service.putObject("spec");
        ObjectNode sel = spec.putObject("selector");
        selector.forEach(sel::put);
        ArrayNode ports = spec.putArray("ports");
        for (JsonNode p : svc.manifest().orElseThrow().tree().path("spec").path("ports")) {
            ObjectNode copy = ports.addObject();
            for (String f : List.of("name", "port", "targetPort", "protocol", "appProtocol")) {
                if (p.has(f)) {
                    copy.set(f, p.get(f));
                }
            }
        }
        ctx.emit(service, dr, at);
        ctx.gap(LinkerdGap.VS_SUBSET, dr, at, "subset '" + subset.path("name").asText() + "' becomes Service '" + name
                + "' selecting " + selector + "; routes to the subset go to that Service");
        if (subset.has("trafficPolicy")) {
            ctx.gap(LinkerdGap.DR_SCOPE, dr, at.key("trafficPolicy"), "the subset's own traffic policy cannot follow: "
                    + "Linkerd settings are per Service");
        }
    }

    private void trafficPolicy(TranslationContext ctx, Manifest dr, Cluster.ServiceRef svc, JsonNode tp, FieldPath at) {
        if (tp.isMissingNode()) {
            return;
        }
        if (tp.isEmpty()) {
            ctx.tracker().consume(dr, at);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = tp.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            FieldPath f = at.key(e.getKey());
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "loadBalancer" -> loadBalancer(ctx, dr, v, f);
                case "connectionPool" -> connectionPool(ctx, dr, v, f);
                case "outlierDetection" -> outlierDetection(ctx, dr, svc, v, f);
                case "tls" -> tls(ctx, dr, v, f);
                case "portLevelSettings" -> ctx.gap(LinkerdGap.DR_SCOPE, dr, f,
                        "port-level traffic policies have no equivalent: Linkerd settings are per Service");
                case "proxyProtocol", "tunnel" -> ctx.gap(LinkerdGap.DR_CONNECTION_POOL, dr, f,
                        "'" + e.getKey() + "' has no Linkerd equivalent");
                default -> { }
            }
        }
    }

    private void loadBalancer(TranslationContext ctx, Manifest dr, JsonNode lb, FieldPath at) {
        for (Iterator<Map.Entry<String, JsonNode>> it = lb.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            FieldPath f = at.key(e.getKey());
            if (e.getKey().equals("localityLbSetting")) {
                ctx.gap(LinkerdGap.DR_LOCALITY, dr, f, "locality load balancing is only approximated by Kubernetes "
                        + "topology-aware routing; failover order and weights are lost");
            } else {
                ctx.gap(LinkerdGap.DR_LOAD_BALANCER, dr, f, "load balancer setting '" + e.getKey() + "' ("
                        + e.getValue() + ") has no equivalent: Linkerd balances by latency (EWMA)");
            }
        }
        if (lb.isEmpty()) {
            ctx.tracker().consume(dr, at);
        }
    }

    private void connectionPool(TranslationContext ctx, Manifest dr, JsonNode pool, FieldPath at) {
        for (String side : List.of("tcp", "http")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = pool.path(side).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                FieldPath f = at.key(side).key(e.getKey());
                if (side.equals("tcp") && e.getKey().equals("connectTimeout")) {
                    ctx.gap(LinkerdGap.DR_CONNECT_TIMEOUT, dr, f, "connect timeout " + e.getValue().asText()
                            + " can only be set for all destinations of a client, with the pod annotation "
                            + "config.linkerd.io/proxy-outbound-connect-timeout");
                } else {
                    ctx.gap(LinkerdGap.DR_CONNECTION_POOL, dr, f, "connection pool setting '" + side + "." + e.getKey()
                            + "' (" + e.getValue().asText() + ") has no Linkerd equivalent");
                }
            }
        }
    }

    private void outlierDetection(TranslationContext ctx, Manifest dr, Cluster.ServiceRef svc, JsonNode od, FieldPath at) {
        Map<String, String> annotations = new TreeMap<>();
        List<String> lost = new ArrayList<>();
        int failures = od.has("consecutive5xxErrors") ? od.get("consecutive5xxErrors").asInt()
                : od.path("consecutiveErrors").asInt(0);
        od.fieldNames().forEachRemaining(n -> {
            if (!n.equals("consecutive5xxErrors") && !n.equals("baseEjectionTime") && !n.equals("consecutiveErrors")) {
                lost.add(n);
            }
        });
        if (failures > 0) {
            annotations.put("balancer.linkerd.io/failure-accrual", "consecutive");
            annotations.put("balancer.linkerd.io/failure-accrual-consecutive-max-failures", Integer.toString(failures));
            if (od.has("baseEjectionTime")) {
                Durations.millis(od.get("baseEjectionTime").asText()).ifPresent(ms ->
                        annotations.put("balancer.linkerd.io/failure-accrual-consecutive-min-penalty", Durations.gatewayApi(ms)));
            }
            Manifest source = svc.manifest().orElseThrow();
            ObjectNode md = (ObjectNode) Workloads.copy(ctx, source, dr, at).get("metadata");
            ObjectNode ann = md.has("annotations") ? (ObjectNode) md.get("annotations") : md.putObject("annotations");
            annotations.forEach(ann::put);
        } else {
            lost.add("consecutive5xxErrors is 0 or unset, so nothing is translated");
        }
        ctx.gap(LinkerdGap.DR_OUTLIER_DETECTION, dr, at, "outlier detection becomes failure accrual on Service '"
                + svc.name() + "' for every client " + annotations + (lost.isEmpty() ? "" : "; lost: " + lost));
    }

    private void tls(TranslationContext ctx, Manifest dr, JsonNode tls, FieldPath at) {
        String mode = tls.path("mode").asText("");
        if (mode.equals("ISTIO_MUTUAL") && tls.size() == 1) {
            // Linkerd encrypts and authenticates meshed traffic by itself (features/automatic-mtls.md).
            ctx.tracker().consume(dr, at);
            return;
        }
        ctx.gap(LinkerdGap.DR_TLS, dr, at, "client TLS settings (mode " + (mode.isEmpty() ? "unset" : mode)
                + ") are not translated: Linkerd always uses its own mTLS between meshed pods and does not originate TLS");
    }
}
